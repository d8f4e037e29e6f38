import SamenOpText
/// A scenario variable's value. Scenarios have three types only, so that trainers can
/// reason about them and the loader can type-check every expression.
public enum Value: Hashable, Sendable, Codable, CustomStringConvertible {
    case int(Int)
    case bool(Bool)
    case string(String)

    public var type: ValueType {
        switch self {
        case .int: .int
        case .bool: .bool
        case .string: .string
        }
    }

    public var description: String {
        switch self {
        case .int(let i): String(i)
        case .bool(let b): b ? "true" : "false"
        case .string(let s): "\"\(s)\""
        }
    }
}

/// The type of a ``Value``.
public enum ValueType: String, Hashable, Sendable, Codable {
    case int
    case bool
    case string
}

/// The name of the safety-scale variable every scenario must have.
public let safetyVariable = "veiligheid"

/// The range of the safety scale.
public let safetyRange: ClosedRange<Int> = 0...10
