import SamenOpModel
import SamenOpEngine

/// Explores every reachable state of a scenario and reports what `samenop paths` shows.
///
/// A state is the scene, the variables, the visited scenes and the revealed cards. Only what a
/// condition can read (and `veiligheid`, which the report shows) is kept apart: two states that
/// differ only in a variable no condition reads behave the same from there on, so they are one
/// state here, and path counts stay exact. Conditions and effects are the engine's own
/// (``Scene/visibleChoices(in:)``, ``Choice/applyingEffects(to:)``), never a copy.
///
/// ```swift
/// let report = PathExplorer.explore(scenario)
/// print(report.paths!)        // "1099511627776"
/// ```
public struct PathExplorer {
    /// The default state limit; past it the answer is partial.
    public static let defaultLimit = 1_000_000
    /// At most this many expert paths are listed.
    public static let maximumListed = 20

    struct Key: Hashable {
        var scene: Int
        var values: [Value]
        var flags: [Bool]
    }

    struct Edge {
        var number: Int
        var shown: Int
        var target: Int
    }

    let scenario: Scenario
    let limit: Int
    let variables: [String]
    let visitedNames: [String]
    let revealedNames: [String]
    let sceneIndex: [String: Int]
    let safetySlot: Int?

    var keys: [Key] = []
    var index: [Key: Int] = [:]
    var edges: [[Edge]] = []
    /// How each state was first reached: the state before and the edge taken.
    var parent: [(state: Int, edge: Edge)?] = []
    /// States whose successors were not all explored (the limit was reached).
    var truncated: Set<Int> = []
    var complete = true

    /// Explores `scenario` up to `limit` states and reports on it.
    public static func explore(_ scenario: Scenario, limit: Int = defaultLimit) -> PathReport {
        var explorer = PathExplorer(scenario: scenario, limit: max(1, limit))
        explorer.run()
        return explorer.report()
    }

    init(scenario: Scenario, limit: Int) {
        self.scenario = scenario
        self.limit = limit
        var read = Set<String>(), visited = Set<String>(), revealed = Set<String>()
        for scene in scenario.scenes {
            for choice in scene.choices {
                if let condition = choice.condition {
                    Self.collect(condition.expression, &read, &visited, &revealed)
                }
            }
        }
        if scenario.variable(safetyVariable) != nil { read.insert(safetyVariable) }
        variables = scenario.variables.map(\.name).filter { read.contains($0) }
        visitedNames = visited.sorted()
        revealedNames = revealed.sorted()
        safetySlot = variables.firstIndex(of: safetyVariable)
        var sceneIndex: [String: Int] = [:]
        for (i, scene) in scenario.scenes.enumerated() where sceneIndex[scene.id] == nil { sceneIndex[scene.id] = i }
        self.sceneIndex = sceneIndex
    }

    private static func collect(_ e: Expression, _ read: inout Set<String>, _ visited: inout Set<String>, _ revealed: inout Set<String>) {
        switch e {
        case .literal: break
        case .variable(let name): read.insert(name)
        case .visited(let scene): visited.insert(scene)
        case .revealed(let card): revealed.insert(card)
        case .not(let inner): collect(inner, &read, &visited, &revealed)
        case .binary(_, let lhs, let rhs):
            collect(lhs, &read, &visited, &revealed)
            collect(rhs, &read, &visited, &revealed)
        }
    }

    // MARK: - States

    func variablesDictionary(_ key: Key) -> [String: Value] {
        var dictionary: [String: Value] = [:]
        for (i, name) in variables.enumerated() { dictionary[name] = key.values[i] }
        return dictionary
    }

    func context(_ key: Key) -> EvaluationContext {
        var visited = Set<String>(), revealed = Set<String>()
        for (i, name) in visitedNames.enumerated() where key.flags[i] { visited.insert(name) }
        for (i, name) in revealedNames.enumerated() where key.flags[visitedNames.count + i] { revealed.insert(name) }
        return EvaluationContext(variables: variablesDictionary(key), visited: visited, revealed: revealed)
    }

    /// Marks `scene` visited and its cards revealed, as the engine does on entering a scene.
    func entering(_ scene: Int, _ key: Key) -> Key {
        var key = key
        key.scene = scene
        let target = scenario.scenes[scene]
        if let i = visitedNames.firstIndex(of: target.id) { key.flags[i] = true }
        for card in target.reveal { reveal(card.value, in: &key) }
        return key
    }

    func reveal(_ card: String, in key: inout Key) {
        if let i = revealedNames.firstIndex(of: card) { key.flags[visitedNames.count + i] = true }
    }

    func safety(_ key: Key) -> Int {
        safetySlot.flatMap { key.values[$0].intValue } ?? 0
    }

    /// The state after taking `choice` in state `key`.
    func successor(_ key: Key, _ choice: Choice) -> Key? {
        guard let target = sceneIndex[choice.goto.value] else { return nil }
        let after = choice.applyingEffects(to: variablesDictionary(key))
        var next = key
        next.values = variables.map { after[$0] ?? .bool(false) }
        for card in choice.reveal { reveal(card.value, in: &next) }
        return entering(target, next)
    }

    mutating func add(_ key: Key, from: (state: Int, edge: Edge)?) -> Int? {
        if let id = index[key] { return id }
        guard keys.count < limit else { return nil }
        let id = keys.count
        keys.append(key)
        index[key] = id
        edges.append([])
        parent.append(from)
        return id
    }

    /// Breadth first, so that the first way into a state is a shortest one.
    mutating func run() {
        guard let start = sceneIndex[scenario.start.value] else { return }
        let initial = scenario.initialValues
        let empty = Key(scene: start, values: variables.map { initial[$0] ?? .bool(false) },
                        flags: Array(repeating: false, count: visitedNames.count + revealedNames.count))
        _ = add(entering(start, empty), from: nil)
        var head = 0
        while head < keys.count {
            let state = head
            head += 1
            let key = keys[state]
            let visible = scenario.scenes[key.scene].visibleChoices(in: context(key))
            var out: [Edge] = []
            for (i, choice) in visible.enumerated() {
                guard let next = successor(key, choice) else { continue }
                var edge = Edge(number: choice.number, shown: i + 1, target: -1)
                guard let id = add(next, from: (state, edge)) else {
                    complete = false
                    truncated.insert(state)
                    continue
                }
                edge.target = id
                out.append(edge)
            }
            edges[state] = out
        }
    }

    /// The `--choices` numbers that first reached `state`.
    func prefix(_ state: Int) -> [Int] {
        var path: [Int] = []
        var current = state
        while let (before, edge) = parent[current] {
            path.append(edge.shown)
            current = before
        }
        return path.reversed()
    }

    /// The states and edges that first reached `state`, in order.
    func prefixEdges(_ state: Int) -> [(state: Int, edge: Edge)] {
        var path: [(state: Int, edge: Edge)] = []
        var current = state
        while let step = parent[current] {
            path.append(step)
            current = step.state
        }
        return path.reversed()
    }
}
