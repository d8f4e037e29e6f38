/// Type-checks a parsed `if` expression against a scenario's variables, scenes and cards.
///
/// Every problem is collected (not just the first), each at its offset in the expression.
struct ExpressionChecker {
    var variables: [String: ValueType]
    var scenes: Set<String>
    var cards: Set<String>
    private(set) var problems: [ExpressionProblem] = []

    init(variables: [String: ValueType], scenes: some Sequence<String>, cards: some Sequence<String>) {
        self.variables = variables
        self.scenes = Set(scenes)
        self.cards = Set(cards)
    }

    /// Checks a whole condition, which must be true or false.
    mutating func checkCondition(_ expression: ParsedExpression) {
        if let type = type(of: expression), type != .bool {
            problems.append(ExpressionProblem(
                code: "SO045", offset: expression.offset, message: "the condition is \(Self.name(type)), not true or false",
                hint: type == .int ? "compare it, for example 'veiligheid >= 5'" : "compare it, for example 'status == \"open\"'"))
        }
    }

    static func name(_ type: ValueType) -> String {
        switch type {
        case .int: "a number"
        case .bool: "true or false"
        case .string: "text"
        }
    }

    /// The type of `expression`, or `nil` when a problem below it was reported.
    mutating func type(of expression: ParsedExpression) -> ValueType? {
        switch expression {
        case .literal(let value, _):
            return value.type
        case .variable(let name, let offset):
            if let type = variables[name] { return type }
            problems.append(ExpressionProblem(
                code: "SO041", offset: offset, message: "unknown variable '\(name)'",
                hint: Suggestion.closest(to: name, in: variables.keys.sorted()).map { "did you mean '\($0)'?" }
                    ?? "variables are declared under 'variables'"))
            return nil
        case .visited(let scene, _, let offset):
            if !scenes.contains(scene) {
                problems.append(ExpressionProblem(
                    code: "SO042", offset: offset, message: "visited() names an unknown scene '\(scene)'",
                    hint: Suggestion.closest(to: scene, in: scenes.sorted()).map { "did you mean '\($0)'?" }))
            }
            return .bool
        case .revealed(let card, _, let offset):
            if !cards.contains(card) {
                problems.append(ExpressionProblem(
                    code: "SO043", offset: offset, message: "revealed() names an unknown card '\(card)'",
                    hint: Suggestion.closest(to: card, in: cards.sorted()).map { "did you mean '\($0)'?" }))
            }
            return .bool
        case .not(let inner, let offset):
            if let type = type(of: inner), type != .bool {
                problems.append(ExpressionProblem(
                    code: "SO044", offset: offset, message: "'not' needs true or false, but gets \(Self.name(type))"))
            }
            return .bool
        case .binary(let op, let lhs, let rhs, let offset):
            let left = type(of: lhs), right = type(of: rhs)
            switch op {
            case .and, .or:
                for (side, type) in [("left", left), ("right", right)] {
                    if let type, type != .bool {
                        problems.append(ExpressionProblem(
                            code: "SO044", offset: offset,
                            message: "'\(op.rawValue)' needs true or false on both sides, but the \(side) side is \(Self.name(type))"))
                    }
                }
                return .bool
            case .equal, .notEqual:
                if let left, let right, left != right {
                    problems.append(ExpressionProblem(
                        code: "SO044", offset: offset,
                        message: "'\(op.rawValue)' compares \(Self.name(left)) with \(Self.name(right))",
                        hint: "both sides must be of the same type"))
                }
                return .bool
            case .less, .lessOrEqual, .greater, .greaterOrEqual, .plus, .minus:
                for (side, type) in [("left", left), ("right", right)] {
                    if let type, type != .int {
                        problems.append(ExpressionProblem(
                            code: "SO044", offset: offset,
                            message: "'\(op.rawValue)' needs numbers on both sides, but the \(side) side is \(Self.name(type))"))
                    }
                }
                return op == .plus || op == .minus ? .int : .bool
            }
        }
    }
}
