import SamenOpModel
import SamenOpText
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
                code: "SO045", offset: expression.offset, message: .key(.diagSO045, Self.name(type)),
                hint: .key(.diagSO045Hint, type == .int ? "veiligheid >= 5" : "status == \"open\"")))
        }
    }

    /// "a number", "true or false", "text".
    static func name(_ type: ValueType) -> LocalizedMessage {
        switch type {
        case .int: .key(.diagTypeInt)
        case .bool: .key(.diagTypeBool)
        case .string: .key(.diagTypeString)
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
                code: "SO041", offset: offset, message: .key(.diagSO041, name),
                hint: Suggestion.closest(to: name, in: variables.keys.sorted()).map { .key(.diagHintDidYouMean, $0) }
                    ?? .key(.diagSO041Hint)))
            return nil
        case .visited(let scene, _, let offset):
            if !scenes.contains(scene) {
                problems.append(ExpressionProblem(
                    code: "SO042", offset: offset, message: .key(.diagSO042, scene),
                    hint: Suggestion.closest(to: scene, in: scenes.sorted()).map { .key(.diagHintDidYouMean, $0) }))
            }
            return .bool
        case .revealed(let card, _, let offset):
            if !cards.contains(card) {
                problems.append(ExpressionProblem(
                    code: "SO043", offset: offset, message: .key(.diagSO043, card),
                    hint: Suggestion.closest(to: card, in: cards.sorted()).map { .key(.diagHintDidYouMean, $0) }))
            }
            return .bool
        case .not(let inner, let offset):
            if let type = type(of: inner), type != .bool {
                problems.append(ExpressionProblem(
                    code: "SO044", offset: offset, message: .key(.diagSO044Not, Self.name(type))))
            }
            return .bool
        case .binary(let op, let lhs, let rhs, let offset):
            let left = type(of: lhs), right = type(of: rhs)
            switch op {
            case .and, .or:
                for (key, type) in [(TextKey.diagSO044BoolLeft, left), (.diagSO044BoolRight, right)] {
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
                        message: .key(.diagSO044Compares, op.rawValue, Self.name(left), Self.name(right)),
                        hint: .key(.diagSO044ComparesHint)))
                }
                return .bool
            case .less, .lessOrEqual, .greater, .greaterOrEqual, .plus, .minus:
                for (key, type) in [(TextKey.diagSO044NumbersLeft, left), (.diagSO044NumbersRight, right)] {
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
