import SamenOpModel
import SamenOpText
/// One token of an `if` expression, with its offset in Unicode scalars.
struct ExpressionToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case int(Int)
        case string(String)
        /// A name: a variable, or one of `and`, `or`, `not`, `true`, `false`.
        case word(String)
        /// `visited(id)` or `revealed(id)`, read as one token because ids may hold hyphens.
        case call(String, argument: String, argumentOffset: Int)
        case symbol(String)
        case end
    }

    var kind: Kind
    var offset: Int
    /// The token as written.
    var text: String
}

/// Splits an `if` expression into tokens.
enum ExpressionLexer {
    static func tokens(_ source: String) throws(ExpressionProblem) -> [ExpressionToken] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [ExpressionToken] = []
        var i = 0
        func text(_ range: Range<Int>) -> String {
            var out = ""
            out.unicodeScalars.append(contentsOf: scalars[range])
            return out
        }
        func isNameStart(_ s: Unicode.Scalar) -> Bool { s.isLowercaseASCIILetter || (s.value >= 65 && s.value <= 90) || s == "_" }
        func isName(_ s: Unicode.Scalar) -> Bool { isNameStart(s) || s.isASCIIDigit }
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1; continue }
            let start = i
            if c.isASCIIDigit {
                while i < scalars.count, scalars[i].isASCIIDigit { i += 1 }
                if i < scalars.count, isNameStart(scalars[i]) {
                    throw ExpressionProblem(code: "SO040", offset: start, message: .key(.diagSO040DigitName))
                }
                guard let value = Int(text(start..<i)) else {
                    throw ExpressionProblem(code: "SO040", offset: start, message: .key(.diagSO040NumberTooLarge, text(start..<i)))
                }
                tokens.append(ExpressionToken(kind: .int(value), offset: start, text: text(start..<i)))
            } else if isNameStart(c) {
                while i < scalars.count, isName(scalars[i]) { i += 1 }
                let word = text(start..<i)
                var j = i
                while j < scalars.count, scalars[j] == " " { j += 1 }
                if word == "visited" || word == "revealed", j < scalars.count, scalars[j] == "(" {
                    j += 1
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                    let argumentStart = j
                    while j < scalars.count, scalars[j] != ")", scalars[j] != " ", scalars[j] != "(" { j += 1 }
                    let argument = text(argumentStart..<j)
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                    guard j < scalars.count, scalars[j] == ")" else {
                        throw ExpressionProblem(code: "SO040", offset: j, message: .key(.diagSO040CallUnclosed, word, argument),
                                                hint: .key(word == "visited" ? .diagSO040VisitedHint : .diagSO040RevealedHint))
                    }
                    guard !argument.isEmpty else {
                        throw ExpressionProblem(code: "SO040", offset: argumentStart,
                                                message: .key(word == "visited" ? .diagSO040VisitedEmpty : .diagSO040RevealedEmpty))
                    }
                    i = j + 1
                    tokens.append(ExpressionToken(kind: .call(word, argument: argument, argumentOffset: argumentStart),
                                                  offset: start, text: text(start..<i)))
                } else {
                    tokens.append(ExpressionToken(kind: .word(word), offset: start, text: word))
                }
            } else if c == "\"" {
                i += 1
                var value = ""
                var closed = false
                while i < scalars.count {
                    let s = scalars[i]
                    if s == "\\", i + 1 < scalars.count { value.unicodeScalars.append(scalars[i + 1]); i += 2; continue }
                    if s == "\"" { closed = true; i += 1; break }
                    value.unicodeScalars.append(s)
                    i += 1
                }
                guard closed else {
                    throw ExpressionProblem(code: "SO040", offset: start, message: .key(.diagSO040UnclosedText))
                }
                tokens.append(ExpressionToken(kind: .string(value), offset: start, text: text(start..<i)))
            } else {
                let two = i + 1 < scalars.count ? text(i..<(i + 2)) : ""
                if ["==", "!=", "<=", ">="].contains(two) {
                    i += 2
                    tokens.append(ExpressionToken(kind: .symbol(two), offset: start, text: two))
                } else if ["<", ">", "+", "-", "(", ")"].contains(String(c)) {
                    i += 1
                    tokens.append(ExpressionToken(kind: .symbol(String(c)), offset: start, text: String(c)))
                } else {
                    let written = ["&&", "||"].contains(two) ? two : String(c)
                    throw ExpressionProblem(code: "SO040", offset: start, message: .key(.diagSO040Unexpected, written),
                                            hint: hint(for: written))
                }
            }
        }
        tokens.append(ExpressionToken(kind: .end, offset: scalars.count, text: ""))
        return tokens
    }

    /// Hints for operators people bring from other languages.
    static func hint(for written: String) -> LocalizedMessage? {
        switch written {
        case "&&", "&": .key(.diagSO040HintWrite, "and")
        case "||", "|": .key(.diagSO040HintWrite, "or")
        case "!": .key(.diagSO040HintWrite, "not")
        case "=": .key(.diagSO040HintCompare)
        case "'": .key(.diagSO040HintQuotes)
        default: nil
        }
    }
}
