import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpPrivacy

/// The variant forms the trial found that the check missed, and the long text it was slow on.
@Suite("Privacy: variant forms")
struct PrivacyVariantTests {
    @Test("numbers with no-break spaces (from a word processor) are found", arguments: [
        ("bel 06\u{00A0}12345678 vandaag", "phone 06\u{00A0}12345678"),
        ("bel 020\u{00A0}123\u{00A0}4567 vandaag", "phone 020\u{00A0}123\u{00A0}4567"),
        ("bsn 123\u{202F}456\u{202F}782 staat erin", "bsn 123\u{202F}456\u{202F}782"),
        ("woont op 1234\u{00A0}AB in", "postcode 1234\u{00A0}AB"),
    ])
    func noBreakSpaces(text: String, expected: String) {
        #expect(findings(text) == [expected])
    }

    @Test("lowercase postcodes and licence plates are found", arguments: [
        ("woont op 1234ab sinds", "postcode 1234ab"),
        ("woont op 1234 kl sinds", "postcode 1234 kl"),
        ("de auto 12-abc-3 stond er", "licence-plate 12-abc-3"),
        ("de auto ab-12-cd stond er", "licence-plate ab-12-cd"),
    ])
    func lowercase(text: String, expected: String) {
        #expect(findings(text) == [expected])
    }

    @Test("a year followed by a short word is not a postcode", arguments: [
        "in 1995 en 1996", "sinds 2019 is het", "in 2020 op straat", "in 2023 om acht uur",
    ])
    func yearThenWord(text: String) {
        #expect(findings(text) == [])
    }

    @Test("dates with a two-digit year after an apostrophe are found", arguments: [
        "12 maart '15", "3 mei ’16", "12-03-'15", "March 12, '15",
    ])
    func apostropheYear(text: String) {
        #expect(findings("geboren \(text) in Utrecht") == ["date \(text)"])
    }

    @Test("an endless run of digits is no date and no crash")
    func longDigitRun() {
        let digits = String(repeating: "9", count: 400)
        #expect(findings("op 1-2-\(digits) en \(digits)-1-2 en 12 maart \(digits)") == [])
    }

    @Test("a long text with thousands of findings is placed finding by finding in the file")
    func denseText() {
        let unit = "Mevrouw Jansen (06-12345678) woont op 1234 AB. "
        let yaml = Fixture.valid.replacingOccurrences(of: "summary: Een kleine casus.",
                                                      with: "summary: \"" + String(repeating: unit, count: 2_000) + "\"")
        let result = Fixture.load(yaml)
        let check = PrivacyScanner.check(result, source: yaml)
        #expect(check.diagnostics.count == 6_000)
        // Every phone number at its own place, in order, the last one in the last unit.
        let columns = check.diagnostics.filter { $0.code == "SO101" }.compactMap { $0.location?.column }
        #expect(columns.count == 2_000)
        #expect(zip(columns, columns.dropFirst()).allSatisfy { $1 - $0 == unit.unicodeScalars.count })
        #expect((columns.last ?? 0) > 1_999 * unit.unicodeScalars.count)
    }
}
