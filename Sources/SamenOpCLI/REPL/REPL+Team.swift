import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// Team sessions: participants, votes and the tally, role cards and sharing them.
extension REPL {
    mutating func join(_ rest: String) {
        guard let live = requireSession() else { return }
        guard let (name, typedRole) = TeamArguments.join(rest) else { return missing(.join) }
        // The screen shows "Politie", so that is what gets typed: role ids match in any case.
        let role = live.session.scenario.roles.first { $0.id.lowercased() == typedRole.lowercased() }?.id ?? typedRole
        guard !name.isEmpty else { return fail(l(.teamJoinEmptyName)) }
        // Refused for an unknown role: the role ids there are, so that the next try can be right.
        let roles = l(.teamJoinRoles, live.session.scenario.roles.map(\.id).joined(separator: ", "))
        guard perform({ (session: inout Session) throws(EngineError) in try session.join(name: name, role: role, at: Date()) },
                      hint: { if case .unknownRole = $0 { roles } else { nil } })
        else { return }
        say(l(.teamJoinDone, name, roleName(role, in: live.session.scenario)))
    }

    mutating func vote(_ rest: String) {
        guard let before = requireSession() else { return }
        let names = before.session.state.participants.map(\.name)
        guard let (name, number, reason) = TeamArguments.vote(rest, participants: names), let shown = Int(number) else {
            return missing(.vote)
        }
        guard perform({ (session: inout Session) throws(EngineError) in
            try session.vote(name: name, shown: shown, reason: reason, at: Date())
        }), let live, let cast = live.session.currentVote(of: name) else { return }
        let votes = live.session.currentVotes.count, people = live.session.state.participants.count
        if let earlier = before.session.currentVote(of: name) {
            say(l(.teamVoteChanged, cast.name, shown, earlier.shown, votes, people))
        } else {
            say(l(.teamVoteDone, cast.name, shown, votes, people))
        }
    }

    mutating func share(_ arguments: [String]) {
        guard requireSession() != nil else { return }
        guard let id = arguments.first else { return missing(.share) }
        guard perform({ (session: inout Session) throws(EngineError) in try session.share(card: id, at: Date()) }),
              let live, let card = live.session.scenario.card(id) else { return }
        say(l(.teamShareDone, card.title.value))
        say(wrap(card.text.value, first: "  ", indent: "  "))
        if let source = card.source?.value { say(wrap(l(.replCardSource, source), first: "  ", indent: "  ")) }
    }

    /// `Deelnemers:  Anna (Politie), ...`, wrapped under the first name so that a long list
    /// stays within the width.
    func sayParticipants(_ session: Session) {
        let people = session.state.participants.map { l(.teamParticipant, $0.name, roleName($0.role, in: session.scenario)) }
        let label = l(.teamStatusParticipants, "")
        say(wrap(people.isEmpty ? "-" : people.joined(separator: ", "), first: label,
                 indent: String(repeating: " ", count: label.count)))
    }

    /// On resuming a team session: who is there and the votes cast so far at the decision at hand.
    func sayTeamState() {
        guard let live, live.mode == .team else { return }
        let session = live.session
        sayParticipants(session)
        if !session.currentVotes.isEmpty { showTally(names: false) }
        say("")
    }

    /// After the group's choice: which option, and how the votes for it stood (the report's
    /// ``StepReflection/dissent``).
    func sayCommitted(_ step: StepReflection) {
        let votes = step.currentVotes
        if let special = committedSpecially(step) {
            say(special)
        } else if votes.isEmpty {
            say(l(.teamCommitNone, step.shown))
        } else if !step.dissent {
            say(l.count(votes.count, .teamCommitUnanimous, step.shown, votes.count))
        } else {
            say(l(.teamCommitDissent, step.shown, votes.count { $0.choice == step.choice.number }, votes.count))
        }
    }

    /// The votes at the decision at hand per option shown; with `names`, who voted what and why.
    func showTally(names: Bool) {
        guard let live, !live.session.isFinished else { return }
        let session = live.session
        let votes = session.currentVotes
        say(votes.isEmpty
            ? l(.teamTallyTitleEmpty, session.stepNumber, session.state.participants.count)
            : l(.teamTallyTitle, session.stepNumber, votes.count, session.state.participants.count))
        for (i, choice) in session.visibleChoices.enumerated() where !votes.isEmpty {
            let mine = votes.filter { $0.shown == i + 1 }
            let line = mine.count == 1
                ? l(.teamTallyOptionOne, i + 1, choice.text.value)
                : l(.teamTallyOptionMany, i + 1, mine.count, choice.text.value)
            say(wrap(line, first: "  ", indent: "     "))
            guard names else { continue }
            for vote in mine {
                let role = roleName(vote.role, in: session.scenario)
                let text = vote.reason.map { l(.teamTallyVoterReason, vote.name, role, $0) } ?? l(.teamTallyVoter, vote.name, role)
                say(wrap(text, first: "       ", indent: "         "))
            }
        }
        if names {
            let waiting = session.participantsYetToVote.map(\.name)
            if !waiting.isEmpty { say(wrap(l(.teamTallyNotVoted, waiting.joined(separator: ", ")), first: "  ", indent: "  ")) }
        } else if !votes.isEmpty {
            say("  " + l(.teamTallyNamesHint, REPLCommand.status.name(in: l.language), Self.namesWord(l.language)))
        }
    }

    /// `status names` / `stand namen`: the word that asks for the tally with names, in
    /// `language` (`repl.word.names`).
    static func namesWord(_ language: Language) -> String { Localizer(language)(.replWordNames).lowercased() }

    /// The word for names in every bundled language: `status` accepts any of them.
    static let namesWords: Set<String> = Set(Language.allCases.map(namesWord))

    /// `cards ROLE`: the full text of a role's cards that the room has not seen, so that the
    /// trainer can pass them on to that role without sharing them.
    func roleCards(_ role: String, in live: LiveSession) {
        let scenario = live.session.scenario
        guard let found = scenario.role(role) else {
            fail(l(.teamEngineUnknownRole, role))
            return fail(l(.teamJoinRoles, scenario.roles.map(\.id).joined(separator: ", ")))
        }
        let own = live.session.privateCards(role: found.id)
        guard !own.isEmpty else { return say(l(.teamCardsRoleEmpty, found.name.value)) }
        say(bold(l(.teamCardsRoleTitle, found.name.value)))
        for id in own {
            guard let card = scenario.card(id) else { continue }
            say(wrap("\(card.title.value) [\(id)]", first: "  • ", indent: "    "))
            say(wrap(card.text.value, first: "    ", indent: "    "))
            if let source = card.source?.value { say(wrap(l(.replCardSource, source), first: "    ", indent: "    ")) }
        }
    }

    /// A role's display name (its id when the scenario no longer has it).
    func roleName(_ id: String, in scenario: Scenario) -> String {
        scenario.role(id)?.name.value ?? id
    }
}
