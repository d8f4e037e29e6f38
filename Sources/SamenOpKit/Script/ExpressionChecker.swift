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
                code: "SO045", offset: expression.offset, message: .key("diag.SO045", Self.name(type)),
                hint: .key("diag.SO045.hint", type == .int ? "veiligheid >= 5" : "status == \"open\"")))
        }
    }

    /// "a number", "true or false", "text".
    static func name(_ type: ValueType) -> LocalizedMessage {
        switch type {
        case .int: .key("diag.type.int")
        case .bool: .key("diag.type.bool")
        case .string: .key("diag.type.string")
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
                code: "SO041", offset: offset, message: .key("diag.SO041", name),
                hint: Suggestion.closest(to: name, in: variables.keys.sorted()).map { .key("diag.hint.did-you-mean", $0) }
                    ?? .key("diag.SO041.hint")))
            return nil
        case .visited(let scene, _, let offset):
            if !scenes.contains(scene) {
                problems.append(ExpressionProblem(
                    code: "SO042", offset: offset, message: .key("diag.SO042", scene),
                    hint: Suggestion.closest(to: scene, in: scenes.sorted()).map { .key("diag.hint.did-you-mean", $0) }))
            }
            return .bool
        case .revealed(let card, _, let offset):
            if !cards.contains(card) {
                problems.append(ExpressionProblem(
                    code: "SO043", offset: offset, message: .key("diag.SO043", card),
                    hint: Suggestion.closest(to: card, in: cards.sorted()).map { .key("diag.hint.did-you-mean", $0) }))
            }
            return .bool
        case .not(let inner, let offset):
            if let type = type(of: inner), type != .bool {
                problems.append(ExpressionProblem(
                    code: "SO044", offset: offset, message: .key("diag.SO044.not", Self.name(type))))
            }
            return .bool
        case .binary(let op, let lhs, let rhs, let offset):
            let left = type(of: lhs), right = type(of: rhs)
            switch op {
            case .and, .or:
                for (key, type) in [("diag.SO044.bool.left", left), ("diag.SO044.bool.right", right)] {
                    if let type, type != .bool {
                        problems.append(ExpressionProblem(
                            code: "SO044", offset: offset, message: .key(key, op.rawValue, Self.name(type))))
                    }
                }
                return .bool
            case .equal, .notEqual:
                if let left, let right, left != right {
                    problems.append(ExpressionProblem(
                        code: "SO044", offset: offset,
                        message: .key("diag.SO044.compares", op.rawValue, Self.name(left), Self.name(right)),
                        hint: .key("diag.SO044.compares.hint")))
                }
                return .bool
            case .less, .lessOrEqual, .greater, .greaterOrEqual, .plus, .minus:
                for (key, type) in [("diag.SO044.numbers.left", left), ("diag.SO044.numbers.right", right)] {
                    if let type, type != .int {
                        problems.append(ExpressionProblem(
                            code: "SO044", offset: offset, message: .key(key, op.rawValue, Self.name(type))))
                    }
                }
                return op == .plus || op == .minus ? .int : .bool
            }
        }
    }
}
