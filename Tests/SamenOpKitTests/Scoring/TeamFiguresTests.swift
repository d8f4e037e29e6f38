import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("TeamFigures")
struct TeamFiguresTests {
    /// Three scenes with three options each; a police card revealed at the start and one for
    /// the neighbourhood team at the second scene.
    static let yaml = Playthrough.head(start: "een", extra: """
        roles:
          politie: {name: Politie}
          wijk: {name: Wijkteam}
          jz: {name: Jeugdzorg}
        cards:
          register: {title: Register, text: Twee eerdere meldingen., role: politie}
          buurt: {title: Buurt, text: De buren zien het kind vaak alleen., role: wijk}
          brief: {title: Brief, text: Voor iedereen.}
        """) + """
          een:
            stage: melding
            text: Een scène.
            reveal: [register, brief]
            choices:
              - {text: Expert, goto: twee, expert: true}
              - {text: Anders, goto: twee}
              - {text: Derde, goto: twee}
          twee:
            stage: erop-af
            text: Een scène.
            reveal: [buurt]
            choices:
              - {text: Expert, goto: drie, expert: true}
              - {text: Anders, goto: drie}
              - {text: Derde, goto: drie}
          drie:
            stage: opvolgen
            text: Een scène.
            choices:
              - {text: Expert, goto: eind, expert: true}
              - {text: Anders, goto: eind}
              - {text: Derde, goto: eind}
          eind:
            stage: veiligheidsplan
            text: Later.
            end: true
            outcome: Een plan.
        """

    static func session() throws -> Session {
        let scenario = try Playthrough.scenario(yaml)
        var s = Session(scenario: scenario, header: Playthrough.header(scenario, mode: .team))
        var t = 0.0
        func at() -> Date { t += 1; return Playthrough.time(t) }
        try s.join(name: "Anna", role: "politie", at: at())
        try s.join(name: "Bram", role: "wijk", at: at())
        try s.join(name: "Cas", role: "wijk", at: at())
        // Step 1: two for option 2, one for option 1; the group takes option 2 (most votes).
        try s.vote(name: "Anna", shown: 1, reason: "veilig", at: at())
        try s.vote(name: "Bram", shown: 2, reason: nil, at: at())
        try s.vote(name: "Cas", shown: 2, reason: nil, at: at())
        try s.choose(shown: 2, at: at())
        // Step 2: all vote 1, the group takes 3 (nobody's vote); the police card is shared now.
        try s.share(card: "register", at: at())
        try s.vote(name: "Anna", shown: 1, reason: nil, at: at())
        try s.vote(name: "Bram", shown: 1, reason: nil, at: at())
        try s.choose(shown: 3, at: at())
        // Step 3: Anna changes her mind and everyone ends on option 1; no dissent, but a change.
        try s.vote(name: "Anna", shown: 2, reason: nil, at: at())
        try s.vote(name: "Bram", shown: 1, reason: nil, at: at())
        try s.vote(name: "Anna", shown: 1, reason: "toch", at: at())
        try s.choose(shown: 1, at: at())
        // After the last decision the neighbourhood team's card is shared.
        try s.share(card: "buurt", at: at())
        return s
    }

    @Test("disagreements: most votes, an option nobody voted for, and a change of vote that converged")
    func disagreements() throws {
        let team = try #require(Reflection(session: try Self.session()).team)
        #expect(team.disagreements.map(\.step) == [1, 2, 3])
        #expect(team.disagreements.map(\.resolution) == [.mostVotes, .noVotes, .converged])
        #expect(team.disagreements[0].tally == [OptionTally(choice: 1, shown: 1, votes: 1), OptionTally(choice: 2, shown: 2, votes: 2)])
        #expect(team.disagreements[0].changes.isEmpty)
        #expect(team.disagreements[2].changes == [VoteChange(name: "Anna", role: "politie", fromShown: 2, toShown: 1)])
        #expect(team.disagreements[1].choice == 3)
    }

    @Test("votes per role against the expert options, in the scenario's order of roles, roles without votes left out")
    func roles() throws {
        let team = try #require(Reflection(session: try Self.session()).team)
        #expect(team.roles == [
            RoleAgreement(role: "politie", votes: 3, expert: 3, steps: [1, 2, 3], expertSteps: [1, 2, 3]),
            RoleAgreement(role: "wijk", votes: 4, expert: 2, steps: [1, 2, 3], expertSteps: [2, 3]),
        ])
    }

    @Test("role cards: held and shared before a later step, held and shared only after the last decision")
    func heldCards() throws {
        let team = try #require(Reflection(session: try Self.session()).team)
        #expect(team.heldCards == [
            HeldCard(card: "register", role: "politie", heldAt: [1], sharedBy: 2, shared: true),
            HeldCard(card: "buurt", role: "wijk", heldAt: [2, 3], sharedBy: nil, shared: true),
        ])
        let md = ReportRenderer.render(session: try Self.session(), format: .md, language: .en)
        #expect(md.contains("""
            - Register ('register'): only Politie knew this at step 1; shared before step 2.
            - Buurt ('buurt'): only Wijkteam knew this at steps 2, 3; shared after the last decision.
            """))
        #expect(md.contains("- Step 2 (Going there · \"Een scène.\"): option 1: 2 votes. Committed: option 3, an option nobody voted for in the end."))
    }

    @Test("a session that is not a team session has no team figures, and JSON says null")
    func notTeam() throws {
        let session = try Playthrough.play(Self.yaml, [1, 1, 1])
        #expect(Reflection(session: session).team == nil)
        #expect(ReportRenderer.render(session: session, format: .json).contains("\n  \"team\": null,\n"))
    }

    @Test("a team session without votes or held cards says so")
    func quiet() throws {
        let scenario = try Playthrough.scenario(Self.yaml)
        var s = Session(scenario: scenario, header: Playthrough.header(scenario, mode: .team))
        try s.share(card: "register", at: Playthrough.time(1))
        try s.choose(shown: 1, at: Playthrough.time(2))
        let team = try #require(Reflection(session: s).team)
        #expect(team.disagreements.isEmpty && team.roles.isEmpty)
        // The police card was shared before the first decision; the other came up after it.
        #expect(team.heldCards.isEmpty)
        let md = ReportRenderer.render(session: s, format: .md, language: .en)
        #expect(md.contains("#### Where the team disagreed or changed its votes\n\n- At every vote the team agreed at once.\n"))
        #expect(md.contains("- Politie: Register ('register') known at step 1, shared at step 1.\n- Wijkteam: Buurt ('buurt') known only after the last decision, never shared.\n"))
        #expect(!md.contains("expert option (steps"))
        #expect(md.contains("#### Information the room did not see\n\n- No role's card stayed hidden from the room at a decision.\n"))
    }
}
