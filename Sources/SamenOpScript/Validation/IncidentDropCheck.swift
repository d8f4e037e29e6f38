import SamenOpModel
import SamenOpText
/// Warning (SO084): an option leads from the structural follow-up (stage `opvolgen`,
/// `veiligheidsmaatregelen` or `veiligheidsplan`) back to a new incident (stage `melding`,
/// `eerste-beoordeling`, `erop-af` or `veiligstellen`), but the situation there does not drop
/// to `acuut` or `directe-veiligheid`: the target scene has no such `phase`, and the option does
/// not `set` `veiligheid` into those bands. The report would then judge the expert acute action
/// at the new incident as a step back. Reported at the option's `goto`.
struct IncidentDropCheck: ScenarioCheck {
    static let followUp: Set<Stage> = [.opvolgen, .veiligheidsmaatregelen, .veiligheidsplan]
    static let incident: Set<Stage> = [.melding, .eersteBeoordeling, .eropAf, .veiligstellen]
    static let urgent: Set<Phase> = [.acuut, .directeVeiligheid]

    func check(_ scenario: Scenario) -> [Diagnostic] {
        let bands = scenario.phaseBands
        // The highest value still in an urgent phase, for the hint.
        let ceiling = safetyRange.last { Self.urgent.contains(bands.phase(for: $0)) } ?? 5
        var diagnostics: [Diagnostic] = []
        for scene in scenario.scenes where Self.followUp.contains(scene.stage.value) {
            for choice in scene.choices {
                guard let target = scenario.scene(choice.goto.value), Self.incident.contains(target.stage.value),
                      !(target.phase.map { Self.urgent.contains($0.value) } ?? false) else { continue }
                let drops = choice.set.contains { assignment in
                    guard assignment.variable == "veiligheid", case .int(let value) = assignment.value,
                          safetyRange.contains(value) else { return false }
                    return Self.urgent.contains(bands.phase(for: value))
                }
                if drops { continue }
                diagnostics.append(.warning(
                    "SO084", at: choice.goto.location,
                    .key(.diagSO084, choice.number, scene.id, scene.stage.value.rawValue, target.id, target.stage.value.rawValue),
                    hint: .key(.diagSO084Hint, target.id, ceiling)))
            }
        }
        return diagnostics
    }
}
