import Foundation
import SamenOpKit

/// How `sessions` shows one stored session on a line.
enum SessionsListing {
    static func line(_ summary: SessionSummary, _ l: Localizer) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let state = l.count(summary.steps, summary.finishedAt == nil ? "repl.sessions.open" : "repl.sessions.done", summary.steps)
        return "  \(summary.id)  \(formatter.string(from: summary.startedAt))  \(summary.scenario)  \(l.label(summary.mode))  \(state)"
    }
}
