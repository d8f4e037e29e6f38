import Foundation
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// Small scenarios built directly in Swift, so that engine and store tests do not depend on
/// the YAML loader.
enum EngineFixture {
    static let here = SourceLocation(file: "fixture.yaml", line: 1, column: 1)
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    static func located<T>(_ value: T) -> Located<T> { Located(value, at: here) }

    static func choice(
        _ number: Int, _ text: String, goto: String, condition: SamenOpModel.Expression? = nil, phase: Phase? = nil,
        kernvragen: [CoreQuestion] = [], expert: Bool = false, actual: Bool? = nil, feedback: String? = nil,
        set: [String: Value] = [:], add: [String: Int] = [:], reveal: [String] = []
    ) -> Choice {
        Choice(
            number: number, text: located(text), goto: located(goto),
            condition: condition.map { Condition(source: "\($0)", expression: $0, location: here) },
            phase: phase.map(located), kernvragen: kernvragen.map(located), elements: [], pitfalls: [],
            expert: expert, actual: actual.map(located), feedback: feedback.map(located),
            set: set.sorted { $0.key < $1.key }.map { Assignment(variable: $0.key, value: $0.value, location: here) },
            add: add.sorted { $0.key < $1.key }.map { Assignment(variable: $0.key, value: .int($0.value), location: here) },
            reveal: reveal.map(located), location: here)
    }

    static func scene(
        _ id: String, stage: Stage, phase: Phase? = nil, time: String? = nil, role: String? = nil,
        reveal: [String] = [], choices: [Choice] = [], outcome: String? = nil
    ) -> Scene {
        Scene(
            id: id, stage: located(stage), phase: phase.map(located), time: time.map(located),
            role: role.map(located), text: located("Tekst van \(id)."), prompt: nil,
            reveal: reveal.map(located), choices: choices, isEnd: outcome != nil,
            outcome: outcome.map(located), location: here)
    }

    static func card(_ id: String, role: String? = nil) -> Card {
        Card(id: id, title: located("Kaart \(id)"), text: located("Inhoud \(id)."), role: role.map(located),
             source: nil, location: here)
    }

    /// start --(1: alone, -5 | 2: together, +3, reveals b, sets bezocht | 3: only when veiligheid > 5)--> thuis
    /// thuis --(1: +20 | 2: only when bezocht)--> einde / opvolg --> einde
    static func scenario(startChoices: [Choice]? = nil, sha256: String = "sha-1") -> Scenario {
        let start = scene("start", stage: .melding, time: "vr 23:40", reveal: ["a"], choices: startChoices ?? [
            choice(1, "Alleen erheen", goto: "thuis", phase: .herstel, feedback: "Te snel.", add: ["veiligheid": -5]),
            choice(2, "Samen op", goto: "thuis", phase: .acuut, kernvragen: [.isHetNuVeilig], expert: true,
                   feedback: "Goed.", set: ["bezocht": .bool(true)], add: ["veiligheid": 3, "teller": 1], reveal: ["b"]),
            choice(3, "Verborgen", goto: "einde",
                   condition: .binary(.greater, .variable("veiligheid"), .literal(.int(5)))),
        ])
        let thuis = scene("thuis", stage: .eropAf, role: "politie", reveal: ["c"], choices: [
            choice(1, "Afronden", goto: "einde", add: ["veiligheid": 20]),
            choice(2, "Opvolgen", goto: "opvolg", condition: .variable("bezocht"), kernvragen: [.watMoetErNuGebeuren],
                   set: ["veiligheid": .int(7)]),
        ])
        let opvolg = scene("opvolg", stage: .opvolgen, choices: [choice(1, "Plan maken", goto: "einde")])
        let einde = scene("einde", stage: .veiligheidsplan, outcome: "Het gezin is in beeld.")
        return Scenario(
            file: "fixture.yaml", sha256: sha256, id: located("fixture"), title: located("Fixture"),
            language: .nl, summary: located("Een klein scenario."), kind: .training, anonymised: nil,
            profiles: [],
            roles: [Role(id: "politie", name: located("Politie"), description: nil, location: here),
                    Role(id: "vt", name: located("Veilig Thuis"), description: nil, location: here)],
            variables: [Variable(name: "veiligheid", initial: .int(2), location: here),
                        Variable(name: "bezocht", initial: .bool(false), location: here),
                        Variable(name: "teller", initial: .int(0), location: here)],
            phaseBands: .standard, cards: [card("a"), card("b"), card("c", role: "politie")],
            start: located("start"), reflection: [], scenes: [start, thuis, opvolg, einde], location: here)
    }

    static func header(mode: SessionMode = .selfStudy, id: String = "abcd2345") -> SessionHeader {
        SessionHeader(id: id, scenarioID: "fixture", scenarioSHA256: "sha-1", mode: mode, startedAt: t0)
    }

    static func session(mode: SessionMode = .selfStudy) -> Session {
        Session(scenario: scenario(), header: header(mode: mode))
    }

    /// `seconds` after the session's start.
    static func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }
}
