import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("ReviewGate")
struct ReviewGateTests {
    static func pastCase(text: String) -> String {
        """
        format: samenop/1
        id: casus-west
        title: Casus west
        language: nl
        summary: Een nagebouwde casus.
        kind: past-case
        anonymised: true
        variables:
          veiligheid: 2
        start: melding
        scenes:
          melding:
            stage: melding
            text: \(text)
            choices:
              - text: Samen erop af.
                goto: einde
                actual: true
          einde:
            stage: opvolgen
            text: Later.
            end: true
            outcome: Rust.
        """
    }

    /// Writes `yaml` to a file and loads it, so that the gate reads the file as commands do.
    static func load(_ yaml: String) throws -> Scenario {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("review-gate-\(UUID().uuidString).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return try #require(ScenarioLoader.load(path: file.path).scenario)
    }

    @Test("a clean past case passes, with or without accepting the risk")
    func clean() throws {
        let scenario = try Self.load(Self.pastCase(text: "De moeder belt 112 over de buurman."))
        #expect(ReviewGate.check(scenario, acceptRisk: false) == .clear)
        #expect(ReviewGate.check(scenario, acceptRisk: true) == .clear)
        #expect(ReviewGate.check(scenario, acceptRisk: true).acceptedPrivacyRisk == false)
    }

    @Test("findings refuse the review unless the risk is accepted; then the header records it")
    func findings() throws {
        let scenario = try Self.load(Self.pastCase(text: "Meneer de Vries mailt vanaf p.devries@example.nl."))
        let found = ReviewGate.findings(scenario)
        #expect(found.map(\.kind) == [.titledName, .email])
        #expect(found.map(\.line) == [14, 14])
        #expect(found.map(\.column) == [18, 39])
        let refused = ReviewGate.check(scenario, acceptRisk: false)
        #expect(refused == .refused(found) && !refused.allowsReview && !refused.acceptedPrivacyRisk)
        let accepted = ReviewGate.check(scenario, acceptRisk: true)
        #expect(accepted == .accepted(found) && accepted.allowsReview && accepted.acceptedPrivacyRisk)
    }

    @Test("the messages give kind, line, column and the masked form, never the identifier")
    func messages() throws {
        let scenario = try Self.load(Self.pastCase(text: "Bel mevrouw Yılmaz."))
        let found = ReviewGate.findings(scenario)
        let en = ReviewGate.refusal(found, scenario: scenario, override: "--accept-privacy-risk", Localizer(.en))
        #expect(en == """
            Review refused: the privacy check found 1 item in 'casus-west' that could identify a family:
              line 14, column 23: name after a form of address (Y•••••)
            See and fix the file with `samenop check --privacy \(scenario.file)`.
            If it is safe after all (invented names, for example), start with `--accept-privacy-risk`; the report will say so.
            """)
        let nl = ReviewGate.accepted(found, scenario: scenario, Localizer(.nl))
        #expect(nl == """
            Let op: review gestart met --accept-privacy-risk terwijl de privacycontrole in 'casus-west' 1 gegeven vond; het verslag vermeldt dat:
              regel 14, kolom 23: naam na een aanspreekvorm (Y•••••)
            """)
        #expect(!en.contains("Yılmaz") && !nl.contains("Yılmaz"))
    }
}
