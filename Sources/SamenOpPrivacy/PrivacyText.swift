import SamenOpScript
import SamenOpModel
import SamenOpText
/// A text prepared for the detectors: characters addressable by integer offset.
///
/// Scenario texts are short, so an array of `Character`s keeps the detectors simple and
/// linear without `String.Index` arithmetic.
struct PrivacyText {
    let chars: [Character]
    /// Each character's class bits, computed once: the detectors ask about every character
    /// many times, and Unicode property look-ups are slow.
    private let classes: [UInt8]

    /// Whether the text has an ASCII digit, a capital letter, an `@`: detectors that need
    /// one are skipped without it (most texts have no identifiers at all).
    let hasDigit: Bool, hasCapital: Bool, hasAt: Bool

    private static let digit: UInt8 = 1, letter: UInt8 = 2, number: UInt8 = 4, space: UInt8 = 8
    private static let upperASCII: UInt8 = 16, upper: UInt8 = 32

    init(_ text: String) {
        // A no-break space (U+00A0, U+202F, U+2007) inside a number (`06 12 34 56 78` from a
        // word processor) is read as a space; each is one character, so offsets stay the same.
        chars = Array(text).map { Self.noBreakSpaces.contains($0) ? " " : $0 }
        classes = chars.map { c in
            if let ascii = c.asciiValue {
                switch ascii {
                case 48...57: return Self.digit | Self.number
                case 65...90: return Self.letter | Self.upperASCII | Self.upper
                case 97...122: return Self.letter
                case 9, 10, 11, 12, 13, 32: return Self.space
                default: return 0
                }
            }
            return (c.isLetter ? Self.letter : 0) | (c.isNumber ? Self.number : 0) | (c.isWhitespace ? Self.space : 0)
                | (c.isUppercase ? Self.upper : 0)
        }
        let all = classes.reduce(0, |)
        hasDigit = all & Self.digit != 0
        hasCapital = all & Self.upper != 0
        hasAt = chars.contains("@")
        // Where a token can start: a letter or digit after neither, or a `+`/`(` (phone
        // numbers). The detectors only try these offsets.
        var starts: [Int] = []
        let alnum = Self.letter | Self.number
        for i in classes.indices where i == 0 || classes[i - 1] & alnum == 0 {
            if classes[i] & alnum != 0 || chars[i] == "+" || chars[i] == "(" { starts.append(i) }
        }
        tokenStarts = starts
        if hasCapital {
            words = findWords(joiningHyphens: true)
            splitWords = findWords(joiningHyphens: false)
        }
    }

    static let noBreakSpaces: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2007}"]

    /// Offsets where a token can start (see `init`).
    let tokenStarts: [Int]
    /// Every word (letters, with inner hyphens or apostrophes), in order; empty when the
    /// text has no capital, since only the name detectors need words.
    private(set) var words: [Range<Int>] = []
    /// The same, split at hyphens and apostrophes (`Jansen-de Vries` is three words).
    private(set) var splitWords: [Range<Int>] = []

    var count: Int { chars.count }

    subscript(_ i: Int) -> Character? { i >= 0 && i < chars.count ? chars[i] : nil }

    private func has(_ i: Int, _ bits: UInt8) -> Bool { i >= 0 && i < classes.count && classes[i] & bits != 0 }

    func isDigit(_ i: Int) -> Bool { has(i, Self.digit) }
    func isLetter(_ i: Int) -> Bool { has(i, Self.letter) }
    func isAlnum(_ i: Int) -> Bool { has(i, Self.letter | Self.number) }
    func isUpperASCII(_ i: Int) -> Bool { has(i, Self.upperASCII) }
    func isSpace(_ i: Int) -> Bool { has(i, Self.space) }
    /// An ASCII letter, either case.
    func isASCIILetter(_ i: Int) -> Bool { self[i].map { $0.isASCII && $0.isLetter } ?? false }

    static func isASCIIDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isUpperASCII(_ c: Character) -> Bool { c.isASCII && c.isUppercase }

    /// The run of ASCII digits starting at `i` (may be empty).
    func digitRun(at i: Int) -> Int {
        var j = i
        while isDigit(j) { j += 1 }
        return j - i
    }

    /// The integer value of the digits in `range`.
    /// The integer value of the digits in `range`, held at `Int.max` for a run of digits too
    /// long to be a day, month or year (it then matches nothing).
    func number(_ range: Range<Int>) -> Int {
        var value = 0
        for i in range {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(chars[i].wholeNumberValue ?? 0)
            if o1 || o2 { return .max }
            value = sum
        }
        return value
    }

    func string(_ range: Range<Int>) -> String { String(chars[range]) }

    /// The word (letters, with inner hyphens or apostrophes) that starts at `i`, as an end
    /// offset; `i` itself when no letter starts there.
    func wordEnd(at i: Int, joiningHyphens: Bool = true) -> Int {
        var j = i
        while j < count {
            if isLetter(j) {
                j += 1
            } else if joiningHyphens, chars[j] == "-" || chars[j] == "'" || chars[j] == "’", isLetter(j - 1), isLetter(j + 1) {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    private func findWords(joiningHyphens: Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < count {
            if isLetter(i) {
                let end = wordEnd(at: i, joiningHyphens: joiningHyphens)
                result.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether a token ending before `end` is not glued to a following letter or digit.
    func endsToken(_ end: Int) -> Bool { !isAlnum(end) }

    /// Whether a capitalised word at `i` opens a sentence (or a line, a list item or a quote),
    /// where a capital says nothing about whether the word is a name.
    func isSentenceStart(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 {
            let c = chars[j]
            if c == "\n" { return true }
            if c.isWhitespace || "\"'“‘«([-*•".contains(c) {
                j -= 1
                continue
            }
            return ".!?:;…".contains(c)
        }
        return true
    }
}
