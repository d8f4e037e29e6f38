import SamenOpModel
import SamenOpText

extension PathExplorer {
    /// The way into `state` as an argument of a message: `--choices 1,2` or "at the start".
    func route(_ state: Int) -> LocalizedMessage {
        let path = prefix(state)
        return path.isEmpty ? .key(.pathsRouteStart) : .key(.pathsRoute, PathReport.line(path))
    }

    /// The findings, sorted by position. When the limit was reached only all-hidden is
    /// reported: the others say "in no state", which a partial exploration cannot know.
    func findings(live: [Bool], shown: [OptionRef: (state: Int, edge: Edge)]) -> [PathFinding] {
        var found: [PathFinding] = []
        var reported = Set<SourceLocation>()
        func add(_ finding: PathFinding) {
            if let location = finding.diagnostic.location, reported.insert(location).inserted { found.append(finding) }
        }
        for (state, key) in keys.enumerated() where edges[state].isEmpty && !isEnd(state) && !truncated.contains(state) {
            let scene = scenario.scenes[key.scene]
            add(PathFinding(.allHidden, at: scene.location, .key(.pathsAllHidden, scene.id, route(state)),
                            hint: .key(.pathsAllHiddenHint)))
        }
        if complete {
            let reached = Set(keys.map(\.scene))
            for i in scenario.scenes.indices where reached.contains(i) {
                let scene = scenario.scenes[i]
                for choice in scene.choices where shown[OptionRef(scene: scene.id, number: choice.number)] == nil && !scene.isEnd {
                    add(PathFinding(.neverShown, at: choice.location,
                                    .key(.pathsNeverShown, choice.number, scene.id, choice.condition?.source ?? ""),
                                    hint: .key(.pathsNeverShownHint)))
                }
            }
            let linked = reachableIgnoringConditions()
            for i in scenario.scenes.indices where linked.contains(i) && !reached.contains(i) {
                let scene = scenario.scenes[i]
                if scene.isEnd {
                    add(PathFinding(.unreachableEnding, at: scene.location, .key(.pathsUnreachableEnding, scene.id),
                                    hint: .key(.pathsUnreachableEndingHint)))
                } else {
                    add(PathFinding(.unreachableScene, at: scene.location, .key(.pathsUnreachableScene, scene.id),
                                    hint: .key(.pathsUnreachableSceneHint)))
                }
            }
            // The step into a trap: a live state whose option leads where no ending can be
            // reached, though options are still shown there (all-hidden is reported already).
            for (state, out) in edges.enumerated() where live[state] {
                let scene = scenario.scenes[keys[state].scene]
                for edge in out where !live[edge.target] && !edges[edge.target].isEmpty {
                    add(PathFinding(.deadState, at: scene.choices[edge.number - 1].location,
                                    .key(.pathsDeadState, edge.number, scene.id, route(state)),
                                    hint: .key(.pathsDeadStateHint)))
                }
            }
            if let first = keys.indices.first, !live[first], !edges[first].isEmpty {
                add(PathFinding(.deadState, at: scenario.scenes[keys[first].scene].location,
                                .key(.pathsDeadStart, scenario.scenes[keys[first].scene].id),
                                hint: .key(.pathsDeadStateHint)))
            }
        }
        return found.sorted {
            let a = $0.diagnostic.location!, b = $1.diagnostic.location!
            return (a.line, a.column, $0.kind.code) < (b.line, b.column, $1.kind.code)
        }
    }

    /// Scenes reached from the start along `goto`s, conditions ignored (as `check` sees them).
    func reachableIgnoringConditions() -> Set<Int> {
        guard let start = sceneIndex[scenario.start.value] else { return [] }
        var seen: Set<Int> = [start]
        var queue = [start]
        while let scene = queue.popLast() {
            for choice in scenario.scenes[scene].choices {
                if let next = sceneIndex[choice.goto.value], seen.insert(next).inserted { queue.append(next) }
            }
        }
        return seen
    }

    /// A small set of complete paths that together take every option shown somewhere whose
    /// state after it can still reach an ending: for each option not yet taken, the first way
    /// to a state showing it, the option, then onwards preferring options not yet taken and
    /// otherwise the shortest way to an ending.
    func cover(live: [Bool], next: [Edge?], shown: [OptionRef: (state: Int, edge: Edge)]) -> [[Int]] {
        var covered = Set<OptionRef>()
        var lines: [[Int]] = []
        func option(_ state: Int, _ edge: Edge) -> OptionRef {
            OptionRef(scene: scenario.scenes[keys[state].scene].id, number: edge.number)
        }
        // Where each option is taken on the way to an ending (the first such place found).
        var places: [OptionRef: (Int, Edge)] = [:]
        for (state, out) in edges.enumerated() where live[state] {
            for edge in out where live[edge.target] && places[option(state, edge)] == nil {
                places[option(state, edge)] = (state, edge)
            }
        }
        for ref in shown.keys.sorted() where !covered.contains(ref) {
            guard let place = places[ref] else { continue }
            var line: [Int] = []
            for step in prefixEdges(place.0) + [(state: place.0, edge: place.1)] {
                covered.insert(option(step.state, step.edge))
                line.append(step.edge.shown)
            }
            var state = place.1.target
            while !isEnd(state) {
                let edge = edges[state].first { live[$0.target] && !covered.contains(option(state, $0)) } ?? next[state]!
                covered.insert(option(state, edge))
                line.append(edge.shown)
                state = edge.target
            }
            lines.append(line)
        }
        return lines
    }
}
