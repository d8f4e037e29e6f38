import SamenOpModel
import SamenOpText
/// A scene either goes on (choices) or ends (an outcome, no choices).
struct SceneShapeCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scene in scenario.scenes {
            if scene.isEnd {
                if let first = scene.choices.first {
                    diagnostics.append(.error("SO073", at: first.location, .key(.diagSO073, scene.id), hint: .key(.diagSO073Hint)))
                }
                if scene.outcome == nil {
                    diagnostics.append(.error("SO074", at: scene.location, .key(.diagSO074, scene.id), hint: .key(.diagSO074Hint)))
                }
            } else {
                if scene.choices.isEmpty {
                    diagnostics.append(.error("SO072", at: scene.location, .key(.diagSO072, scene.id), hint: .key(.diagSO072Hint)))
                }
                if let outcome = scene.outcome {
                    diagnostics.append(.warning("SO081", at: outcome.location, .key(.diagSO081, scene.id), hint: .key(.diagSO081Hint)))
                }
            }
        }
        return diagnostics
    }
}
