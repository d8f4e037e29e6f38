import Foundation
import Testing
@testable import SamenOpModel
@testable import SamenOpEngine

/// The read-only questions a front end asks the session (``Session`` + `Queries`), so that the
/// REPL never decides these rules for itself.
@Suite("Session queries")
struct SessionQueryTests {
    typealias F = EngineFixture

    @Test("participants are found ignoring case, as join and vote find them")
    func participantByName() throws {
        var session = F.session(mode: .team)
        try session.join(name: "Anna de Vries", role: "politie", at: F.at(1))
        #expect(session.participant(named: "anna DE vries") == Participant(name: "Anna de Vries", role: "politie"))
        #expect(session.participant(named: "Anna") == nil)
    }

    @Test("the current votes are each participant's last, and who has not voted yet is known")
    func currentVotes() throws {
        var session = F.session(mode: .team)
        try session.join(name: "Anna", role: "politie", at: F.at(1))
        try session.join(name: "Bram", role: "vt", at: F.at(1))
        try session.join(name: "Cas", role: "vt", at: F.at(1))
        #expect(session.currentVotes == [])
        #expect(session.participantsYetToVote.map(\.name) == ["Anna", "Bram", "Cas"])
        try session.vote(name: "anna", shown: 1, reason: nil, at: F.at(2))
        try session.vote(name: "Bram", shown: 2, reason: "samen", at: F.at(3))
        try session.vote(name: "Anna", shown: 2, reason: nil, at: F.at(4))
        #expect(session.currentVotes.map(\.name) == ["Bram", "Anna"])
        #expect(session.currentVotes.map(\.shown) == [2, 2])
        #expect(session.currentVote(of: "ANNA")?.shown == 2)
        #expect(session.currentVote(of: "Cas") == nil)
        #expect(session.currentVote(of: "Dirk") == nil)
        #expect(session.participantsYetToVote.map(\.name) == ["Cas"])
        let step = try session.choose(shown: 2, at: F.at(5))
        #expect(step.currentVotes.map(\.name) == ["Bram", "Anna"])
        // A new decision starts without votes.
        #expect(session.currentVotes == [])
        #expect(session.participantsYetToVote.count == 3)
    }

    @Test("in a team session a role's card stays with the role until shared; shareable is what share accepts")
    func cardsInTeam() throws {
        var session = F.session(mode: .team)
        try session.choose(shown: 2, at: F.at(1))  // reveals b, then thuis reveals c (politie)
        #expect(session.state.revealed == ["a", "b", "c"])
        #expect(session.isHeldBack(card: "c"))
        #expect(!session.isHeldBack(card: "a"))
        #expect(session.roomCards == ["a", "b"])
        #expect(session.privateCards(role: "politie") == ["c"])
        #expect(session.privateCards(role: "vt") == [])
        #expect(session.shareableCards == ["c"])
        for id in ["a", "b", "c", "z"] {
            var copy = session
            let accepted = (try? copy.share(card: id, at: F.at(2))) != nil
            #expect(accepted == session.shareableCards.contains(id), "\(id)")
        }
        try session.share(card: "c", at: F.at(2))
        #expect(!session.isHeldBack(card: "c"))
        #expect(session.roomCards == ["a", "b", "c"])
        #expect(session.privateCards(role: "politie") == [])
        #expect(session.shareableCards == [])
    }

    @Test("outside a team session nothing is held back and nothing can be shared")
    func cardsAlone() throws {
        var session = F.session()
        try session.choose(shown: 2, at: F.at(1))
        #expect(!session.isHeldBack(card: "c"))
        #expect(session.roomCards == ["a", "b", "c"])
        #expect(session.privateCards(role: "politie") == [])
        #expect(session.shareableCards == [])
    }

    @Test("the current step is the decision at hand, and at an ending the last step taken")
    func currentStep() throws {
        var session = F.session()
        #expect(session.currentStepNumber == 1)
        try session.choose(shown: 1, at: F.at(1))
        #expect(session.currentStepNumber == 2)
        try session.choose(shown: 1, at: F.at(2))
        #expect(session.isFinished)
        #expect(session.currentStepNumber == 2)
        #expect(session.stepNumber == 3)
    }

    @Test("covered core questions name the first step that worked on each, undone steps left out")
    func coveredCoreQuestions() throws {
        var session = F.session()
        #expect(session.coveredCoreQuestions == [:])
        try session.choose(shown: 2, at: F.at(1))
        #expect(session.coveredCoreQuestions == [.isHetNuVeilig: 1])
        try session.choose(shown: 2, at: F.at(2))
        #expect(session.coveredCoreQuestions == [.isHetNuVeilig: 1, .watMoetErNuGebeuren: 2])
        #expect(session.coveredCoreQuestions == Reflection(session: session).kernvragen.firstStep)
        try session.undo(at: F.at(3))
        #expect(session.coveredCoreQuestions == [.isHetNuVeilig: 1])
    }

    @Test("the last step's reflection is the report's last step")
    func lastStep() throws {
        var session = F.session(mode: .team)
        #expect(Reflection.lastStep(of: session) == nil)
        try session.join(name: "Anna", role: "politie", at: F.at(1))
        try session.vote(name: "Anna", shown: 1, reason: nil, at: F.at(2))
        try session.choose(shown: 2, at: F.at(3))
        let last = try #require(Reflection.lastStep(of: session))
        #expect(last == Reflection(session: session).steps.last)
        #expect(last.index == 1)
        #expect(last.choice.number == 2)
        #expect(last.dissent)
        try session.choose(shown: 1, at: F.at(4))
        try session.undo(at: F.at(5))
        #expect(Reflection.lastStep(of: session)?.index == 1)
        #expect(Reflection.steps(of: session) == Reflection(session: session).steps)
    }

    @Test("a review needs a past case; self-study and team take any scenario")
    func modeAcceptsScenario() {
        var scenario = F.scenario()
        #expect(SessionMode.selfStudy.accepts(scenario))
        #expect(SessionMode.team.accepts(scenario))
        #expect(!SessionMode.review.accepts(scenario))
        scenario.kind = .pastCase
        #expect(SessionMode.allCases.allSatisfy { $0.accepts(scenario) })
    }

    @Test("a scene where no choice is shown is a dead end; an ending is not")
    func deadEnd() throws {
        let hidden = EngineFixture.choice(1, "Verborgen", goto: "einde",
                                          condition: .binary(.greater, .variable("veiligheid"), .literal(.int(5))))
        var stuck = Session(scenario: F.scenario(startChoices: [hidden]), header: F.header())
        #expect(stuck.isAtDeadEnd)
        #expect(throws: EngineError.choiceOutOfRange(step: 1, shown: 1, count: 0)) { try stuck.choose(shown: 1, at: F.at(1)) }
        var session = F.session()
        #expect(!session.isAtDeadEnd)
        try session.choose(shown: 1, at: F.at(1))
        try session.choose(shown: 1, at: F.at(2))
        #expect(session.isFinished)
        #expect(!session.isAtDeadEnd)
    }
}
