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
    static func line(_ summary: SessionSummary, _ l: Localizer) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let state = l.count(summary.steps, summary.finishedAt == nil ? .replSessionsOpen : .replSessionsDone, summary.steps)
        let group = summary.group.map { "  (" + l(.cliSessionsGroup, $0) + ")" } ?? ""
        return "  \(summary.id)  \(formatter.string(from: summary.startedAt))  \(summary.scenario)  \(l.label(summary.mode))  \(state)\(group)"
    }
}
