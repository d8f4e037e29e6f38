import SamenOpModel
import SamenOpText

/// What the path analysis found wrong in a scenario once conditions are applied.
///
/// Each kind has its own diagnostic code (`Docs/diagnostics.md`, SO200-SO204), so a finding
/// prints like every other diagnostic (`FILE:LINE:COL: warning: ... [SO200]`) and
/// `check --explore` can add it to the normal check.
public enum PathFindingKind: String, Sendable, CaseIterable, Hashable {
    /// A reachable state in which every option of a scene is hidden.
    case allHidden = "all-hidden"
    /// An option hidden in every reachable state at its scene.
    case neverShown = "never-shown"
    /// An ending that no reachable state reaches, though `goto`s lead there.
    case unreachableEnding = "unreachable-ending"
    /// An option that leads into a state from which no ending can be reached.
    case deadState = "dead-state"
    /// A scene that `goto`s reach only when conditions are ignored.
    case unreachableScene = "unreachable-scene"

    /// The diagnostic code.
    public var code: String {
        switch self {
        case .allHidden: "SO200"
        case .neverShown: "SO201"
        case .unreachableEnding: "SO202"
        case .deadState: "SO203"
        case .unreachableScene: "SO204"
        }
    }

    /// The kind a diagnostic code stands for, if it is one of the path codes.
    public init?(code: String) {
        guard let kind = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = kind
    }
}

/// One finding: its kind and the diagnostic that words it and points at the file.
public struct PathFinding: Sendable, Hashable {
    public var kind: PathFindingKind
    public var diagnostic: Diagnostic

    init(_ kind: PathFindingKind, at location: SourceLocation, _ message: LocalizedMessage, hint: LocalizedMessage) {
        self.kind = kind
        diagnostic = .warning(kind.code, at: location, message, hint: hint)
    }
}
