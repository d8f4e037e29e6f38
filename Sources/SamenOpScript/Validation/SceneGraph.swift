import SamenOpModel
import SamenOpText
/// The scenes as a graph of `goto` edges, ignoring conditions, for the flow checks.
struct SceneGraph {
    let scenario: Scenario
    /// Scene index -> indices of the scenes its choices lead to (existing scenes only).
    let successors: [[Int]]
    let index: [String: Int]

    init(_ scenario: Scenario) {
        self.scenario = scenario
        var index: [String: Int] = [:]
        for (i, scene) in scenario.scenes.enumerated() where index[scene.id] == nil { index[scene.id] = i }
        self.index = index
        successors = scenario.scenes.map { scene in scene.choices.compactMap { index[$0.goto.value] } }
    }

    var startIndex: Int? { index[scenario.start.value] }

    /// Every scene reachable from `sources`, themselves included.
    func reachable(from sources: [Int]) -> [Bool] {
        var seen = [Bool](repeating: false, count: successors.count)
        var stack = sources
        for source in sources { seen[source] = true }
        while let node = stack.popLast() {
            for next in successors[node] where !seen[next] {
                seen[next] = true
                stack.append(next)
            }
        }
        return seen
    }

    /// Every scene from which some ending can be reached.
    func canReachEnding() -> [Bool] {
        var predecessors = [[Int]](repeating: [], count: successors.count)
        for (from, targets) in successors.enumerated() {
            for to in targets { predecessors[to].append(from) }
        }
        var seen = [Bool](repeating: false, count: successors.count)
        var stack: [Int] = []
        for (i, scene) in scenario.scenes.enumerated() where scene.isEnd {
            seen[i] = true
            stack.append(i)
        }
        while let node = stack.popLast() {
            for previous in predecessors[node] where !seen[previous] {
                seen[previous] = true
                stack.append(previous)
            }
        }
        return seen
    }
}
