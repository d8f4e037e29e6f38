import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("Scoring")
struct ScoringTests {
    /// Two decisions then an ending; the first scene offers an acute, a recovery and an untagged action.
    static func twoStep(veiligheid: Int = 2, phases: String = "", scenePhase: String? = nil) -> String {
        Playthrough.head(veiligheid: veiligheid, start: "melding", extra: phases) + """
          melding:
            stage: melding
            \(scenePhase.map { "phase: \($0)" } ?? "time: vr 23:40")
            text: Er komt een melding binnen.
            choices:
              - text: Erop af met politie
                goto: ter-plaatse
                phase: acuut
                kernvragen: [1, 3]
                elements: [samen-op]
                expert: true
                add: {veiligheid: 1}
              - text: Relatietherapie voorstellen
                goto: ter-plaatse
                phase: herstel
                kernvragen: [4]
                pitfalls: [incident-focus]
              - text: Even afwachten
                goto: ter-plaatse
          ter-plaatse:
            stage: veiligstellen
            text: Ter plaatse.
            choices:
              - text: Alleen de dader spreken
                goto: einde
                phase: acuut
                kernvragen: [2]
              - text: Afspraken maken
                goto: einde
                phase: directe-veiligheid
                kernvragen: [4, 5]
                elements: [veiligheidsafspraken]
                expert: true
                add: {veiligheid: 2}
          einde:
            stage: veiligheidsmaatregelen
            text: Later.
            end: true
            outcome: Het gezin is voorlopig veilig.

        """
    }

    @Test("a phase skip is reported when the choice belongs to a later phase than the situation")
    func phaseSkip() throws {
        let r = Reflection(session: try Playthrough.play(Self.twoStep(), [2, 1]))
        #expect(r.steps[0].situationPhase == .acuut)
        #expect(r.steps[0].verdict == .ahead)
        #expect(r.steps[1].verdict == .aligned)
        #expect(r.phase.skips == [1])
        #expect(r.phase.ahead == 1)
    }

    @Test("a choice of an earlier phase than the situation is behind, not a skip")
    func behind() throws {
        // veiligheid 4 is directe-veiligheid; the acute choice is earlier.
        let r = Reflection(session: try Playthrough.play(Self.twoStep(veiligheid: 4), [1, 2]))
        #expect(r.steps[0].situationPhase == .directeVeiligheid)
        #expect(r.steps[0].verdict == .behind)
        #expect(r.steps[1].situationPhase == .directeVeiligheid)
        #expect(r.steps[1].verdict == .aligned)
        #expect(r.phase == PhaseFigures(aligned: 1, ahead: 0, behind: 1, untagged: 0, skips: []))
    }

    @Test("a choice without a phase is untagged and not judged")
    func untagged() throws {
        let r = Reflection(session: try Playthrough.play(Self.twoStep(), [3, 1]))
        #expect(r.steps[0].verdict == .untagged)
        #expect(r.phase.untagged == 1)
        #expect(r.phase.skips.isEmpty)
    }

    @Test("the situation phase follows the default bands, the scenario's own bands, or the scene's phase")
    func bands() throws {
        let standard = Reflection(session: try Playthrough.play(Self.twoStep(veiligheid: 4), [1, 2]))
        #expect(standard.steps[0].situationPhase == .directeVeiligheid)

        let custom = """
        phases:
          acuut: [0, 4]
          directe-veiligheid: [5, 6]
          risicogestuurde-zorg: [7, 8]
          herstel: [9, 10]
        """
        let own = Reflection(session: try Playthrough.play(Self.twoStep(veiligheid: 4, phases: custom), [1, 2]))
        #expect(own.steps[0].situationPhase == .acuut)
        #expect(own.steps[0].verdict == .aligned)
        // After +1 the value is 5: the custom band says directe-veiligheid.
        #expect(own.steps[1].situationPhase == .directeVeiligheid)

        let fixed = Reflection(session: try Playthrough.play(Self.twoStep(veiligheid: 9, scenePhase: "acuut"), [1, 2]))
        #expect(fixed.steps[0].situationPhase == .acuut)
        #expect(fixed.steps[1].situationPhase == .herstel)
    }

    /// One scene whose single choice works on `kernvragen`, then a structural ending.
    static func oneChoice(kernvragen: String) -> String {
        Playthrough.head(start: "a") + """
          a:
            stage: melding
            text: Een melding.
            choices:
              - text: Vragen stellen
                goto: z
                kernvragen: \(kernvragen)
          z:
            stage: opvolgen
            text: Later.
            end: true
            outcome: Klaar.

        """
    }

    @Test("question 4 before question 3 is an order issue; the same step or 3 earlier is not")
    func orderIssue() throws {
        let late = Reflection(session: try Playthrough.play(Self.twoStep(), [2, 1]))
        #expect(late.kernvragen.firstStep == [.watMoetErNuGebeuren: 1, .watIsErBekend: 2])
        #expect(late.kernvragen.orderIssues == [OrderIssue(id: "4-before-3", step: 1, scene: "melding")])
        #expect(late.kernvragen.missing == [.watIsErGebeurd, .isHetNuVeilig, .wieZijnBetrokken])

        let good = Reflection(session: try Playthrough.play(Self.twoStep(), [1, 2]))
        #expect(good.kernvragen.orderIssues.isEmpty)
        #expect(good.kernvragen.covered == [.watIsErGebeurd, .isHetNuVeilig, .watMoetErNuGebeuren, .wieZijnBetrokken])
        #expect(good.kernvragen.firstStep[.watMoetErNuGebeuren] == 2)

        #expect(Reflection(session: try Playthrough.play(Self.oneChoice(kernvragen: "[4, 3]"), [1])).kernvragen.orderIssues.isEmpty)
        #expect(Reflection(session: try Playthrough.play(Self.oneChoice(kernvragen: "[4]"), [1])).kernvragen.orderIssues.map(\.step) == [1])
    }

    @Test("an element missed at one step but shown later is missed, not never shown")
    func missedAndNeverShown() throws {
        let yaml = Playthrough.head(start: "a") + """
          a:
            stage: melding
            text: Een melding.
            choices:
              - {text: expert, goto: b, elements: [samen-op, info-delen], expert: true}
              - {text: alleen, goto: b, elements: [info-delen]}
          b:
            stage: erop-af
            text: Erop af.
            choices:
              - {text: samen, goto: z, elements: [samen-op]}
              - {text: expert, goto: z, elements: [rolverdeling, samen-op], expert: true}
          z:
            stage: opvolgen
            text: Later.
            end: true
            outcome: Klaar.

        """
        let r = Reflection(session: try Playthrough.play(yaml, [2, 1]))
        #expect(r.elements.missed == [
            MissedElement(element: .samenOp, step: 1, scene: "a"),
            MissedElement(element: .rolverdeling, step: 2, scene: "b"),
        ])
        #expect(r.elements.neverShown == [.rolverdeling])
        #expect(r.elements.shown == [.infoDelen: 1, .samenOp: 1])

        let expert = Reflection(session: try Playthrough.play(yaml, [1, 2]))
        #expect(expert.elements.missed.isEmpty)
        #expect(expert.elements.shown == [.samenOp: 2, .infoDelen: 1, .rolverdeling: 1])
    }

    @Test("a hidden expert choice does not make a step a decision")
    func hiddenExpert() throws {
        let yaml = Playthrough.head(start: "a") + """
          a:
            stage: melding
            text: Een melding.
            choices:
              - {text: verborgen expert, goto: b, elements: [contact], expert: true, if: gesprek}
              - {text: gewoon, goto: b}
          b:
            stage: erop-af
            text: Erop af.
            choices:
              - {text: expert, goto: z, expert: true}
              - {text: anders, goto: z}
          z:
            stage: opvolgen
            text: Later.
            end: true
            outcome: Klaar.

        """
        let r = Reflection(session: try Playthrough.play(yaml, [1, 1]))
        #expect(r.steps[0].choice.text.value == "gewoon")
        #expect(r.steps[0].shown == 1)
        #expect(r.steps[0].choice.number == 2)
        #expect(r.expert == Agreement(matched: 1, decisions: 1, decisionSteps: [2], matchedSteps: [2]))
        #expect(r.elements.missed.isEmpty)
    }

    @Test("veiligheid stays within 0-10 in the trajectory")
    func clamping() throws {
        let yaml = Playthrough.head(veiligheid: 8, start: "a") + """
          a:
            stage: melding
            text: Een melding.
            choices:
              - {text: veel, goto: b, add: {veiligheid: 20}}
          b:
            stage: erop-af
            text: Erop af.
            choices:
              - {text: terug, goto: z, add: {veiligheid: -30}}
          z:
            stage: opvolgen
            text: Later.
            end: true
            outcome: Klaar.

        """
        let r = Reflection(session: try Playthrough.play(yaml, [1, 1]))
        #expect(r.trajectory == [8, 10, 0])
        #expect(r.steps[1].safetyBefore == 10)
        #expect(r.steps[1].situationPhase == .herstel)
    }

    static func pastCase(kind: String = "past-case") -> String {
        Playthrough.head(start: "a", extra: kind == "past-case" ? "kind: past-case\nanonymised: true" : "") + """
          a:
            stage: melding
            text: Een melding.
            choices:
              - {text: toen, goto: b, \(kind == "past-case" ? "actual: true" : "expert: false")}
              - {text: nu, goto: b, expert: true}
          b:
            stage: erop-af
            text: Erop af.
            choices:
              - {text: nu, goto: z}
              - {text: toen, goto: z, if: gesprek\(kind == "past-case" ? ", actual: true" : "")}
          z:
            stage: opvolgen
            text: Later.
            end: true
            outcome: Klaar.

        """
    }

    @Test("then beside now is counted only when a past case is reviewed, and only where 'actual' was shown")
    func review() throws {
        let r = Reflection(session: try Playthrough.play(Self.pastCase(), [1, 1], mode: .review))
        #expect(r.actual == Agreement(matched: 1, decisions: 1, decisionSteps: [1], matchedSteps: [1]))
        #expect(r.steps.map(\.matchesActual) == [true, nil])
        #expect(Reflection(session: try Playthrough.play(Self.pastCase(), [1, 1], mode: .selfStudy)).actual == nil)
        #expect(Reflection(session: try Playthrough.play(Self.pastCase(kind: "training"), [1, 1], mode: .review)).actual == nil)
    }

    @Test("structural is reached only through a visited opvolgen or veiligheidsplan scene")
    func structural() throws {
        #expect(Reflection(session: try Playthrough.play(Self.twoStep(), [1, 2])).structural == false)
        let yaml = Playthrough.head(start: "a") + """
          a:
            stage: melding
            text: Een melding.
            choices:
              - {text: plan, goto: plan}
              - {text: stop, goto: stop}
          plan:
            stage: veiligheidsplan
            text: Het plan.
            end: true
            outcome: Een plan.
          stop:
            stage: veiligstellen
            text: Gestopt.
            end: true
            outcome: Geen plan.

        """
        #expect(Reflection(session: try Playthrough.play(yaml, [1])).structural)
        #expect(Reflection(session: try Playthrough.play(yaml, [2])).structural == false)
    }

    @Test("an unfinished session has no ending and says where it stopped")
    func unfinished() throws {
        let r = Reflection(session: try Playthrough.play(Self.twoStep(), [1]))
        #expect(r.ending == nil)
        #expect(r.finishedAt == nil)
        #expect(r.currentScene.id == "ter-plaatse")
        #expect(r.trajectory == [2, 3])
        let empty = Reflection(session: try Playthrough.play(Self.twoStep(), []))
        #expect(empty.steps.isEmpty)
        #expect(empty.trajectory == [2])
        #expect(empty.expert.decisions == 0)
    }

    @Test("undone steps stay in the record but are left out of every figure")
    func undone() throws {
        var session = try Playthrough.play(Self.twoStep(), [2])
        try session.undo(at: Playthrough.time(20))
        try session.choose(shown: 1, at: Playthrough.time(30))
        try session.choose(shown: 2, at: Playthrough.time(40))
        let r = Reflection(session: session)
        #expect(r.record.count == 3)
        #expect(r.record[0].undone)
        #expect(r.steps.map(\.index) == [1, 2])
        #expect(r.steps.map(\.choice.number) == [1, 2])
        #expect(r.phase.skips.isEmpty)
        #expect(r.pitfalls.isEmpty)
        #expect(r.kernvragen.orderIssues.isEmpty)
        #expect(r.expert == Agreement(matched: 2, decisions: 2, decisionSteps: [1, 2], matchedSteps: [1, 2]))
        #expect(r.trajectory == [2, 3, 5])
        #expect(r.ending?.id == "einde")
        #expect(r.steps[0].decisionMs == 10_000)
    }

    @Test("pitfalls are listed with their step and scene")
    func pitfalls() throws {
        let r = Reflection(session: try Playthrough.play(Self.twoStep(), [2, 1]))
        #expect(r.pitfalls == [PitfallHit(pitfall: .incidentFocus, step: 1, scene: "melding")])
    }

    @Test("dissent is marked when the votes differ from each other or from the committed choice")
    func dissent() throws {
        let yaml = Playthrough.head(start: "a", extra: "roles:\n  politie: {name: Politie}\n  vt: {name: Veilig Thuis}") + """
          a:
            stage: melding
            text: Een melding.
            choices:
              - {text: een, goto: b}
              - {text: twee, goto: b}
          b:
            stage: erop-af
            text: Erop af.
            choices:
              - {text: een, goto: z}
              - {text: twee, goto: z}
          z:
            stage: opvolgen
            text: Later.
            end: true
            outcome: Klaar.

        """
        let scenario = try Playthrough.scenario(yaml)
        var session = Session(scenario: scenario, header: Playthrough.header(scenario, mode: .team))
        try session.join(name: "Anna", role: "politie", at: Playthrough.time(1))
        try session.join(name: "Bram", role: "vt", at: Playthrough.time(2))
        try session.vote(name: "Anna", shown: 2, reason: "eerst kijken", at: Playthrough.time(3))
        try session.vote(name: "Anna", shown: 1, reason: nil, at: Playthrough.time(4))
        try session.vote(name: "Bram", shown: 1, reason: "samen", at: Playthrough.time(5))
        try session.choose(shown: 1, at: Playthrough.time(6))
        try session.vote(name: "Anna", shown: 1, reason: nil, at: Playthrough.time(7))
        try session.vote(name: "Bram", shown: 1, reason: nil, at: Playthrough.time(8))
        try session.choose(shown: 2, at: Playthrough.time(9))
        let r = Reflection(session: session)
        #expect(r.steps[0].votes.count == 3)
        #expect(r.steps[0].currentVotes.map(\.name) == ["Anna", "Bram"])
        #expect(r.steps[0].dissent == false)
        #expect(r.steps[1].dissent == true)
    }
}
