import SamenOpScript
import SamenOpModel
import SamenOpText
/// Detectors for identifiers made of digits: BSN, phone numbers, IBANs, postcodes and
/// licence plates. Each returns candidate ranges; ``PrivacyScanner`` resolves overlaps.
extension PrivacyScanner {
    /// Citizen service numbers: nine digits passing the 11-check, written as `123456782`,
    /// `123.456.782`, `123 456 782` or `1234.56.782`.
    static func bsns(in t: PrivacyText) -> [Candidate] {
        var found: [Candidate] = []
        let layouts: [[Int]] = [[9], [3, 3, 3], [4, 2, 3]]
        var next = 0
        for i in t.tokenStarts where i >= next && t.isDigit(i) && !followsDigitSeparator(t, i) {
            for layout in layouts {
                guard let end = match(t, at: i, groups: layout, separators: layout.count == 1 ? [] : [".", " "]) else { continue }
                let digits = t.chars[i..<end].filter(PrivacyText.isASCIIDigit)
                if passesElevenCheck(digits), !isAmount(t, i) {
                    found.append(Candidate(kind: .bsn, start: i, end: end))
                    next = end
                    break
                }
            }
        }
        return found
    }

    /// Digit groups of exactly the given sizes at `i`, separated by one and the same separator,
    /// and not continued by another digit or digit group.
    private static func match(_ t: PrivacyText, at i: Int, groups: [Int], separators: Set<Character>) -> Int? {
        var j = i
        var separator: Character?
        for (n, size) in groups.enumerated() {
            if n > 0 {
                guard let c = t[j], separators.contains(c), separator == nil || separator == c else { return nil }
                separator = c
                j += 1
            }
            guard t.digitRun(at: j) == size else { return nil }
            j += size
        }
        // A further digit group means a longer number (an account, a phone number).
        guard t.endsToken(j) else { return nil }
        if let c = t[j], ".-/".contains(c) || c == separator, t.isDigit(j + 1) { return nil }
        return j
    }

    /// The 11-check (elfproef) of a BSN.
    static func passesElevenCheck(_ digits: [Character]) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 9, values.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (n, value) in values.enumerated() {
            sum += (n == 8 ? -1 : 9 - n) * value
        }
        return sum % 11 == 0
    }

    /// Whether the number at `i` is written as money (`€ 123.456.789`).
    private static func isAmount(_ t: PrivacyText, _ i: Int) -> Bool {
        var j = i - 1
        while t.isSpace(j) { j -= 1 }
        return t[j] == "€" || t[j] == "$" || (j >= 2 && t.string(j - 2..<j + 1).uppercased() == "EUR")
    }

    /// Whether `i` continues a number after a separator (`12-`, `3.`), so is not a start.
    private static func followsDigitSeparator(_ t: PrivacyText, _ i: Int) -> Bool {
        guard let c = t[i - 1], ".-/,".contains(c) else { return false }
        return t.isDigit(i - 2)
    }

    /// Dutch phone numbers: ten digits starting with 0 (`06-12345678`, `020 123 4567`,
    /// `(010) 1234567`) or nine after `+31`/`0031` (with an optional `(0)`); service numbers
    /// (0800, 0900, 0906, 0909, 088) and 112 are not personal and are left alone.
    static func phones(in t: PrivacyText) -> [Candidate] {
        var found: [Candidate] = []
        var next = 0
        for i in t.tokenStarts where i >= next && !followsDigitSeparator(t, i) {
            if let candidate = phone(t, at: i) {
                found.append(candidate)
                next = candidate.end
            }
        }
        return found
    }

    private static func phone(_ t: PrivacyText, at start: Int) -> Candidate? {
        var j = start
        var target = 10
        var digits: [Character] = []
        if t[j] == "+", t[j + 1] == "3", t[j + 2] == "1" {
            j += 3
            target = 9
        } else if t[j] == "0", t[j + 1] == "0", t[j + 2] == "3", t[j + 3] == "1" {
            j += 4
            target = 9
        } else if t[j] == "(", t[j + 1] == "0", t.isDigit(j + 2) {
            j += 1
        } else if !(t[j] == "0" && t.isDigit(j + 1) && t[j + 1] != "0") {
            return nil
        }
        if target == 9 {
            // `+31 (0)20 ...`: the trunk zero in brackets is not dialled.
            var k = j
            while t[k] == " " || t[k] == "-" { k += 1 }
            if t[k] == "(", t[k + 1] == "0", t[k + 2] == ")" { j = k + 3 }
            while t[j] == " " || t[j] == "-" { j += 1 }
            guard t.isDigit(j), t[j] != "0" else { return nil }
        }
        while j < t.count {
            if t.isDigit(j) {
                digits.append(t.chars[j])
                j += 1
                if digits.count == target, !t.isDigit(j) {
                    guard t.endsToken(j), !isServiceNumber(digits, international: target == 9) else { return nil }
                    return Candidate(kind: .phone, start: start, end: j)
                }
                if digits.count > target { return nil }
                continue
            }
            // Between digit groups: a short run of spaces (a line break in a literal text) and
            // at most one dash or dot, or brackets around an area code.
            let groupStart = j
            var dashes = 0
            while let c = t[j], j - groupStart < 3, c == " " || c == "\n" || c == "-" || c == "." || c == ")" || c == "(" {
                if c == "-" || c == "." { dashes += 1 }
                j += 1
            }
            guard j > groupStart, dashes <= 1, t.isDigit(j), t.isDigit(groupStart - 1) || t[groupStart - 1] == ")" else { return nil }
        }
        return nil
    }

    private static func isServiceNumber(_ digits: [Character], international: Bool) -> Bool {
        let national = String(international ? ["0"] + digits : digits)
        return ["0800", "0900", "0906", "0909", "088"].contains { national.hasPrefix($0) }
    }

    /// IBANs, with or without spaces between groups of four, that pass the mod-97 check.
    static func ibans(in t: PrivacyText) -> [Candidate] {
        var found: [Candidate] = []
        var next = 0
        for i in t.tokenStarts where i >= next {
            guard t.isUpperASCII(i), t.isUpperASCII(i + 1), t.isDigit(i + 2), t.isDigit(i + 3) else { continue }
            var compact: [Character] = []
            var boundaries: [(length: Int, end: Int)] = []
            var j = i
            while j < t.count {
                if let c = t[j], c.isASCII, c.isLetter || c.isNumber {
                    compact.append(Character(c.uppercased()))
                    j += 1
                    if !t.isAlnum(j) { boundaries.append((compact.count, j)) }
                } else if t[j] == " ", compact.count % 4 == 0, t.isAlnum(j + 1) {
                    j += 1
                } else {
                    break
                }
            }
            let valid = boundaries.reversed().first { b in
                b.length >= 15 && b.length <= 34 && isValidIBAN(Array(compact.prefix(b.length)))
            }
            if let valid {
                found.append(Candidate(kind: .iban, start: i, end: valid.end))
                next = valid.end
            }
        }
        return found
    }

    /// The ISO 13616 mod-97 check; Dutch IBANs must also have their fixed layout.
    static func isValidIBAN(_ compact: [Character]) -> Bool {
        if compact.starts(with: ["N", "L"]) {
            guard compact.count == 18, compact[4..<8].allSatisfy(\.isLetter), compact[8...].allSatisfy(\.isNumber) else { return false }
        }
        var remainder = 0
        for c in compact[4...] + compact[..<4] {
            guard let value = c.isNumber ? c.wholeNumberValue : c.asciiValue.map({ Int($0) - 55 }) else { return false }
            remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97
        }
        return remainder == 1
    }

    /// Two-letter groups after four digits that are common abbreviations in case texts
    /// (`in 2023 OM ...`), not postcode letters.
    static let postcodeLetterExceptions: Set<String> = [
        "OM", "VT", "PV", "JB", "GI", "HA", "MW", "WT", "NL", "EU", "OK", "AM", "PM", "TV", "ID", "VS", "UK",
    ]

    /// Two-letter Dutch and English words that follow a year in running text (`in 1995 en
    /// 1996`, `2019 is`): a lowercase pair after a space is a postcode only when it is none of these.
    static let postcodeLowercaseWords: Set<String> = [
        "en", "de", "is", "in", "op", "om", "te", "al", "na", "of", "nu", "ze", "we", "je", "er", "af", "uw",
        "zo", "ja", "ik", "nl", "eu", "ok", "at", "to", "on", "or", "an", "as", "by", "it", "if", "so", "pm", "am",
        "tv", "id", "vs", "uk", "pv", "vt", "wt", "jb", "mw", "ha", "gi", "ad",
    ]

    /// Dutch postcodes: `1234 AB` or `1234AB`, four digits from 1000, two capitals other than
    /// SA, SD and SS (which are never issued). Typed in lowercase (`1234ab`, `1234 ab`) too,
    /// except a lowercase pair after a space that is a common word (``postcodeLowercaseWords``).
    static func postcodes(in t: PrivacyText) -> [Candidate] {
        var found: [Candidate] = []
        for i in t.tokenStarts where t.isDigit(i) && t[i] != "0" && !followsDigitSeparator(t, i) {
            guard t.digitRun(at: i) == 4 else { continue }
            var j = i + 4
            let spaced = t[j] == " "
            if spaced { j += 1 }
            guard t.isASCIILetter(j), t.isASCIILetter(j + 1), !t.isAlnum(j + 2) else { continue }
            let written = t.string(j..<j + 2)
            let letters = written.uppercased()
            let upper = t.isUpperASCII(j) && t.isUpperASCII(j + 1)
            if !upper {
                // Lowercase, both letters: a pair after a space must not be a word.
                guard written == written.lowercased(), !(spaced && postcodeLowercaseWords.contains(written)) else { continue }
            }
            guard !["SA", "SD", "SS"].contains(letters), !postcodeLetterExceptions.contains(letters) else { continue }
            found.append(Candidate(kind: .postcode, start: i, end: j + 2))
        }
        return found
    }

    /// The layouts (sidecodes) of Dutch licence plates: L a capital, D a digit.
    static let plateShapes: Set<String> = [
        "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
        "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
    ]

    /// Dutch licence plates written with their dashes (`12-ABC-3`, `AB-12-CD`), also in
    /// lowercase (`12-abc-3`); the dashes and the exact layout make a word unlikely.
    static func plates(in t: PrivacyText) -> [Candidate] {
        var found: [Candidate] = []
        for i in t.tokenStarts where (t.isDigit(i) || t.isASCIILetter(i)) && t[i - 1] != "-" {
            var shape = ""
            var j = i
            while j < t.count, j - i < 9 {
                if t.isDigit(j) {
                    shape.append("D")
                } else if t.isASCIILetter(j) {
                    shape.append("L")
                } else if t[j] == "-" {
                    shape.append("-")
                } else {
                    break
                }
                j += 1
            }
            guard t.endsToken(j), t[j] != "-", plateShapes.contains(shape) else { continue }
            found.append(Candidate(kind: .licencePlate, start: i, end: j))
        }
        return found
    }
}
