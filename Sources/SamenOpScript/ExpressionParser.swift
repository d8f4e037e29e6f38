import SamenOpModel
import SamenOpText
/// Parses the `if` grammar of the scenario contract by recursive descent.
///
/// ```
/// expr := or;  or := and ("or" and)*;  and := not ("and" not)*;  not := "not" not | cmp
/// cmp  := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?;  sum := atom (("+" | "-") atom)*
/// atom := INT | "true" | "false" | STRING | IDENT | "(" expr ")" | "visited(" ID ")" | "revealed(" ID ")"
/// ```
struct ExpressionParser {
    /// Deeper nesting than this is refused, so that a hostile file cannot exhaust the stack.
    static let maximumDepth = 64
    /// More tokens than this (values, names, operators, brackets) are refused before parsing.
    /// A real condition has a few dozen; a chain of 15,000 `and`s built a tree that every
    /// later walk (the checks, evaluation, even freeing it) followed recursively until the
    /// stack ran out. Bounded here, every tree is at most this deep, and the parser's own
    /// binary levels are loops (only `not` and brackets recurse, at most `maximumDepth`).
    static let maximumTokens = 500

    private let tokens: [ExpressionToken]
    private var position = 0
    private var depth = 0

    /// Parses `source`, or returns the first problem.
    static func parse(_ source: String) -> Result<ParsedExpression, ExpressionProblem> {
        do {
            let tokens = try ExpressionLexer.tokens(source)
            if tokens.count - 1 > maximumTokens {
                // Nesting that is too deep within the allowed length is the clearer message.
                if let deep = firstTooDeep(tokens.prefix(maximumTokens)) {
                    throw ExpressionProblem(code: "SO040", offset: deep.offset, message: .key(.diagSO040TooDeep, maximumDepth))
                }
                throw ExpressionProblem(code: "SO040", offset: tokens[maximumTokens].offset,
                                        message: .key(.diagSO040TooLong, maximumTokens), hint: .key(.diagSO040TooLongHint))
            }
            var parser = ExpressionParser(tokens: tokens)
            let expression = try parser.parseOr()
            let next = parser.peek
            if next.kind != .end {
                throw parser.unexpected(next, expected: .key(.diagSO040ExpectedOperator))
            }
            return .success(expression)
        } catch let problem as ExpressionProblem {
            return .failure(problem)
        } catch {
            return .failure(ExpressionProblem(code: "SO040", offset: 0, message: .verbatim("\(error)")))
        }
    }

    private init(tokens: [ExpressionToken]) { self.tokens = tokens }

    /// The first `not` or `(` that nests deeper than ``maximumDepth``, counted without parsing
    /// as the parser counts: each open bracket and each `not` of an unbroken run is a level.
    private static func firstTooDeep(_ tokens: ArraySlice<ExpressionToken>) -> ExpressionToken? {
        var brackets = 0, nots = 0
        for token in tokens {
            switch token.kind {
            case .word("not"): nots += 1
            case .symbol("("): brackets += 1; nots = 0
            case .symbol(")"): brackets = max(0, brackets - 1); nots = 0
            default: nots = 0
            }
            if brackets + nots > maximumDepth { return token }
        }
        return nil
    }

    private var peek: ExpressionToken { tokens[position] }

    private mutating func advance() -> ExpressionToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func parseOr() throws -> ParsedExpression {
        var lhs = try parseAnd()
        while peek.kind == .word("or") {
            let op = advance()
            lhs = .binary(.or, lhs, try parseAnd(after: op), offset: op.offset)
        }
        return lhs
    }

    private mutating func parseAnd(after op: ExpressionToken? = nil) throws -> ParsedExpression {
        var lhs = try parseNot(after: op)
        while peek.kind == .word("and") {
            let op = advance()
            lhs = .binary(.and, lhs, try parseNot(after: op), offset: op.offset)
        }
        return lhs
    }

    private mutating func parseNot(after op: ExpressionToken? = nil) throws -> ParsedExpression {
        if peek.kind == .word("not") {
            let not = advance()
            depth += 1
            defer { depth -= 1 }
            if depth > Self.maximumDepth { throw tooDeep(not) }
            return .not(try parseNot(after: not), offset: not.offset)
        }
        return try parseComparison(after: op)
    }

    private mutating func parseComparison(after op: ExpressionToken?) throws -> ParsedExpression {
        let lhs = try parseSum(after: op)
        if case .symbol(let symbol) = peek.kind,
           let comparison = BinaryOperator(rawValue: symbol), ["==", "!=", "<", "<=", ">", ">="].contains(symbol) {
            let op = advance()
            let rhs = try parseSum(after: op)
            if case .symbol(let next) = peek.kind, ["==", "!=", "<", "<=", ">", ">="].contains(next) {
                throw ExpressionProblem(code: "SO040", offset: peek.offset, message: .key(.diagSO040Chained),
                                        hint: .key(.diagSO040ChainedHint))
            }
            return .binary(comparison, lhs, rhs, offset: op.offset)
        }
        return lhs
    }

    private mutating func parseSum(after op: ExpressionToken?) throws -> ParsedExpression {
        var lhs = try parseAtom(after: op)
        while case .symbol(let symbol) = peek.kind, symbol == "+" || symbol == "-" {
            let op = advance()
            lhs = .binary(symbol == "+" ? .plus : .minus, lhs, try parseAtom(after: op), offset: op.offset)
        }
        return lhs
    }

    private mutating func parseAtom(after op: ExpressionToken?) throws -> ParsedExpression {
        let token = advance()
        switch token.kind {
        case .int(let value):
            return .literal(.int(value), offset: token.offset)
        case .string(let value):
            return .literal(.string(value), offset: token.offset)
        case .word("true"):
            return .literal(.bool(true), offset: token.offset)
        case .word("false"):
            return .literal(.bool(false), offset: token.offset)
        case .word(let word) where ["and", "or", "not"].contains(word):
            throw unexpected(token, expected: .key(.diagSO040ExpectedValue), after: op)
        case .word(let name):
            return .variable(name, offset: token.offset)
        case .call(let function, let argument, let argumentOffset):
            return function == "visited"
                ? .visited(argument, offset: token.offset, argumentOffset: argumentOffset)
                : .revealed(argument, offset: token.offset, argumentOffset: argumentOffset)
        case .symbol("("):
            depth += 1
            defer { depth -= 1 }
            if depth > Self.maximumDepth { throw tooDeep(token) }
            let inner = try parseOr()
            guard peek.kind == .symbol(")") else {
                throw ExpressionProblem(code: "SO040", offset: peek.offset,
                                        message: .key(.diagSO040MissingParen),
                                        hint: .key(.diagSO040MissingParenHint))
            }
            _ = advance()
            return inner
        default:
            throw unexpected(token, expected: .key(.diagSO040ExpectedValue), after: op)
        }
    }

    private func tooDeep(_ token: ExpressionToken) -> ExpressionProblem {
        ExpressionProblem(code: "SO040", offset: token.offset, message: .key(.diagSO040TooDeep, Self.maximumDepth))
    }

    private func unexpected(_ token: ExpressionToken, expected: LocalizedMessage, after op: ExpressionToken? = nil) -> ExpressionProblem {
        let message: LocalizedMessage = switch (token.kind == .end, op) {
        case (true, nil): .key(.diagSO040ExpectedEnd, expected)
        case (true, let op?): .key(.diagSO040ExpectedEndAfter, expected, op.text)
        case (false, nil): .key(.diagSO040ExpectedFound, expected, token.text)
        case (false, let op?): .key(.diagSO040ExpectedFoundAfter, expected, op.text, token.text)
        }
        return ExpressionProblem(code: "SO040", offset: token.offset, message: message,
                                 hint: token.kind == .end ? nil : ExpressionLexer.hint(for: token.text))
    }
}
