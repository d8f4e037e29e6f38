import Foundation
import Testing
@testable import SamenOpKit

@Suite("Scoring")
struct ScoringTests {
    typealias C = Fixture.C
    typealias S = Fixture.S

    /// Two decisions then an ending; the first scene offers an acute and a recovery action.
    static func twoStep(veiligheid: Int = 2, bands: [Phase: ClosedRange<Int>]? = nil, scenePhase: Phase? = nil) -> Scenario {
        Fixture.scenario(veiligheid: veiligheid, bands: bands, scenes: [
            S(id: "melding", stage: .melding, phase: scenePhase, choices: [
                C(text: "Erop af met politie", goto: "ter-plaatse", phase: .acuut, kernvragen: [1, 3], elements: [.samenOp], expert: true, add: 1),
                C(text: "Relatietherapie voorstellen", goto: "ter-plaatse", phase: .herstel, kernvragen: [4], pitfalls: [.incidentFocus]),
                C(text: "Even afwachten", goto: "ter-plaatse"),
            ]),
            S(id: "ter-plaatse", stage: .veiligstellen, choices: [
                C(text: "Alleen de dader spreken", goto: "einde", phase: .acuut, kernvragen: [2]),
                C(text: "Afspraken maken", goto: "einde", phase: .directeVeiligheid, kernvragen: [4, 5], elements: [.veiligheidsafspraken], expert: true, add: 2),
            ]),
            S(id: "einde", stage: .veiligheidsmaatregelen, outcome: "Het gezin is voorlopig veilig."),
        ])
    }

    @Test("a phase skip is reported when the choice belongs to a later phase than the situation")
    func phaseSkip() throws {
        let r = Reflection(session: try Fixture.play(Self.twoStep(), [2, 1]))
        #expect(r.steps[0].situationPhase == .acuut)
        #expect(r.steps[0].verdict == .ahead)
        #expect(r.phase.skips == [1])
        #expect(r.phase.ahead == 1)
    }

    @Test("a choice of an earlier phase than the situation is behind, not a skip")
    func behind() throws {
        // veiligheid 4 is directe-veiligheid; the acute choice is earlier.
        let r = Reflection(session: try Fixture.play(Self.twoStep(veiligheid: 4), [1, 2]))
        #expect(r.steps[0].situationPhase == .directeVeiligheid)
        #expect(r.steps[0].verdict == .behind)
        #expect(r.steps[1].situationPhase == .directeVeiligheid)
        #expect(r.steps[1].verdict == .aligned)
        #expect(r.phase == PhaseFigures(aligned: 1, ahead: 0, behind: 1, untagged: 0, skips: []))
    }

    @Test("a choice without a phase is untagged and not judged")
    func untagged() throws {
        let r = Reflection(session: try Fixture.play(Self.twoStep(), [3, 1]))
        #expect(r.steps[0].verdict == .untagged)
        #expect(r.phase.untagged == 1)
        #expect(r.phase.skips.isEmpty)
    }

    @Test("the situation phase follows the default bands, the scenario's own bands, or the scene's phase")
    func bands() throws {
        let standard = Reflection(session: try Fixture.play(Self.twoStep(veiligheid: 4), [1, 2]))
        #expect(standard.steps[0].situationPhase == .directeVeiligheid)

        let custom: [Phase: ClosedRange<Int>] = [.acuut: 0...4, .directeVeiligheid: 5...6, .risicogestuurdeZorg: 7...8, .herstel: 9...10]
        let own = Reflection(session: try Fixture.play(Self.twoStep(veiligheid: 4, bands: custom), [1, 2]))
        #expect(own.steps[0].situationPhase == .acuut)
        #expect(own.steps[0].verdict == .aligned)
        // After +1 the value is 5: the custom band says directe-veiligheid.
        #expect(own.steps[1].situationPhase == .directeVeiligheid)

        let fixed = Reflection(session: try Fixture.play(Self.twoStep(veiligheid: 9, scenePhase: .acuut), [1, 2]))
        #expect(fixed.steps[0].situationPhase == .acuut)
        #expect(fixed.steps[1].situationPhase == .herstel)
    }

    @Test("question 4 before question 3 is an order issue; the same step or 3 earlier is not")
    func orderIssue() throws {
        let late = Reflection(session: try Fixture.play(Self.twoStep(), [2, 1]))
        #expect(late.kernvragen.firstStep == [.watMoetErNuGebeuren: 1, .watIsErBekend: 2])
        #expect(late.kernvragen.orderIssues == [OrderIssue(id: "4-before-3", step: 1, scene: "melding")])
        #expect(late.kernvragen.missing == [.watIsErGebeurd, .isHetNuVeilig, .wieZijnBetrokken])

        let good = Reflection(session: try Fixture.play(Self.twoStep(), [1, 2]))
        #expect(good.kernvragen.orderIssues.isEmpty)
        #expect(good.kernvragen.covered == [.watIsErGebeurd, .isHetNuVeilig, .watMoetErNuGebeuren, .wieZijnBetrokken])
        #expect(good.kernvragen.firstStep[.watMoetErNuGebeuren] == 2)

        let same = Fixture.scenario(scenes: [
            S(id: "a", stage: .melding, choices: [C(text: "3 en 4", goto: "z", kernvragen: [4, 3])]),
            S(id: "z", stage: .opvolgen),
        ])
        #expect(Reflection(session: try Fixture.play(same, [1])).kernvragen.orderIssues.isEmpty)
    }

    @Test("an element missed at one step but shown later is missed, not never shown")
    func missedAndNeverShown() throws {
        let scenario = Fixture.scenario(scenes: [
            S(id: "a", stage: .melding, choices: [
                C(text: "expert", goto: "b", elements: [.samenOp, .infoDelen], expert: true),
                C(text: "alleen", goto: "b", elements: [.infoDelen]),
            ]),
            S(id: "b", stage: .eropAf, choices: [
                C(text: "samen", goto: "z", elements: [.samenOp]),
                C(text: "expert", goto: "z", elements: [.rolverdeling, .samenOp], expert: true),
            ]),
            S(id: "z", stage: .opvolgen),
        ])
        let r = Reflection(session: try Fixture.play(scenario, [2, 1]))
        #expect(r.elements.missed == [
            MissedElement(element: .samenOp, step: 1, scene: "a"),
            MissedElement(element: .rolverdeling, step: 2, scene: "b"),
        ])
        #expect(r.elements.neverShown == [.rolverdeling])
        #expect(r.elements.shown == [.infoDelen: 1, .samenOp: 1])

        let expert = Reflection(session: try Fixture.play(scenario, [1, 2]))
        #expect(expert.elements.missed.isEmpty)
        #expect(expert.elements.shown == [.samenOp: 2, .infoDelen: 1, .rolverdeling: 1])
    }

    @Test("a hidden expert choice does not make a step a decision")
    func hiddenExpert() throws {
        let scenario = Fixture.scenario(scenes: [
            S(id: "a", stage: .melding, choices: [
                C(text: "verborgen expert", goto: "b", elements: [.contact], expert: true, condition: .variable("gesprek")),
                C(text: "gewoon", goto: "b"),
            ]),
            S(id: "b", stage: .eropAf, choices: [
                C(text: "expert", goto: "z", expert: true),
                C(text: "anders", goto: "z"),
            ]),
            S(id: "z", stage: .opvolgen),
        ])
        let r = Reflection(session: try Fixture.play(scenario, [1, 1]))
        #expect(r.steps[0].choice.text.value == "gewoon")
        #expect(r.steps[0].shown == 1)
        #expect(r.steps[0].choice.number == 2)
        #expect(r.expert == Agreement(matched: 1, decisions: 1, decisionSteps: [2], matchedSteps: [2]))
        #expect(r.elements.missed.isEmpty)
    }

    @Test("veiligheid stays within 0-10 in the trajectory")
    func clamping() throws {
        let scenario = Fixture.scenario(veiligheid: 8, scenes: [
            S(id: "a", stage: .melding, choices: [C(text: "veel", goto: "b", add: 20)]),
            S(id: "b", stage: .eropAf, choices: [C(text: "terug", goto: "z", add: -30)]),
            S(id: "z", stage: .opvolgen),
        ])
        let r = Reflection(session: try Fixture.play(scenario, [1, 1]))
        #expect(r.trajectory == [8, 10, 0])
        #expect(r.steps[1].safetyBefore == 10)
        #expect(r.steps[1].situationPhase == .herstel)
    }

    static func pastCase(kind: ScenarioKind = .pastCase) -> Scenario {
        Fixture.scenario(kind: kind, scenes: [
            S(id: "a", stage: .melding, choices: [
                C(text: "toen", goto: "b", actual: true),
                C(text: "nu", goto: "b", expert: true),
            ]),
            S(id: "b", stage: .eropAf, choices: [
                C(text: "nu", goto: "z"),
                C(text: "toen", goto: "z", actual: true, condition: .variable("gesprek")),
            ]),
            S(id: "c", stage: .eropAf, choices: [C(text: "x", goto: "z", actual: true)]),
            S(id: "z", stage: .opvolgen),
        ])
    }

    @Test("then beside now is counted only when a past case is reviewed, and only where 'actual' was shown")
    func review() throws {
        let r = Reflection(session: try Fixture.play(Self.pastCase(), [1, 1], mode: .review))
        #expect(r.actual == Agreement(matched: 1, decisions: 1, decisionSteps: [1], matchedSteps: [1]))
        #expect(r.steps.map(\.matchesActual) == [true, nil])
        #expect(Reflection(session: try Fixture.play(Self.pastCase(), [1, 1], mode: .selfStudy)).actual == nil)
        #expect(Reflection(session: try Fixture.play(Self.pastCase(kind: .training), [1, 1], mode: .review)).actual == nil)
    }

    @Test("structural is reached only through a visited opvolgen or veiligheidsplan scene")
    func structural() throws {
        #expect(Reflection(session: try Fixture.play(Self.twoStep(), [1, 2])).structural == false)
        let scenario = Fixture.scenario(scenes: [
            S(id: "a", stage: .melding, choices: [C(text: "plan", goto: "plan"), C(text: "stop", goto: "stop")]),
            S(id: "plan", stage: .veiligheidsplan),
            S(id: "stop", stage: .veiligstellen),
        ])
        #expect(Reflection(session: try Fixture.play(scenario, [1])).structural)
        #expect(Reflection(session: try Fixture.play(scenario, [2])).structural == false)
    }

    @Test("an unfinished session has no ending and says where it stopped")
    func unfinished() throws {
        let r = Reflection(session: try Fixture.play(Self.twoStep(), [1]))
        #expect(r.ending == nil)
        #expect(r.finishedAt == nil)
        #expect(r.currentScene.id == "ter-plaatse")
        #expect(r.trajectory == [2, 3])
        let empty = Reflection(session: try Fixture.play(Self.twoStep(), []))
        #expect(empty.steps.isEmpty)
        #expect(empty.trajectory == [2])
        #expect(empty.expert.decisions == 0)
    }

    @Test("undone steps stay in the record but are left out of every figure")
    func undone() throws {
        var session = try Fixture.play(Self.twoStep(), [2])
        try session.undo(at: Fixture.time(20))
        try session.choose(shown: 1, at: Fixture.time(30))
        try session.choose(shown: 2, at: Fixture.time(40))
        let r = Reflection(session: session)
        #expect(r.record.count == 3)
        #expect(r.record[0].undone)
        #expect(r.steps.map(\.index) == [1, 2])
        #expect(r.steps.map(\.choice.number) == [1, 2])
        #expect(r.phase.skips.isEmpty)
        #expect(r.pitfalls.isEmpty)
        #expect(r.expert == Agreement(matched: 2, decisions: 2, decisionSteps: [1, 2], matchedSteps: [1, 2]))
        #expect(r.trajectory == [2, 3, 5])
        #expect(r.ending?.id == "einde")
        #expect(r.steps[0].decisionMs == 10_000)
    }

    @Test("pitfalls are listed with their step and scene")
    func pitfalls() throws {
        let r = Reflection(session: try Fixture.play(Self.twoStep(), [2, 1]))
        #expect(r.pitfalls == [PitfallHit(pitfall: .incidentFocus, step: 1, scene: "melding")])
    }

    static func team() -> Scenario {
        Fixture.scenario(roles: [("politie", "Politie"), ("vt", "Veilig Thuis")], scenes: [
            S(id: "a", stage: .melding, choices: [C(text: "een", goto: "b"), C(text: "twee", goto: "b")]),
            S(id: "b", stage: .eropAf, choices: [C(text: "een", goto: "z"), C(text: "twee", goto: "z")]),
            S(id: "z", stage: .opvolgen),
        ])
    }

    @Test("dissent is marked when the votes differ from each other or from the committed choice")
    func dissent() throws {
        var session = Session(scenario: Self.team(), header: Fixture.header(Self.team(), mode: .team))
        try session.join(name: "Anna", role: "politie", at: Fixture.time(1))
        try session.join(name: "Bram", role: "vt", at: Fixture.time(2))
        try session.vote(name: "Anna", shown: 2, reason: "eerst kijken", at: Fixture.time(3))
        try session.vote(name: "Anna", shown: 1, reason: nil, at: Fixture.time(4))
        try session.vote(name: "Bram", shown: 1, reason: "samen", at: Fixture.time(5))
        try session.choose(shown: 1, at: Fixture.time(6))
        try session.vote(name: "Anna", shown: 1, reason: nil, at: Fixture.time(7))
        try session.vote(name: "Bram", shown: 1, reason: nil, at: Fixture.time(8))
        try session.choose(shown: 2, at: Fixture.time(9))
        let r = Reflection(session: session)
        #expect(r.steps[0].votes.count == 3)
        #expect(r.steps[0].currentVotes.map(\.name) == ["Anna", "Bram"])
        #expect(r.steps[0].dissent == false)
        #expect(r.steps[1].dissent == true)
    }
}
