import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("Engine")
struct EngineTests {
    typealias F = EngineFixture

    @Test("a safety value outside the scale falls in the nearest end band")
    func phaseOfOutOfScaleSafety() {
        #expect(PhaseBands.standard.phase(for: 42) == .herstel)
        #expect(PhaseBands.standard.phase(for: -3) == .acuut)
    }

    @Test("choosing records the step and moves to the choice's goto scene")
    func choose() throws {
        var session = F.session()
        let step = try session.choose(shown: 2, at: F.at(5))
        #expect(step.scene == "start")
        #expect(step.choice == 2)
        #expect(step.shown == 2)
        #expect(step.shownChoices == [1, 2])
        #expect(step.safetyBefore == 2)
        #expect(step.safetyAfter == 5)
        #expect(session.scene.id == "thuis")
        #expect(session.stepNumber == 2)
        #expect(session.state.variables["bezocht"] == .bool(true))
        #expect(session.state.variables["teller"] == .int(1))
        #expect(session.state.visited == ["start", "thuis"])
    }

    @Test("a choice whose condition does not hold is hidden, and numbers count the shown ones")
    func conditionsHideChoices() throws {
        let alone = F.session()
        #expect(alone.visibleChoices.map(\.number) == [1, 2])
        var first = alone
        try first.choose(shown: 1, at: F.at(1))
        #expect(first.visibleChoices.map(\.number) == [1])
        var together = alone
        try together.choose(shown: 2, at: F.at(1))
        #expect(together.visibleChoices.map(\.number) == [1, 2])
        let step = try together.choose(shown: 2, at: F.at(2))
        #expect(step.choice == 2)
        #expect(together.scene.id == "opvolg")
    }

    @Test("add on veiligheid is clamped to 0...10, set assigns, other ints are not clamped")
    func setAndAdd() throws {
        var low = F.session()
        try low.choose(shown: 1, at: F.at(1))
        #expect(low.safety == 0)
        try low.choose(shown: 1, at: F.at(2))
        #expect(low.safety == 10)
        var set = F.session()
        try set.choose(shown: 2, at: F.at(1))
        try set.choose(shown: 2, at: F.at(2))
        #expect(set.safety == 7)
    }

    @Test("set of veiligheid outside the scale is clamped at play time")
    func setClamped() throws {
        let scenario = F.scenario(startChoices: [F.choice(1, "Te hoog", goto: "thuis", set: ["veiligheid": .int(99)])])
        var session = Session(scenario: scenario, header: F.header())
        try session.choose(shown: 1, at: F.at(1))
        #expect(session.safety == 10)
    }

    @Test("cards are revealed on entering a scene and by a choice")
    func reveal() throws {
        var session = F.session()
        #expect(session.state.revealed == ["a"])
        let step = try session.choose(shown: 2, at: F.at(1))
        #expect(step.revealedBefore == ["a"])
        #expect(session.state.revealed == ["a", "b", "c"])
    }

    @Test("undo keeps the step marked undone and restores variables, visited and revealed")
    func undo() throws {
        var session = F.session()
        try session.choose(shown: 2, at: F.at(1))
        let before = session.state
        try session.choose(shown: 2, at: F.at(2))
        let undone = try session.undo(at: F.at(3))
        #expect(undone.undone)
        #expect(undone.scene == "thuis")
        #expect(session.state.steps.count == 2)
        #expect(session.state.steps[1].undone)
        #expect(session.state.activeSteps.count == 1)
        #expect(session.state.variables == before.variables)
        #expect(session.state.visited == before.visited)
        #expect(session.state.revealed == before.revealed)
        #expect(session.scene.id == "thuis")
        #expect(session.stepNumber == 2)
        try session.undo(at: F.at(4))
        #expect(session.state.variables == F.scenario().initialValues)
        #expect(session.state.visited == ["start"])
        #expect(session.state.revealed == ["a"])
        #expect(session.state.steps.map(\.undone) == [true, true])
    }

    @Test("expression arithmetic holds at the Int bounds instead of trapping")
    func saturatingArithmetic() {
        let context = EvaluationContext(variables: [:], visited: [], revealed: [])
        func eval(_ op: BinaryOperator, _ a: Int, _ b: Int) -> Value {
            Expression.binary(op, .literal(.int(a)), .literal(.int(b))).evaluate(in: context)
        }
        #expect(eval(.plus, .max, 1) == .int(.max))
        #expect(eval(.plus, .min, -1) == .int(.min))
        #expect(eval(.minus, .min, 1) == .int(.min))
        #expect(eval(.minus, .max, -1) == .int(.max))
        #expect(eval(.plus, 2, -5) == .int(-3))
        #expect(eval(.minus, 2, -5) == .int(7))
    }

    @Test("undo at an ending reopens the session")
    func undoEnding() throws {
        var session = F.session()
        try session.choose(shown: 1, at: F.at(1))
        try session.choose(shown: 1, at: F.at(2))
        #expect(session.isFinished)
        #expect(session.state.finishedAt == F.at(2))
        try session.undo(at: F.at(3))
        #expect(!session.isFinished)
        #expect(session.state.finishedAt == nil)
    }

    @Test("replaying the events gives the identical state")
    func replay() throws {
        var session = F.session(mode: .team)
        try session.join(name: "Anna", role: "politie", at: F.at(1))
        try session.note("eerst veiligheid", at: F.at(2))
        try session.vote(name: "Anna", shown: 2, reason: "samen", at: F.at(3))
        try session.choose(shown: 2, at: F.at(4))
        try session.share(card: "c", at: F.at(5))
        try session.choose(shown: 1, at: F.at(6))
        try session.undo(at: F.at(7))
        session.resume(at: F.at(8))
        try session.choose(shown: 2, at: F.at(9))
        let data = try JSONEncoder().encode(session.state.events)
        let events = try JSONDecoder().decode([SessionEvent].self, from: data)
        let replayed = try Session.replay(scenario: F.scenario(), header: session.state.header, events: events)
        #expect(replayed.state == session.state)
    }

    @Test("replay refuses events that no longer fit a changed scenario")
    func replayMismatch() throws {
        var session = F.session()
        try session.choose(shown: 2, at: F.at(1))
        let changed = F.scenario(startChoices: [F.choice(1, "Alleen erheen", goto: "thuis")], sha256: "sha-2")
        #expect(throws: EngineError.replayMismatch(step: 1, scene: "start", expected: "2")) {
            try Session.replay(scenario: changed, header: session.state.header, events: session.state.events)
        }
        // A change that keeps the recorded choices in place replays fine.
        let reworded = F.scenario(sha256: "sha-3")
        #expect(try Session.replay(scenario: reworded, header: session.state.header, events: session.state.events).scene.id == "thuis")
    }

    @Test("replay on a changed scenario follows an option that moved, and refuses one that was rewritten")
    func replayFollowsTheOption() throws {
        var session = F.session()
        try session.choose(shown: 2, at: F.at(1))
        // Two options inserted above the recorded one ("Samen op", shown as 2 then).
        let inserted = F.scenario(startChoices: [
            F.choice(1, "Eerst bellen", goto: "thuis"),
            F.choice(2, "Afwachten", goto: "einde"),
            F.choice(3, "Alleen erheen", goto: "thuis"),
            F.choice(4, "Samen op", goto: "thuis", set: ["bezocht": .bool(true)]),
        ], sha256: "sha-4")
        let moved = try Session.replay(scenario: inserted, header: session.state.header, events: session.state.events)
        #expect(moved.state.steps[0].choice == 4)
        #expect(moved.state.steps[0].shown == 4)
        #expect(moved.scene.id == "thuis")
        // The same place, other words: not the option the trainee chose.
        let rewritten = F.scenario(startChoices: [
            F.choice(1, "Alleen erheen", goto: "thuis"),
            F.choice(2, "Met de wijkagent erheen", goto: "thuis"),
        ], sha256: "sha-5")
        #expect(throws: EngineError.replayMismatch(step: 1, scene: "start", expected: "2")) {
            try Session.replay(scenario: rewritten, header: session.state.header, events: session.state.events)
        }
    }

    @Test("decision time runs from entering the scene, or from a resume, to the choice")
    func decisionTime() throws {
        var session = F.session()
        let first = try session.choose(shown: 2, at: F.at(5.25))
        #expect(first.decisionMs == 5250)
        session.resume(at: F.at(100))
        let second = try session.choose(shown: 1, at: F.at(102))
        #expect(second.decisionMs == 2000)
    }

    @Test("a note belongs to the decision at hand, and at an ending to the last step")
    func notes() throws {
        var session = F.session()
        try session.note("  waarom dit  ", at: F.at(1))
        try session.choose(shown: 1, at: F.at(2))
        #expect(session.state.steps[0].notes == ["waarom dit"])
        try session.choose(shown: 1, at: F.at(3))
        try session.note("achteraf", at: F.at(4))
        #expect(session.state.steps[1].notes == ["achteraf"])
        #expect(throws: EngineError.emptyNote) { try session.note("   ", at: F.at(5)) }
    }

    @Test("a refused action leaves the session unchanged")
    func errorsLeaveSessionUnchanged() throws {
        var session = F.session()
        let before = session.state
        #expect(throws: EngineError.choiceOutOfRange(step: 1, shown: 3, count: 2)) { try session.choose(shown: 3, at: F.at(1)) }
        #expect(throws: EngineError.choiceOutOfRange(step: 1, shown: 0, count: 2)) { try session.choose(shown: 0, at: F.at(1)) }
        #expect(throws: EngineError.nothingToUndo) { try session.undo(at: F.at(1)) }
        #expect(throws: EngineError.notTeamSession) { try session.join(name: "Anna", role: "politie", at: F.at(1)) }
        #expect(throws: EngineError.emptyNote) { try session.note("", at: F.at(1)) }
        #expect(session.state == before)
        try session.choose(shown: 1, at: F.at(1))
        try session.choose(shown: 1, at: F.at(2))
        let ended = session.state
        #expect(throws: EngineError.finished) { try session.choose(shown: 1, at: F.at(3)) }
        #expect(session.state == ended)
    }

    @Test("team: join, vote and share are checked and recorded on the step")
    func team() throws {
        var session = F.session(mode: .team)
        #expect(throws: EngineError.unknownRole("brandweer")) { try session.join(name: "Bo", role: "brandweer", at: F.at(1)) }
        try session.join(name: "Anna", role: "politie", at: F.at(1))
        #expect(throws: EngineError.duplicateParticipant("anna")) { try session.join(name: "anna", role: "vt", at: F.at(1)) }
        #expect(throws: EngineError.unknownParticipant("Bo")) { try session.vote(name: "Bo", shown: 1, reason: nil, at: F.at(2)) }
        try session.vote(name: "anna", shown: 1, reason: nil, at: F.at(2))
        try session.vote(name: "Anna", shown: 2, reason: "samen", at: F.at(3))
        #expect(throws: EngineError.cardNotRoleBound("a")) { try session.share(card: "a", at: F.at(3)) }
        #expect(throws: EngineError.cardNotRevealed("c")) { try session.share(card: "c", at: F.at(3)) }
        let step = try session.choose(shown: 2, at: F.at(4))
        #expect(step.votes.map(\.shown) == [1, 2])
        #expect(step.votes.map(\.replaced) == [true, false])
        try session.share(card: "c", at: F.at(5))
        #expect(throws: EngineError.alreadyShared("c")) { try session.share(card: "c", at: F.at(6)) }
        #expect(throws: EngineError.unknownCard("z")) { try session.share(card: "z", at: F.at(6)) }
    }
}
