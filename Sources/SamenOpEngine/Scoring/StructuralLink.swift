import SamenOpModel

/// Whether the acute moment was connected to the structural pattern, and where.
///
/// Visiting a follow-up scene is not the same as connecting: a session can reach `opvolgen`
/// after a risk-factor list and a closed case. The report claims a connection only when a
/// chosen option at a follow-up stage showed the link or safety agreements (`scoring.md`).
public struct StructuralLink: Sendable, Hashable {
    /// A visited scene has stage `opvolgen` or `veiligheidsplan` (the older `structural`).
    public var visited: Bool
    /// A chosen option at a scene of stage `veiligheidsmaatregelen`, `opvolgen` or
    /// `veiligheidsplan` shows `verbinding-structureel` or `veiligheidsafspraken`.
    public var connected: Bool
    /// The steps whose chosen option made the connection.
    public var steps: [Int]

    /// The stages at which a chosen option can make the connection.
    public static let stages: Set<Stage> = [.veiligheidsmaatregelen, .opvolgen, .veiligheidsplan]
    /// The elements that make it.
    public static let elements: Set<Element> = [.verbindingStructureel, .veiligheidsafspraken]

    public init(visited: Bool, connected: Bool, steps: [Int]) {
        self.visited = visited
        self.connected = connected
        self.steps = steps
    }

    /// The link of the active `steps`, given whether a structural scene was visited.
    init(steps: [StepReflection], visited: Bool) {
        let linking = steps.filter { step in
            Self.stages.contains(step.stage) && step.choice.elements.contains { Self.elements.contains($0.value) }
        }
        self.visited = visited
        self.steps = linking.map(\.index)
        connected = !linking.isEmpty
    }
}
