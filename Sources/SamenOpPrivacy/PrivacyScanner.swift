import SamenOpScript
import SamenOpModel
import SamenOpText
/// Looks for what could identify a family in a scenario's text: the privacy check of
/// `samenop check --privacy`.
///
/// A past case is real material. Before a team uses one, every text in it (title, summary,
/// scenes, choices, feedback, outcomes, cards, roles, reflection questions), and then every
/// line of the file on its own (comments, `x-` keys, mistyped keys), is scanned for citizen
/// service numbers, phone numbers, postcodes, e-mail addresses, IBANs, licence plates, full
/// dates, street addresses and names. Each finding
/// becomes an error at the identifier's exact line and column, with the identifier masked and
/// a placeholder suggested:
///
/// ```swift
/// let diagnostics = PrivacyScanner.scan(scenario, source: text)
/// ```
///
/// The detectors prefer a missed oddity over a false alarm on ordinary case text: times,
/// durations, years, ages, amounts, 112 and 0800/0900 numbers, and placeholders pass.
public enum PrivacyScanner {
    /// A detector's match, as offsets into a ``PrivacyText``.
    struct Candidate: Hashable {
        var kind: PrivacyKind
        var start: Int
        var end: Int
    }

    /// When two matches overlap, the earlier kind in this list wins (an IBAN holds digits that
    /// could look like a BSN; a date could look like a phone number).
    static let priority: [PrivacyKind] = [
        .email, .iban, .date, .phone, .bsn, .postcode, .licencePlate, .address, .titledName, .surname, .firstName,
    ]

    /// Every finding in `text`, in text order.
    public static func scan(text: String) -> [PrivacyFinding] {
        let t = PrivacyText(text)
        var all: [Candidate] = []
        if t.hasAt { all += emails(in: t) }
        if t.hasDigit {
            all += ibans(in: t) + dates(in: t) + phones(in: t) + bsns(in: t) + postcodes(in: t) + plates(in: t)
            if t.hasCapital { all += addresses(in: t) }
        }
        if t.hasCapital {
            all += titledNames(in: t)
            let listed = listedNames(in: t)
            if !listed.isEmpty {
                let organisations = organisations(in: t)
                all += listed.filter { name in
                    !organisations.contains { $0.lowerBound <= name.start && name.end <= $0.upperBound }
                }
            }
        }
        // Highest priority first; a candidate overlapping an accepted one is dropped.
        var accepted: [Candidate] = []
        var taken = [Bool](repeating: false, count: all.isEmpty ? 0 : t.count)
        for kind in priority {
            for candidate in all where candidate.kind == kind && !taken[candidate.start..<candidate.end].contains(true) {
                accepted.append(candidate)
                for i in candidate.start..<candidate.end { taken[i] = true }
            }
        }
        accepted.sort { $0.start < $1.start }
        guard !accepted.isEmpty else { return [] }
        let indices = Array(text.indices) + [text.endIndex]
        return accepted.map { c in
            PrivacyFinding(
                kind: c.kind, range: indices[c.start]..<indices[c.end], offset: c.start, length: c.end - c.start,
                masked: PrivacyMask.mask(t.string(c.start..<c.end), kind: c.kind))
        }
    }

    /// E-mail addresses (`naam@domein.nl`).
    static func emails(in t: PrivacyText) -> [Candidate] {
        func isLocal(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._%+-".contains($0)) } ?? false }
        func isDomain(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber || ".-".contains($0)) } ?? false }
        var found: [Candidate] = []
        for at in 0..<t.count where t[at] == "@" {
            var start = at
            while isLocal(t[start - 1]) { start -= 1 }
            while start < at, t[start] == "." { start += 1 }
            var end = at + 1
            while isDomain(t[end]) { end += 1 }
            while end > at + 1, t[end - 1] == "." || t[end - 1] == "-" { end -= 1 }
            let domain = t.string(at + 1..<end)
            guard start < at, let dot = domain.lastIndex(of: "."), domain[domain.index(after: dot)...].count >= 2,
                domain[domain.index(after: dot)...].allSatisfy(\.isLetter), !domain.hasPrefix(".")
            else { continue }
            found.append(Candidate(kind: .email, start: start, end: end))
        }
        return found
    }
}
