import Testing
@testable import SamenOpKit

/// User-facing wording that must read the same everywhere it appears.
@Suite("Wording")
struct WordingTests {
    @Test("each session mode has one label, taken from one key, in Dutch and English")
    func modeLabels() {
        let nl = Localizer(.nl), en = Localizer(.en)
        #expect(SessionMode.allCases.map { nl.label($0) } == SessionMode.allCases.map { Strings.vocabulary["mode.\($0.rawValue)"]?.nl })
        #expect(nl.label(.selfStudy) == "zelfstudie")
        #expect(nl.label(.team) == "team")
        #expect(nl.label(.review) == "casusbespreking")
        #expect(en.label(.selfStudy) == "self-study")
        #expect(en.label(.team) == "team")
        #expect(en.label(.review) == "case review")
        // No second, diverging copy of a mode label anywhere in the table.
        let copies = Strings.table.keys.filter { $0.hasSuffix(".mode.review") || $0.hasSuffix(".mode.self-study") }
        #expect(copies.sorted() == [])
    }
}
