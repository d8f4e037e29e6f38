import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// How `sessions` shows one stored session on a line.
enum SessionsListing {
    /// One line per session, its columns padded to the widest entry so they line up (trainer
    /// trial, finding 17); the start in local time with its offset, as in the reports.
    static func lines(_ summaries: [SessionSummary], _ l: Localizer) -> [String] {
        let rows = summaries.map { summary in
            [summary.id, ReportDate.readable(summary.startedAt), summary.scenario, l.label(summary.mode),
             l.count(summary.steps, summary.finishedAt == nil ? .replSessionsOpen : .replSessionsDone, summary.steps)]
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            "  " + (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + "  " + row[4]
        }
    }
}
