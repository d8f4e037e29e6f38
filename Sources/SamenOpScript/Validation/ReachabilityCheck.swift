import SamenOpModel
import SamenOpText
/// Warning: a scene that no path from `start` reaches (conditions ignored) is never played.
struct ReachabilityCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        let graph = SceneGraph(scenario)
        guard let start = graph.startIndex else { return [] }
        let reached = graph.reachable(from: [start])
        return scenario.scenes.enumerated().compactMap { i, scene in
            guard !reached[i], graph.index[scene.id] == i else { return nil }
            return .warning("SO070", at: scene.location, .key(.diagSO070, scene.id, scenario.start.value),
                            hint: .key(.diagSO070Hint, scene.id))
        }
    }
}
