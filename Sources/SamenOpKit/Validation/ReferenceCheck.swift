/// `start`, `goto`, `reveal`, `role` and `set`/`add` name things the scenario defines.
struct ReferenceCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let sceneIds = scenario.scenes.map(\.id)
        let cardIds = scenario.cards.map(\.id)
        let roleIds = scenario.roles.map(\.id)
        let variableNames = scenario.variables.map(\.name)

        func hint(_ id: String, _ candidates: [String], _ what: String) -> String {
            Suggestion.closest(to: id, in: candidates).map { "did you mean '\($0)'?" }
                ?? (candidates.isEmpty ? "no \(what)s are defined" : "defined \(what)s: " + candidates.prefix(12).joined(separator: ", "))
        }
        func card(_ reference: Located<String>) {
            if !reference.value.isEmpty, scenario.card(reference.value) == nil {
                diagnostics.append(.error("SO062", at: reference.location, "unknown card '\(reference.value)'",
                                          hint: hint(reference.value, cardIds, "card")))
            }
        }
        func role(_ reference: Located<String>?) {
            guard let reference, !reference.value.isEmpty, scenario.role(reference.value) == nil else { return }
            diagnostics.append(.error("SO063", at: reference.location, "unknown role '\(reference.value)'",
                                      hint: hint(reference.value, roleIds, "role")))
        }
        func variable(_ assignment: Assignment, _ key: String) {
            if scenario.variable(assignment.variable) == nil {
                diagnostics.append(.error("SO064", at: assignment.location, "'\(key)' names an unknown variable '\(assignment.variable)'",
                                          hint: hint(assignment.variable, variableNames, "variable")))
            }
        }

        let start = scenario.start
        if !start.value.isEmpty, scenario.scene(start.value) == nil {
            diagnostics.append(.error("SO061", at: start.location, "the start scene '\(start.value)' does not exist",
                                      hint: hint(start.value, sceneIds, "scene")))
        }
        for card in scenario.cards { role(card.role) }
        for scene in scenario.scenes {
            role(scene.role)
            scene.reveal.forEach(card)
            for choice in scene.choices {
                let goto = choice.goto
                if !goto.value.isEmpty, scenario.scene(goto.value) == nil {
                    diagnostics.append(.error("SO060", at: goto.location, "'goto' leads to an unknown scene '\(goto.value)'",
                                              hint: hint(goto.value, sceneIds, "scene")))
                }
                choice.reveal.forEach(card)
                for assignment in choice.set { variable(assignment, "set") }
                for assignment in choice.add { variable(assignment, "add") }
            }
        }
        return diagnostics
    }
}
