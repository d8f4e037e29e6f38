import SamenOpScript
import SamenOpModel
import SamenOpText
/// The date detector: full dates (day, month and year) that could be a date of birth.
///
/// A year alone (`2023`), a day and month without a year (`vr 12 maart`, a timeline label),
/// times (`22:10`) and week numbers are not dates of birth and are left alone.
extension PrivacyScanner {
    /// Month names and abbreviations, Dutch and English, lowercased, with their number.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["januari", "january", "jan"], ["februari", "february", "feb", "febr"],
            ["maart", "march", "mrt", "mar"], ["april", "apr"], ["mei", "may"],
            ["juni", "june", "jun"], ["juli", "july", "jul"], ["augustus", "august", "aug"],
            ["september", "sep", "sept"], ["oktober", "october", "okt", "oct"],
            ["november", "nov"], ["december", "dec"],
        ]
        var table: [String: Int] = [:]
        for (n, list) in names.enumerated() {
            for name in list { table[name] = n + 1 }
        }
        return table
    }()

    static func dates(in t: PrivacyText) -> [Candidate] {
        var found: [Candidate] = []
        var next = 0
        for i in t.tokenStarts where i >= next {
            if let end = numericDate(t, at: i) ?? writtenDate(t, at: i) {
                found.append(Candidate(kind: .date, start: i, end: end))
                next = end
            }
        }
        return found
    }

    /// `12-03-2015`, `12/3/2015`, `12.03.15` (day first) and `2015-03-12` (year first).
    private static func numericDate(_ t: PrivacyText, at i: Int) -> Int? {
        guard t.isDigit(i), !(t[i - 1].map { "-/.".contains($0) } ?? false && t.isDigit(i - 2)) else { return nil }
        let first = t.digitRun(at: i)
        guard let separator = t[i + first], "-/.".contains(separator) else { return nil }
        let secondStart = i + first + 1
        let second = t.digitRun(at: secondStart)
        guard second >= 1, second <= 2, t[secondStart + second] == separator else { return nil }
        // `12-03-'15`: an apostrophe before a two-digit year.
        let apostrophe = t[secondStart + second + 1].map { $0 == "'" || $0 == "’" } ?? false
        let thirdStart = secondStart + second + 1 + (apostrophe ? 1 : 0)
        let third = t.digitRun(at: thirdStart)
        if apostrophe, third != 2 { return nil }
        let end = thirdStart + third
        guard t.endsToken(end), !(t[end].map { "-/.".contains($0) } ?? false && t.isDigit(end + 1)) else { return nil }
        let a = t.number(i..<i + first), b = t.number(secondStart..<secondStart + second)
        let c = t.number(thirdStart..<end)
        if first == 4, third >= 1, third <= 2, separator != ".", !apostrophe {
            return isValid(day: c, month: b, year: a) ? end : nil
        }
        guard first <= 2, third == 4 || third == 2 else { return nil }
        return isValid(day: a, month: b, year: third == 2 ? 2000 : c) ? end : nil
    }

    /// `3 maart 2015`, `12e maart 2015`, `12 March 2015`, `March 12, 2015`, `12 mrt. 2015`.
    private static func writtenDate(_ t: PrivacyText, at i: Int) -> Int? {
        if t.isDigit(i) {
            let dayLength = t.digitRun(at: i)
            guard dayLength <= 2 else { return nil }
            var j = skipOrdinal(t, i + dayLength)
            guard let (month, afterMonth) = monthName(t, at: skipSpaces(t, j, required: true)) else { return nil }
            j = skipSpaces(t, afterMonth, required: true)
            guard let (year, end) = year(t, at: j) else { return nil }
            return isValid(day: t.number(i..<i + dayLength), month: month, year: year) ? end : nil
        }
        guard t.isLetter(i), let (month, afterMonth) = monthName(t, at: i) else { return nil }
        let dayStart = skipSpaces(t, afterMonth, required: true)
        let dayLength = t.digitRun(at: dayStart)
        guard dayLength >= 1, dayLength <= 2 else { return nil }
        var j = skipOrdinal(t, dayStart + dayLength)
        if t[j] == "," { j += 1 }
        j = skipSpaces(t, j, required: true)
        guard let (year, end) = year(t, at: j) else { return nil }
        return isValid(day: t.number(dayStart..<dayStart + dayLength), month: month, year: year) ? end : nil
    }

    /// A year at `j`: four digits (`2015`), or an apostrophe and two (`'15`, `’15`, read as
    /// 2000-2099 like a two-digit numeric date); the year and where it ends.
    private static func year(_ t: PrivacyText, at j: Int) -> (Int, Int)? {
        if t.digitRun(at: j) == 4, t.endsToken(j + 4) { return (t.number(j..<j + 4), j + 4) }
        if let c = t[j], c == "'" || c == "’", t.digitRun(at: j + 1) == 2, t.endsToken(j + 3) {
            return (2000 + t.number(j + 1..<j + 3), j + 3)
        }
        return nil
    }

    /// A month name at `i` (a whole word, optionally with an abbreviation's dot) and where it ends.
    private static func monthName(_ t: PrivacyText, at i: Int) -> (Int, Int)? {
        // Every month name starts with one of these letters; most words are skipped here.
        guard let first = t[i], "jfmasondJFMASOND".contains(first), !t.isLetter(i - 1) else { return nil }
        var end = i
        while t.isLetter(end) { end += 1 }
        guard let month = months[t.string(i..<end).lowercased()] else { return nil }
        return (month, t[end] == "." ? end + 1 : end)
    }

    private static func skipOrdinal(_ t: PrivacyText, _ i: Int) -> Int {
        for suffix in ["st", "nd", "rd", "th", "ste", "de", "e"] {
            let chars = Array(suffix)
            if (0..<chars.count).allSatisfy({ t[i + $0] == chars[$0] }), !t.isLetter(i + chars.count) {
                return i + chars.count
            }
        }
        return i
    }

    /// `i` moved past spaces (`-1` if `required` and there are none, which no match accepts).
    private static func skipSpaces(_ t: PrivacyText, _ i: Int, required: Bool) -> Int {
        var j = i
        while t.isSpace(j) { j += 1 }
        return required && j == i ? -1 : j
    }

    private static func isValid(day: Int, month: Int, year: Int) -> Bool {
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard month >= 1, month <= 12, year >= 1900, year <= 2099 else { return false }
        return day >= 1 && day <= lengths[month - 1]
    }
}
