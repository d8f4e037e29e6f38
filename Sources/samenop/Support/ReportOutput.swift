import Foundation
import SamenOpKit

/// The one place commands get a session's report from (`play --report`, the REPL's `report`).
///
/// The reflection report's renderers replace this body; until then it gives the recorded
/// steps as a JSON array, so that scripted runs already have something exact to read.
enum ReportOutput {
    enum Format: String, CaseIterable, Sendable {
        case md, html, json
    }

    static func render(session: Session, format: Format, language: Language) -> String {
        struct StepJSON: Encodable {
            var index: Int
            var scene: String
            var choice: Int
            var shown: Int
            var veiligheid: [String: Int]
            var notes: [String]
            var undone: Bool
        }
        let steps = session.state.steps.enumerated().map { i, step in
            StepJSON(index: i + 1, scene: step.scene, choice: step.choice, shown: step.shown,
                     veiligheid: ["before": step.safetyBefore, "after": step.safetyAfter],
                     notes: step.notes, undone: step.undone)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(steps)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
