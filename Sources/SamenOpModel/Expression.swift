import SamenOpText
/// A parsed `if` condition: the grammar of the scenario contract.
///
/// Expressions are parsed and type-checked when the scenario loads, so the engine only
/// evaluates expressions that are known to be well-typed.
public indirect enum Expression: Hashable, Sendable {
    case literal(Value)
    case variable(String)
    /// `visited(scene)`: the scene was entered earlier in the session.
    case visited(String)
    /// `revealed(card)`: the card has been revealed.
    case revealed(String)
    case not(Expression)
    case binary(BinaryOperator, Expression, Expression)
}

/// The binary operators of the expression grammar.
public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
    case or
    case and
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case plus = "+"
    case minus = "-"
}

/// A choice's condition as written, with its parsed form.
public struct Condition: Hashable, Sendable {
    /// The text of the `if` value, for messages and reports.
    public var source: String
    public var expression: Expression
    /// Where the `if` value starts.
    public var location: SourceLocation

    public init(source: String, expression: Expression, location: SourceLocation) {
        self.source = source
        self.expression = expression
        self.location = location
    }
}
