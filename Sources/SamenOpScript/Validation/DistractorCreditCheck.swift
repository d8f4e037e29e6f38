import SamenOpModel
import SamenOpText
/// Warning (SO086): an option that is not `expert` carries a working element that an expert
/// option at the same scene also carries, so the report credits the distractor with what makes
/// the expert option good. Reported at each such element in the option's `elements` list.
struct DistractorCreditCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scene in scenario.scenes {
            let expertElements = Set(scene.choices.filter(\.expert).flatMap { $0.elements.map(\.value) })
            guard !expertElements.isEmpty else { continue }
            for choice in scene.choices where !choice.expert {
                for element in choice.elements where expertElements.contains(element.value) {
                    diagnostics.append(.warning(
                        "SO086", at: element.location, .key(.diagSO086, element.value.rawValue, choice.number, scene.id),
                        hint: .key(.diagSO086Hint, element.value.rawValue)))
                }
            }
        }
        return diagnostics
    }
}
