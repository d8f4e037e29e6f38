import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine

/// A practice session starts at a chosen scene with variables preset, and replays exactly.
@Suite("Practice start")
struct PracticeStartTests {
    static let yaml = """
    format: samenop/1
    id: oefen
    title: Oefen
    language: nl
    summary: Een korte casus.
    variables:
      veiligheid: 3
      gezien: false
    start: een
    scenes:
      een:
        stage: melding
        text: Begin.
        choices:
          - text: Verder
            goto: twee
      twee:
        stage: erop-af
        text: Midden.
        choices:
          - text: Alleen als gezien
            if: gezien
            goto: eind
          - text: Altijd
            goto: eind
            add: { veiligheid: 2 }
      eind:
        stage: opvolgen
        text: Klaar.
        outcome: Het is goed gekomen.
    """

    static func scenario() throws -> Scenario {
        try #require(ScenarioLoader.load(yaml: yaml, file: "oefen.yaml").scenario)
    }

    static func header(_ practice: PracticeStart?) -> SessionHeader {
        SessionHeader(id: "p1", scenarioID: "oefen", scenarioSHA256: "x", mode: .selfStudy,
                      startedAt: Date(timeIntervalSince1970: 0), practice: practice)
    }

    @Test("a practice session starts at its scene with the presets, and its replay and undo start there too")
    func startsAtScene() throws {
        let scenario = try Self.scenario()
        let practice = PracticeStart(scene: "twee", presets: [.init(variable: "gezien", value: .bool(true)),
                                                              .init(variable: "veiligheid", value: .int(14))])
        var session = Session(scenario: scenario, header: Self.header(practice))
        #expect(session.scene.id == "twee")
        #expect(session.state.variables["veiligheid"] == .int(10))
        #expect(session.visibleChoices.map(\.number) == [1, 2])
        try session.choose(shown: 2, at: Date(timeIntervalSince1970: 5))
        let replayed = try Session.replay(scenario: scenario, header: session.state.header, events: session.state.events)
        #expect(replayed.state == session.state)
        try session.undo(at: Date(timeIntervalSince1970: 6))
        #expect(session.scene.id == "twee")
        #expect(session.state.variables["gezien"] == .bool(true))
    }

    @Test("problems: an unknown scene, an unknown variable, a value of the wrong type")
    func problems() throws {
        let scenario = try Self.scenario()
        #expect(PracticeStart(scene: "drie", presets: []).problem(in: scenario) == .unknownScene("drie"))
        #expect(PracticeStart(scene: "twee", presets: [.init(variable: "x", value: .int(1))]).problem(in: scenario) == .unknownVariable("x"))
        #expect(PracticeStart(scene: "twee", presets: [.init(variable: "gezien", value: .int(1))]).problem(in: scenario) == .wrongType("gezien", .bool))
        #expect(PracticeStart(scene: "twee", presets: []).problem(in: scenario) == nil)
    }

    @Test("a header stored before practice sessions existed decodes with no practice, and encodes as before")
    func oldHeaders() throws {
        let old = #"{"id":"a","scenarioID":"b","scenarioSHA256":"c","mode":"self-study","startedAt":0,"acceptedPrivacyRisk":false}"#
        let header = try JSONDecoder().decode(SessionHeader.self, from: Data(old.utf8))
        #expect(header.practice == nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let again = String(decoding: try encoder.encode(header), as: UTF8.self)
        #expect(!again.contains("practice"))
    }
}
