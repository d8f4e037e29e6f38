import Foundation
import Testing
@testable import SamenOpModel
@testable import SamenOpEngine
@testable import SamenOpStore

@Suite("Room: phone votes, safety judgements and reveal in the engine")
struct RoomEngineTests {
    typealias F = EngineFixture

    func joined() throws -> Session {
        var session = RoomFixture.session()
        try session.join(name: "Anna", role: "politie", at: F.at(1))
        try session.join(name: "Bram", role: "vt", at: F.at(2))
        return session
    }

    @Test("a phone vote counts exactly like a typed one and is stored as a room vote")
    func phoneVote() throws {
        var typed = try joined(), phone = try joined()
        try typed.vote(name: "Anna", shown: 2, reason: "samen", at: F.at(3))
        try phone.vote(name: "Anna", shown: 2, reason: "samen", from: .room, at: F.at(3))
        #expect(typed.state.pendingVotes == phone.state.pendingVotes)
        #expect(phone.lastEvent == .roomVote(name: "Anna", shown: 2, reason: "samen", at: F.at(3)))
        try typed.choose(shown: 2, at: F.at(4))
        try phone.choose(shown: 2, at: F.at(4))
        #expect(typed.state.steps == phone.state.steps)
    }

    @Test("judgements are kept per decision, replaced ones marked, and move into the step on choosing")
    func judgements() throws {
        var session = try joined()
        try session.judge(name: "Anna", value: 4, reason: "dreiging", phone: true, at: F.at(3))
        try session.judge(name: "Bram", value: 2, reason: nil, phone: false, at: F.at(4))
        try session.judge(name: "anna", value: 5, reason: " anders ", phone: true, at: F.at(5))
        #expect(session.currentScales.map(\.value) == [2, 5])
        #expect(session.currentScales.last?.reason == "anders")
        #expect(!session.state.votesRevealed)
        try session.revealVotes(at: F.at(6))
        #expect(session.state.votesRevealed)
        try session.choose(shown: 1, at: F.at(7))
        #expect(session.state.steps[0].scales.map(\.value) == [4, 2, 5])
        #expect(session.state.steps[0].scales.map(\.replaced) == [true, false, false])
        #expect(session.state.pendingScales == [])
        #expect(!session.state.votesRevealed, "the next decision starts hidden again")
        #expect(throws: EngineError.scaleNotAsked) { try session.judge(name: "Anna", value: 3, reason: nil, phone: false, at: F.at(8)) }
    }

    @Test("a judgement outside 0-10, from someone unknown or outside a team session is refused")
    func refused() throws {
        var session = try joined()
        #expect(throws: EngineError.scaleOutOfRange(11)) { try session.judge(name: "Anna", value: 11, reason: nil, phone: true, at: F.at(3)) }
        #expect(throws: EngineError.scaleOutOfRange(-1)) { try session.judge(name: "Anna", value: -1, reason: nil, phone: true, at: F.at(3)) }
        #expect(throws: EngineError.unknownParticipant("Cor")) { try session.judge(name: "Cor", value: 3, reason: nil, phone: true, at: F.at(3)) }
        var alone = Session(scenario: RoomFixture.scenario(), header: F.header())
        #expect(throws: EngineError.notTeamSession) { try alone.revealVotes(at: F.at(3)) }
        #expect(session.state.events.count == 2)
    }

    @Test("replaying the events gives the same state, through the store too, and undo hides again")
    func replay() throws {
        var session = try joined()
        try session.vote(name: "Anna", shown: 1, reason: nil, from: .room, at: F.at(3))
        try session.judge(name: "Bram", value: 6, reason: "rustig", phone: true, at: F.at(4))
        try session.revealVotes(at: F.at(5))
        let replayed = try Session.replay(scenario: session.scenario, header: session.state.header, events: session.state.events)
        #expect(replayed.state == session.state)
        try session.choose(shown: 2, at: F.at(6))
        try session.undo(at: F.at(7))
        #expect(!session.state.votesRevealed)
        #expect(session.state.pendingScales == [])
        #expect(session.state.steps[0].scales.map(\.value) == [6], "the undone step keeps its judgements in the record")

        let store = try SessionStore.inMemory()
        var stored = try joined()
        try store.create(stored, scenarioPath: "room.yaml")
        for event in [SessionEvent.roomVote(name: "Anna", shown: 2, reason: "x", at: F.at(3)),
                      .scale(name: "Bram", value: 3, reason: nil, phone: false, at: F.at(4)), .reveal(at: F.at(5))] {
            try stored.apply(event)
            try store.record(stored)
        }
        let loaded = try store.load(stored.state.header.id)
        let again = try Session.replay(scenario: stored.scenario, header: loaded.header, events: loaded.events)
        #expect(again.state == stored.state)
    }

    @Test("the spread per role lists each role's current numbers, low to high, in the scenario's role order")
    func spread() {
        let judgements = [
            ScaleJudgement(name: "B", role: "vt", value: 6, reason: nil, phone: true, at: F.at(1)),
            ScaleJudgement(name: "A", role: "politie", value: 4, reason: nil, phone: true, at: F.at(1)),
            ScaleJudgement(name: "C", role: "politie", value: 2, reason: nil, phone: false, at: F.at(1)),
            ScaleJudgement(name: "D", role: "politie", value: 9, reason: nil, phone: false, at: F.at(1), replaced: true),
        ]
        let spread = ScaleSpread.perRole(judgements, roles: ["politie", "vt", "wijkteam"])
        #expect(spread == [ScaleSpread(role: "politie", values: [2, 4]), ScaleSpread(role: "vt", values: [6])])
        #expect(spread[0].range == 2...4)
    }
}
