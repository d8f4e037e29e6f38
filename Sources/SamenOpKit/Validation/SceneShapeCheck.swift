/// A scene either goes on (choices) or ends (an outcome, no choices).
struct SceneShapeCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scene in scenario.scenes {
            if scene.isEnd {
                if let first = scene.choices.first {
                    diagnostics.append(.error("SO073", at: first.location, "scene '\(scene.id)' is an ending but has choices",
                                              hint: "remove 'end: true' or the choices"))
                }
                if scene.outcome == nil {
                    diagnostics.append(.error("SO074", at: scene.location, "ending '\(scene.id)' has no 'outcome'",
                                              hint: "say what became of the family in 'outcome'"))
                }
            } else {
                if scene.choices.isEmpty {
                    diagnostics.append(.error("SO072", at: scene.location, "scene '\(scene.id)' has no choices and is not an ending",
                                              hint: "add 'choices', or 'end: true' with an 'outcome'"))
                }
                if let outcome = scene.outcome {
                    diagnostics.append(.warning("SO081", at: outcome.location, "scene '\(scene.id)' has an 'outcome' but is not an ending, so it is never shown",
                                                hint: "add 'end: true' or remove the outcome"))
                }
            }
        }
        return diagnostics
    }
}
