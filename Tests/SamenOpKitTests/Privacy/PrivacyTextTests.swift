import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// `kind identifier` for every finding in `text`, so expectations read as the text they test.
func findings(_ text: String) -> [String] {
    PrivacyScanner.scan(text: text).map { "\($0.kind.rawValue) \(text[$0.range])" }
}

@Suite("Privacy: numbers")
struct PrivacyNumberTests {
    @Test("a BSN that passes the 11-check is found, plain or grouped", arguments: [
        "BSN 123456782 van moeder", "bsn: 111222333.", "nummer 123.456.782 genoteerd", "123 456 782",
        "(1234.56.782)",
    ])
    func bsn(text: String) {
        let found = findings(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("bsn ") == true)
    }

    @Test("nine digits failing the 11-check, longer numbers and amounts are not a BSN", arguments: [
        "dossiernummer 123456789", "1234567820", "€ 123.456.782", "000000000", "12345678", "123.456.789",
    ])
    func bsnNearMiss(text: String) {
        #expect(findings(text) == [])
    }

    @Test("the 11-check", arguments: [("123456782", true), ("111222333", true), ("123456789", false), ("000000000", false)])
    func elevenCheck(digits: String, valid: Bool) {
        #expect(PrivacyScanner.passesElevenCheck(Array(digits)) == valid)
    }

    @Test("Dutch phone numbers are found in their usual forms", arguments: [
        ("bel 06-12345678 terug", "06-12345678"), ("06 12345678", "06 12345678"), ("0612345678", "0612345678"),
        ("tel. 010-1234567", "010-1234567"), ("0201234567.", "0201234567"), ("020 123 4567", "020 123 4567"),
        ("+31 6 12345678", "+31 6 12345678"), ("+31(0)20 1234567", "+31(0)20 1234567"),
        ("0031 6 12345678", "0031 6 12345678"), ("(010) 123 45 67", "(010) 123 45 67"),
        ("06 - 12345678", "06 - 12345678"), ("+31612345678", "+31612345678"), ("belt 06\n12345678", "06\n12345678"),
    ])
    func phone(text: String, number: String) {
        #expect(findings(text) == ["phone \(number)"])
    }

    @Test("112, service numbers, times and ranges are not phone numbers", arguments: [
        "belt 112", "Veilig Thuis: 0800-2000", "0800 2000", "politie 0900-8844", "0900-1234567",
        "088-1234567 (Veilig Thuis regio)", "om 22:10", "06:30 uur", "2019-2023", "23.40 uur",
        "10 dagen, verlengd tot 28 dagen", "0,5 promille",
    ])
    func phoneNearMiss(text: String) {
        #expect(findings(text) == [])
    }

    @Test("postcodes with and without a space", arguments: [("woont op 3011 AB", "3011 AB"), ("1234AB.", "1234AB")])
    func postcode(text: String, code: String) {
        #expect(findings(text) == ["postcode \(code)"])
    }

    @Test("years before an abbreviation, unissued letters and school years are not postcodes", arguments: [
        "in 2023 OM ingeschakeld", "sinds 2021 VT-melding", "1234 SS", "0123 AB", "12345 AB", "in 2023 is",
        "groep 7 AB", "1234 ABC",
    ])
    func postcodeNearMiss(text: String) {
        #expect(findings(text) == [])
    }

    @Test("IBANs that pass mod-97 are found", arguments: [
        "NL91ABNA0417164300", "rekening NL91 ABNA 0417 1643 00 van vader", "BE68539007547034",
        "DE89 3704 0044 0532 0130 00",
    ])
    func iban(text: String) {
        let found = findings(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("iban ") == true)
    }

    @Test("a wrong check digit or a short code is not an IBAN", arguments: [
        "NL91ABNA0417164301", "NL12 ABCD", "NL91ABNA04171643", "AB12",
    ])
    func ibanNearMiss(text: String) {
        #expect(findings(text).filter { $0.hasPrefix("iban") } == [])
    }

    @Test("licence plates in Dutch sidecodes", arguments: ["12-ABC-3", "AB-12-CD", "1-ABC-23", "XX-999-X", "GB-123-X", "99-XX-99"])
    func plate(code: String) {
        #expect(findings("auto met kenteken \(code) voor de deur") == ["licence-plate \(code)"])
    }

    @Test("dates, ranges and abbreviations with dashes are not plates", arguments: [
        "12-03-2015", "AB-CD", "VT-OM-JB", "A-1-B", "ab-cd", "12-ABC-3-4",
    ])
    func plateNearMiss(text: String) {
        #expect(findings(text).filter { $0.hasPrefix("licence-plate") } == [])
    }
}
