import SamenOpModel
import SamenOpText
/// Every scene reachable from `start` can still reach an ending (conditions ignored), so a
/// session can never get stuck in a dead end or a loop without a way out.
struct EndingCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        let graph = SceneGraph(scenario)
        guard let start = graph.startIndex else { return [] }
        // Without any ending every scene would be reported; one message says it better.
        guard scenario.scenes.contains(where: \.isEnd) else {
            return [.error("SO071", at: scenario.start.location, .key(.diagSO071None), hint: .key(.diagSO071NoneHint))]
        }
        let reached = graph.reachable(from: [start])
        let ends = graph.canReachEnding()
        return scenario.scenes.enumerated().compactMap { i, scene in
            // A scene without choices is reported by SceneShapeCheck already.
            guard reached[i], !ends[i], !scene.choices.isEmpty, graph.index[scene.id] == i else { return nil }
            return .error("SO071", at: scene.location, .key(.diagSO071, scene.id), hint: .key(.diagSO071Hint))
        }
    }
}
