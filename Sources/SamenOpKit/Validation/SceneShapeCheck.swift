/// A scene either goes on (choices) or ends (an outcome, no choices).
struct SceneShapeCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scene in scenario.scenes {
            if scene.isEnd {
                if let first = scene.choices.first {
                    diagnostics.append(.error("SO073", at: first.location, .key("diag.SO073", scene.id), hint: .key("diag.SO073.hint")))
                }
                if scene.outcome == nil {
                    diagnostics.append(.error("SO074", at: scene.location, .key("diag.SO074", scene.id), hint: .key("diag.SO074.hint")))
                }
            } else {
                if scene.choices.isEmpty {
                    diagnostics.append(.error("SO072", at: scene.location, .key("diag.SO072", scene.id), hint: .key("diag.SO072.hint")))
                }
                if let outcome = scene.outcome {
                    diagnostics.append(.warning("SO081", at: outcome.location, .key("diag.SO081", scene.id), hint: .key("diag.SO081.hint")))
                }
            }
        }
        return diagnostics
    }
}
