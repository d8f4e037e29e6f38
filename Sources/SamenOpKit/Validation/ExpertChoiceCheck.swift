/// Warning: a real decision (two or more choices) without any `expert` choice cannot show
/// the trainee what an experienced professional would do.
struct ExpertChoiceCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        scenario.scenes.compactMap { scene in
            guard scene.choices.count >= 2, !scene.choices.contains(where: \.expert) else { return nil }
            return .warning("SO078", at: scene.location, "scene '\(scene.id)' has \(scene.choices.count) choices but none is marked 'expert: true'",
                            hint: "mark what an experienced professional would do here")
        }
    }
}
