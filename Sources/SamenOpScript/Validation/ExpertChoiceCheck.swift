import SamenOpModel
import SamenOpText
/// Warning: a real decision (two or more choices) without any `expert` choice cannot show
/// the trainee what an experienced professional would do.
struct ExpertChoiceCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        scenario.scenes.compactMap { scene in
            guard scene.choices.count >= 2, !scene.choices.contains(where: \.expert) else { return nil }
            return .warning("SO078", at: scene.location, .key(.diagSO078, scene.id, scene.choices.count), hint: .key(.diagSO078Hint))
        }
    }
}
