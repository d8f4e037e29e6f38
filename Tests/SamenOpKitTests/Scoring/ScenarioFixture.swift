import Foundation
@testable import SamenOpKit

/// Builds small scenarios in Swift for scoring and report tests, with every key a test does
/// not care about defaulted; and plays them with a fixed clock so that reports are stable.
enum Fixture {
    static let at = SourceLocation(file: "fixture.yaml", line: 1, column: 1)
    /// 2026-11-22T10:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_795_341_600)

    struct C {
        var text: String
        var goto: String
        var phase: Phase? = nil
        var kernvragen: [Int] = []
        var elements: [Element] = []
        var pitfalls: [Pitfall] = []
        var expert = false
        var actual: Bool? = nil
        var feedback: String? = nil
        var add: Int? = nil
        var set: Int? = nil
        /// Shown only when this holds.
        var condition: SamenOpKit.Expression? = nil
    }

    struct S {
        var id: String
        var stage: Stage
        var phase: Phase? = nil
        var time: String? = nil
        var text: String = "Er gebeurt iets."
        var choices: [C] = []
        var outcome: String? = nil
    }

    static func scenario(
        id: String = "fixture", title: String = "Fixture", language: Language = .nl,
        kind: ScenarioKind = .training, veiligheid: Int = 2, bands: [Phase: ClosedRange<Int>]? = nil,
        roles: [(String, String)] = [], reflection: [String] = [], scenes: [S]
    ) -> Scenario {
        func loc<T>(_ value: T) -> Located<T> { Located(value, at: at) }
        let built = scenes.map { s in
            Scene(
                id: s.id, stage: loc(s.stage), phase: s.phase.map(loc), time: s.time.map(loc), role: nil,
                text: loc(s.text), prompt: nil, reveal: [],
                choices: s.choices.enumerated().map { i, c in
                    Choice(
                        number: i + 1, text: loc(c.text), goto: loc(c.goto),
                        condition: c.condition.map { Condition(source: "cond", expression: $0, location: at) },
                        phase: c.phase.map(loc), kernvragen: c.kernvragen.compactMap { CoreQuestion(rawValue: $0) }.map(loc),
                        elements: c.elements.map(loc), pitfalls: c.pitfalls.map(loc), expert: c.expert,
                        actual: c.actual.map(loc), feedback: c.feedback.map(loc),
                        set: c.set.map { [Assignment(variable: safetyVariable, value: .int($0), location: at)] } ?? [],
                        add: c.add.map { [Assignment(variable: safetyVariable, value: .int($0), location: at)] } ?? [],
                        reveal: [], location: at)
                },
                isEnd: s.choices.isEmpty, outcome: s.outcome.map(loc) ?? (s.choices.isEmpty ? loc("Afloop.") : nil),
                location: at)
        }
        return Scenario(
            file: "\(id).yaml", sha256: String(repeating: "ab", count: 32), id: loc(id), title: loc(title),
            language: language, summary: loc("Samenvatting."), kind: kind,
            anonymised: kind == .pastCase ? loc(true) : nil, profiles: [],
            roles: roles.map { Role(id: $0.0, name: loc($0.1), description: nil, location: at) },
            variables: [Variable(name: safetyVariable, initial: .int(veiligheid), location: at),
                        Variable(name: "gesprek", initial: .bool(false), location: at)],
            phaseBands: bands.map { PhaseBands(bands: $0, location: at) } ?? .standard,
            cards: [], start: loc(scenes[0].id), reflection: reflection.map(loc), scenes: built, location: at)
    }

    static func header(_ scenario: Scenario, mode: SessionMode = .selfStudy, acceptedPrivacyRisk: Bool = false) -> SessionHeader {
        SessionHeader(
            id: "s-0001", scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256, mode: mode,
            startedAt: start, acceptedPrivacyRisk: acceptedPrivacyRisk)
    }

    /// Plays `choices` (numbers as shown), each decision taking 4.5 s plus one second per step.
    static func play(
        _ scenario: Scenario, _ choices: [Int], mode: SessionMode = .selfStudy, acceptedPrivacyRisk: Bool = false
    ) throws -> Session {
        var session = Session(scenario: scenario, header: header(scenario, mode: mode, acceptedPrivacyRisk: acceptedPrivacyRisk))
        var clock = start
        for (i, shown) in choices.enumerated() {
            clock = clock.addingTimeInterval(4.5 + Double(i))
            try session.choose(shown: shown, at: clock)
        }
        return session
    }

    /// Seconds after the start, for events in tests.
    static func time(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }
}
