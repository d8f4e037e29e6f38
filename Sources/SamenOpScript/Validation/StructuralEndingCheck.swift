import SamenOpModel
import SamenOpText
/// Warning: no ending is reached through a scene of stage `opvolgen` or `veiligheidsplan`, so
/// the scenario never gets from the acute moment to the structural follow-up.
struct StructuralEndingCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        let graph = SceneGraph(scenario)
        guard let start = graph.startIndex, scenario.scenes.contains(where: \.isEnd) else { return [] }
        let reached = graph.reachable(from: [start])
        let structural = scenario.scenes.indices.filter { reached[$0] && scenario.scenes[$0].stage.value.isStructural }
        let after = graph.reachable(from: structural)
        if scenario.scenes.indices.contains(where: { after[$0] && scenario.scenes[$0].isEnd }) { return [] }
        return [.warning("SO079", at: scenario.start.location, .key(.diagSO079), hint: .key(.diagSO079Hint))]
    }
}
