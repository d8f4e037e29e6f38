import SamenOpModel
import SamenOpText
/// An `if` expression with the offset of every part, for messages that point inside it.
indirect enum ParsedExpression: Hashable, Sendable {
    case literal(Value, offset: Int)
    case variable(String, offset: Int)
    case visited(String, offset: Int, argumentOffset: Int)
    case revealed(String, offset: Int, argumentOffset: Int)
    case not(ParsedExpression, offset: Int)
    case binary(BinaryOperator, ParsedExpression, ParsedExpression, offset: Int)

    /// Where the expression starts, in Unicode scalars from the start of the source.
    var offset: Int {
        switch self {
        case .literal(_, let offset), .variable(_, let offset), .visited(_, let offset, _),
             .revealed(_, let offset, _), .not(_, let offset):
            offset
        case .binary(_, let lhs, _, _): lhs.offset
        }
    }

    /// The model's expression, without offsets.
    var expression: Expression {
        switch self {
        case .literal(let value, _): .literal(value)
        case .variable(let name, _): .variable(name)
        case .visited(let scene, _, _): .visited(scene)
        case .revealed(let card, _, _): .revealed(card)
        case .not(let inner, _): .not(inner.expression)
        case .binary(let op, let lhs, let rhs, _): .binary(op, lhs.expression, rhs.expression)
        }
    }
}

/// A problem in an expression, at an offset (in Unicode scalars) into its source.
struct ExpressionProblem: Hashable, Sendable, Error {
    var code: String
    var offset: Int
    var message: LocalizedMessage
    var hint: LocalizedMessage?
}
