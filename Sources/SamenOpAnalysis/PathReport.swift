import SamenOpModel

/// What `samenop paths` knows about a scenario after exploring its reachable states.
///
/// Choices are listed as `--choices` numbers: the number shown at each step among the options
/// visible then, as a trainee (and `samenop play`) sees them.
public struct PathReport: Sendable {
    /// The scenario's id.
    public var scenario: String
    /// The distinct states explored (see ``PathExplorer`` for what a state is).
    public var states: Int
    /// `false` when the state limit was reached: counts are then lower bounds and the findings
    /// that need every state (never-shown, unreachable, dead-state) are left out.
    public var complete: Bool
    /// Complete paths from the start to an ending; `nil` when a loop makes them endless.
    public var paths: BigCount?
    public var findings: [PathFinding]
    /// Per scene reached, in authored order.
    public var scenes: [SceneFigures]
    /// Paths on which every decision (two or more options shown) is an expert choice (at most ``PathExplorer/maximumListed``).
    public var expertPaths: [[Int]]
    /// A complete path with the fewest decisions; `nil` when no ending can be reached.
    public var shortest: [Int]?
    /// A complete path with the most decisions; `nil` when none or when paths are endless.
    public var longest: [Int]?
    /// A small set of complete paths that together take every option that can be shown (and
    /// leads somewhere an ending can still be reached).
    public var cover: [[Int]]
    /// Every option shown in at least one reachable state.
    public var showable: [OptionRef]

    /// `1,2,1` as `--choices` takes it.
    public static func line(_ choices: [Int]) -> String { choices.map(String.init).joined(separator: ",") }
}

/// What a scene looks like on entry, over every reachable state at it.
public struct SceneFigures: Sendable, Hashable {
    public var id: String
    /// The lowest and highest `veiligheid` on entry.
    public var veiligheid: ClosedRange<Int>
    /// The situation phases that occur at the scene, in phase order.
    public var phases: [Phase]
}

/// An authored option: its scene and its 1-based number in the scene's `choices`.
public struct OptionRef: Sendable, Hashable, Comparable {
    public var scene: String
    public var number: Int

    public init(scene: String, number: Int) {
        self.scene = scene
        self.number = number
    }

    public static func < (a: OptionRef, b: OptionRef) -> Bool { (a.scene, a.number) < (b.scene, b.number) }
}
