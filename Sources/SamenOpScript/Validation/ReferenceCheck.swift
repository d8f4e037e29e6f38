import SamenOpModel
import SamenOpText
/// `start`, `goto`, `reveal`, `role` and `set`/`add` name things the scenario defines.
struct ReferenceCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let sceneIds = scenario.scenes.map(\.id)
        let cardIds = scenario.cards.map(\.id)
        let roleIds = scenario.roles.map(\.id)
        let variableNames = scenario.variables.map(\.name)

        /// "did you mean ...?", else the defined ids (`keys`: the none and the list message).
        func hint(_ id: String, _ candidates: [String], _ keys: (none: TextKey, defined: TextKey)) -> LocalizedMessage {
            Suggestion.closest(to: id, in: candidates).map { .key(.diagHintDidYouMean, $0) }
                ?? (candidates.isEmpty ? .key(keys.none) : .key(keys.defined, candidates.prefix(12).joined(separator: ", ")))
        }
        let scenes = (none: TextKey.diagHintNoScenes, defined: TextKey.diagHintDefinedScenes)
        let cards = (none: TextKey.diagHintNoCards, defined: TextKey.diagHintDefinedCards)
        let roles = (none: TextKey.diagHintNoRoles, defined: TextKey.diagHintDefinedRoles)
        let variables = (none: TextKey.diagHintNoVariables, defined: TextKey.diagHintDefinedVariables)
        func card(_ reference: Located<String>) {
            if !reference.value.isEmpty, scenario.card(reference.value) == nil {
                diagnostics.append(.error("SO062", at: reference.location, .key(.diagSO062, reference.value),
                                          hint: hint(reference.value, cardIds, cards)))
            }
        }
        func role(_ reference: Located<String>?) {
            guard let reference, !reference.value.isEmpty, scenario.role(reference.value) == nil else { return }
            diagnostics.append(.error("SO063", at: reference.location, .key(.diagSO063, reference.value),
                                      hint: hint(reference.value, roleIds, roles)))
        }
        func variable(_ assignment: Assignment, _ key: String) {
            if scenario.variable(assignment.variable) == nil {
                diagnostics.append(.error("SO064", at: assignment.location, .key(.diagSO064, key, assignment.variable),
                                          hint: hint(assignment.variable, variableNames, variables)))
            }
        }

        let start = scenario.start
        if !start.value.isEmpty, scenario.scene(start.value) == nil {
            diagnostics.append(.error("SO061", at: start.location, .key(.diagSO061, start.value),
                                      hint: hint(start.value, sceneIds, scenes)))
        }
        for card in scenario.cards { role(card.role) }
        for scene in scenario.scenes {
            role(scene.role)
            scene.reveal.forEach(card)
            for choice in scene.choices {
                let goto = choice.goto
                if !goto.value.isEmpty, scenario.scene(goto.value) == nil {
                    diagnostics.append(.error("SO060", at: goto.location, .key(.diagSO060, goto.value),
                                              hint: hint(goto.value, sceneIds, scenes)))
                }
                choice.reveal.forEach(card)
                for assignment in choice.set { variable(assignment, "set") }
                for assignment in choice.add { variable(assignment, "add") }
            }
        }
        return diagnostics
    }
}
