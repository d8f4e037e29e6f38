import Foundation
import SamenOpText
import SamenOpModel
import SamenOpEngine
import SamenOpReport

/// Team sessions at commit and undo: what the room must hear before and after a step is
/// taken, so that a mistyped number never costs the votes (trainer trial, findings 1 and 20).
extension REPL {
    /// A vote as one short item: `Anna: 2 (reden)`.
    func voteItem(_ vote: Vote) -> String {
        vote.reason.map { "\(vote.name): \(vote.shown) (\($0))" } ?? "\(vote.name): \(vote.shown)"
    }

    /// Whether the number typed in a team session needs a second time first: there are votes,
    /// and none of them is for it. Asks once; the same number typed again goes through.
    mutating func confirmsUnsupported(_ shown: Int) -> Bool {
        guard let live, live.mode == .team, !live.session.isFinished else { return true }
        let votes = live.session.currentVotes
        let count = live.session.visibleChoices.count
        guard !votes.isEmpty, shown >= 1, shown <= count, !votes.contains(where: { $0.shown == shown }) else { return true }
        if awaitingConfirmation == shown {
            awaitingConfirmation = nil
            return true
        }
        let counts = (1...count).compactMap { option -> String? in
            let n = votes.count { $0.shown == option }
            return n == 0 ? nil : l(.teamCommitVoteCount, option, n)
        }
        fail(l(.teamCommitConfirm, shown, counts.joined(separator: ", ")))
        awaitingConfirmation = shown
        return false
    }

    /// After an undo in a team session: the votes that came back with the reopened decision,
    /// and the ones that were cast at the decision that followed and no longer apply.
    func sayUndoneVotes(dropped: [Vote], droppedStep: Int) {
        guard let live, live.mode == .team else { return }
        if !dropped.isEmpty {
            say(wrap(l(.replUndoVotesDropped, droppedStep, dropped.map(voteItem).joined(separator: "; "))))
        }
        let back = live.session.currentVotes
        if !back.isEmpty {
            say(wrap(l(.replUndoVotesBack, live.session.stepNumber, back.count, live.session.state.participants.count)))
        }
    }

    /// The commit line's wording for a tie or an option nobody voted for, else `nil`.
    func committedSpecially(_ step: StepReflection) -> String? {
        let votes = step.currentVotes
        guard !votes.isEmpty else { return nil }
        let mine = votes.count { $0.choice == step.choice.number }
        if mine == 0 { return l(.teamCommitUnsupported, step.shown, votes.count) }
        let others = Dictionary(grouping: votes.filter { $0.choice != step.choice.number }, by: \.choice)
        if others.values.contains(where: { $0.count == mine }) { return l(.teamCommitTie, step.shown, mine, votes.count) }
        return nil
    }
}
