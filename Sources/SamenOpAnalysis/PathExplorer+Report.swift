import SamenOpModel
import SamenOpEngine

extension PathExplorer {
    func isEnd(_ state: Int) -> Bool { scenario.scenes[keys[state].scene].isEnd }

    /// For each state whether an ending can be reached, and the first edge of a shortest way
    /// there (backwards breadth first search from the endings, so loops are no problem).
    func liveness() -> (live: [Bool], next: [Edge?]) {
        var live = Array(repeating: false, count: keys.count)
        var next = [Edge?](repeating: nil, count: keys.count)
        var incoming = Array(repeating: [(Int, Edge)](), count: keys.count)
        for (state, out) in edges.enumerated() {
            for edge in out { incoming[edge.target].append((state, edge)) }
        }
        var queue: [Int] = []
        for state in keys.indices where isEnd(state) {
            live[state] = true
            queue.append(state)
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (before, edge) in incoming[state] where !live[before] {
                live[before] = true
                next[before] = edge
                queue.append(before)
            }
        }
        return (live, next)
    }

    /// Path counts and longest paths by dynamic programming over the live states in post-order;
    /// `nil` when a loop among live states makes the paths endless.
    func counts(live: [Bool]) -> (paths: BigCount, longest: [Int])? {
        guard !keys.isEmpty, live[0] else { return (BigCount(0), []) }
        var count = [BigCount](repeating: BigCount(0), count: keys.count)
        var length = Array(repeating: 0, count: keys.count)
        var best = [Edge?](repeating: nil, count: keys.count)
        var color = Array(repeating: UInt8(0), count: keys.count)  // 0 new, 1 on stack, 2 done
        var stack: [(state: Int, edge: Int)] = [(0, 0)]
        color[0] = 1
        while let top = stack.last {
            let out = edges[top.state]
            if top.edge < out.count {
                stack[stack.count - 1].edge += 1
                let target = out[top.edge].target
                guard live[target] else { continue }
                if color[target] == 1 { return nil }
                if color[target] == 0 {
                    color[target] = 1
                    stack.append((target, 0))
                }
                continue
            }
            stack.removeLast()
            color[top.state] = 2
            if isEnd(top.state) {
                count[top.state] = BigCount(1)
                continue
            }
            var total = BigCount(0)
            for edge in out where live[edge.target] {
                total += count[edge.target]
                if best[top.state] == nil || length[edge.target] + 1 > length[top.state] {
                    length[top.state] = length[edge.target] + 1
                    best[top.state] = edge
                }
            }
            count[top.state] = total
        }
        var longest: [Int] = []
        var state = 0
        while let edge = best[state] {
            longest.append(edge.shown)
            state = edge.target
        }
        return (count[0], longest)
    }

    /// Paths on which every decision (a scene showing two or more options) is an expert choice, depth first, at most `maximumListed`.
    func expertPaths(live: [Bool]) -> [[Int]] {
        var found: [[Int]] = []
        func walk(_ state: Int, _ path: [Int], _ seen: Set<Int>) {
            guard found.count < Self.maximumListed else { return }
            if isEnd(state) { found.append(path); return }
            let scene = scenario.scenes[keys[state].scene]
            // A scene with one option shown is a transition, not a decision (scoring.md): follow it.
            let out = edges[state]
            for edge in out where live[edge.target] && !seen.contains(edge.target) {
                guard out.count == 1 || scene.choices[edge.number - 1].expert else { continue }
                walk(edge.target, path + [edge.shown], seen.union([edge.target]))
            }
        }
        if !keys.isEmpty { walk(0, [], [0]) }
        return found
    }

    /// Per scene reached: `veiligheid` on entry and the situation phases.
    func sceneFigures() -> [SceneFigures] {
        var ranges: [Int: ClosedRange<Int>] = [:]
        var phases: [Int: Set<Phase>] = [:]
        for key in keys {
            let safety = safety(key)
            let range = ranges[key.scene]
            ranges[key.scene] = range.map { min($0.lowerBound, safety)...max($0.upperBound, safety) } ?? safety...safety
            phases[key.scene, default: []].insert(
                scenario.scenes[key.scene].situationPhase(safety: safety, bands: scenario.phaseBands))
        }
        return scenario.scenes.indices.compactMap { i in
            ranges[i].map { range in
                SceneFigures(id: scenario.scenes[i].id, veiligheid: range,
                             phases: Phase.allCases.filter { phases[i]?.contains($0) ?? false })
            }
        }
    }

    /// Every option shown somewhere, with the first state and edge that take it.
    func shownOptions() -> [OptionRef: (state: Int, edge: Edge)] {
        var shown: [OptionRef: (state: Int, edge: Edge)] = [:]
        for (state, out) in edges.enumerated() {
            let id = scenario.scenes[keys[state].scene].id
            for edge in out where shown[OptionRef(scene: id, number: edge.number)] == nil {
                shown[OptionRef(scene: id, number: edge.number)] = (state, edge)
            }
        }
        return shown
    }

    func report() -> PathReport {
        let (live, next) = liveness()
        let counted = counts(live: live)
        let shown = shownOptions()
        var shortest: [Int]?
        if !keys.isEmpty && live[0] {
            var path: [Int] = []
            var state = 0
            while let edge = next[state] {
                path.append(edge.shown)
                state = edge.target
            }
            shortest = path
        }
        let longest = counted.flatMap { live.first == true ? $0.longest : nil }
        return PathReport(
            scenario: scenario.id.value, states: keys.count, complete: complete, paths: counted?.paths,
            findings: findings(live: live, shown: shown), scenes: sceneFigures(),
            expertPaths: expertPaths(live: live), shortest: shortest, longest: longest,
            cover: cover(live: live, next: next, shown: shown), showable: shown.keys.sorted())
    }
}
