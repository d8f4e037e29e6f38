import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// Loads inline YAML scenarios and plays them with a fixed clock, so that scoring tests read
/// like the scenario files trainers write and reports stay byte-for-byte stable.
enum Playthrough {
    /// 2026-11-22T10:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_795_341_600)

    /// The common head of a test scenario: everything up to `scenes:`.
    static func head(
        id: String = "fixture", title: String = "Fixture", language: Language = .nl, veiligheid: Int = 2,
        start: String, extra: String = ""
    ) -> String {
        """
        format: samenop/1
        id: \(id)
        title: '\(title.replacingOccurrences(of: "'", with: "''"))'
        language: \(language.rawValue)
        summary: Een kleine casus.
        variables:
          veiligheid: \(veiligheid)
          gesprek: false
        \(extra)
        start: \(start)
        scenes:

        """
    }

    /// Loads a scenario that must have no errors (warnings are fine: tests keep scenarios small).
    static func scenario(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
        let result = ScenarioLoader.load(yaml: yaml, file: "fixture.yaml")
        let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? "-"): \($0.message)" }
        #expect(errors.isEmpty, "\(errors)", sourceLocation: sourceLocation)
        return try #require(result.scenario, sourceLocation: sourceLocation)
    }

    static func header(_ scenario: Scenario, id: String = "s-0001", mode: SessionMode = .selfStudy, acceptedPrivacyRisk: Bool = false) -> SessionHeader {
        SessionHeader(
            id: id, scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256, mode: mode,
            startedAt: start, acceptedPrivacyRisk: acceptedPrivacyRisk)
    }

    /// Plays `choices` (numbers as shown), each decision taking 4.5 s plus one second per step.
    static func play(_ scenario: Scenario, _ choices: [Int], mode: SessionMode = .selfStudy) throws -> Session {
        var session = Session(scenario: scenario, header: header(scenario, mode: mode))
        var clock = start
        for (i, shown) in choices.enumerated() {
            clock = clock.addingTimeInterval(4.5 + Double(i))
            try session.choose(shown: shown, at: clock)
        }
        return session
    }

    /// Loads and plays in one go.
    static func play(_ yaml: String, _ choices: [Int], mode: SessionMode = .selfStudy) throws -> Session {
        try play(try scenario(yaml), choices, mode: mode)
    }

    /// Seconds after the start, for events in tests.
    static func time(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }
}
