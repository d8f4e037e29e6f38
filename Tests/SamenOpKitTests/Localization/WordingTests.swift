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

extension WordingTests {
    @Test("the report labels the stage of the mantra as the REPL's status does: Mantrastap / Stage")
    func stageLabel() {
        let nl = Localizer(.nl), en = Localizer(.en)
        #expect(nl("report.col.stage") == "Mantrastap")
        #expect(en("report.col.stage") == "Stage")
        #expect(nl("repl.status.stage", "x") == "Mantrastap:  x")
        #expect(en("repl.status.stage", "x") == "Stage:       x")
        #expect(nl("report.kernvragen.legend") == "Per mantrastap de stappen waarin een vraag aan bod kwam; * is de eerste keer.")
        #expect(en("report.kernvragen.legend") == "For each stage, the steps that worked on a question; * marks the first time.")
        let onderdeel = Strings.report.filter { $0.value.nl.lowercased().contains("onderdeel") }.map(\.key)
        #expect(onderdeel.sorted() == [])
    }
}
