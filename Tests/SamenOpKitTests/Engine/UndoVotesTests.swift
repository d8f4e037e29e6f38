import Foundation
import Testing
@testable import SamenOpModel
@testable import SamenOpEngine

/// Undo in a team session keeps the room's votes (trainer trial, finding 1).
@Suite("Undo keeps votes")
struct UndoVotesTests {
    typealias F = EngineFixture

    static func team() throws -> Session {
        var session = F.session(mode: .team)
        try session.join(name: "Anna", role: "politie", at: F.at(1))
        try session.join(name: "Bram", role: "politie", at: F.at(1))
        return session
    }

    @Test("the votes of the step taken back are cast again at the reopened decision and stay with the undone step")
    func votesComeBack() throws {
        var session = try Self.team()
        try session.vote(name: "Anna", shown: 2, reason: "concreet doorvragen", at: F.at(2))
        try session.vote(name: "Bram", shown: 2, reason: nil, at: F.at(3))
        try session.choose(shown: 1, at: F.at(4))  // the slip: nobody voted for 1
        try session.undo(at: F.at(5))
        #expect(session.currentVotes.map(\.name) == ["Anna", "Bram"])
        #expect(session.currentVotes.map(\.shown) == [2, 2])
        #expect(session.currentVotes.first?.reason == "concreet doorvragen")
        #expect(session.state.steps[0].undone)
        #expect(session.state.steps[0].votes.count == 2)
        // Re-done with the number the room voted for, the step carries the same votes.
        try session.choose(shown: 2, at: F.at(6))
        #expect(session.state.activeSteps[0].votes.map(\.name) == ["Anna", "Bram"])
        #expect(session.state.activeSteps[0].currentVotes.allSatisfy { $0.shown == 2 })
    }

    @Test("a replayed session has the same votes back after an undo as the live one")
    func replayAgrees() throws {
        var session = try Self.team()
        try session.vote(name: "Anna", shown: 2, reason: "r1", at: F.at(2))
        try session.choose(shown: 2, at: F.at(3))
        try session.vote(name: "Bram", shown: 1, reason: "open", at: F.at(4))
        try session.undo(at: F.at(5))
        let replayed = try Session.replay(scenario: session.scenario, header: session.state.header, events: session.state.events)
        #expect(replayed.state == session.state)
        // The vote cast at the decision that followed is not carried to another decision.
        #expect(replayed.currentVotes.map(\.name) == ["Anna"])
    }
}
