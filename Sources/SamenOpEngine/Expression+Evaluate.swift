import SamenOpModel
import SamenOpText
/// What an expression can read while it is evaluated.
public struct EvaluationContext: Sendable {
    public var variables: [String: Value]
    public var visited: Set<String>
    public var revealed: Set<String>

    public init(variables: [String: Value], visited: Set<String>, revealed: Set<String>) {
        self.variables = variables
        self.visited = visited
        self.revealed = revealed
    }
}

extension Expression {
    /// Evaluates a type-checked expression.
    ///
    /// The loader rejects ill-typed expressions, so a mismatch here cannot come from a
    /// scenario file; it evaluates to `false` rather than trapping, to keep a session alive.
    public func evaluate(in context: EvaluationContext) -> Value {
        switch self {
        case .literal(let value):
            return value
        case .variable(let name):
            return context.variables[name] ?? .bool(false)
        case .visited(let scene):
            return .bool(context.visited.contains(scene))
        case .revealed(let card):
            return .bool(context.revealed.contains(card))
        case .not(let inner):
            return .bool(!inner.evaluate(in: context).isTrue)
        case .binary(let op, let lhs, let rhs):
            switch op {
            case .or:
                return .bool(lhs.evaluate(in: context).isTrue || rhs.evaluate(in: context).isTrue)
            case .and:
                return .bool(lhs.evaluate(in: context).isTrue && rhs.evaluate(in: context).isTrue)
            case .equal:
                return .bool(lhs.evaluate(in: context) == rhs.evaluate(in: context))
            case .notEqual:
                return .bool(lhs.evaluate(in: context) != rhs.evaluate(in: context))
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                guard case .int(let a) = lhs.evaluate(in: context),
                      case .int(let b) = rhs.evaluate(in: context) else { return .bool(false) }
                switch op {
                case .less: return .bool(a < b)
                case .lessOrEqual: return .bool(a <= b)
                case .greater: return .bool(a > b)
                default: return .bool(a >= b)
                }
            case .plus, .minus:
                guard case .int(let a) = lhs.evaluate(in: context),
                      case .int(let b) = rhs.evaluate(in: context) else { return .int(0) }
                return .int(op == .plus ? a.saturatingAdding(b) : a.saturatingSubtracting(b))
            }
        }
    }
}

extension Value {
    /// Truth of a condition's value: only `true` is true.
    public var isTrue: Bool { self == .bool(true) }
}
