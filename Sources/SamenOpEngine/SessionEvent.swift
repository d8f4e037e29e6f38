import Foundation
import SamenOpModel
import SamenOpText

/// One thing that happened in a session, in the order it happened.
///
/// A session is fully determined by its scenario plus its events: the store appends events as
/// they happen (so nothing is lost on a crash) and ``Session/replay(scenario:header:events:)``
/// rebuilds the exact state from them, also against a changed scenario.
public enum SessionEvent: Codable, Sendable, Hashable {
    /// A choice taken: `shown` is the number the trainee saw, `choice` the authored number,
    /// `scene` the scene it was taken in and `text` the option's text, so that a replay on a
    /// changed scenario finds the same option even when options were inserted or reordered,
    /// and notices when it was rewritten. `text` is `nil` in events recorded without it.
    case choose(scene: String, shown: Int, choice: Int, text: String? = nil, at: Date)
    /// A free note ("why I chose this") on the current step.
    case note(text: String, at: Date)
    /// The last step taken back.
    case undo(at: Date)
    /// Team: a participant joins with a role.
    case join(name: String, role: String, at: Date)
    /// Team: a participant's vote (as shown) with an optional reason.
    case vote(name: String, shown: Int, reason: String?, at: Date)
    /// Team: a role-bound card shared with the room.
    case share(card: String, at: Date)
    /// The session was resumed: the clock for the current decision starts again.
    case resume(at: Date)
    /// Team: a vote cast from a phone in the room; it counts exactly like ``vote(name:shown:reason:at:)``
    /// and differs only in where it came from (Docs/room.md).
    case roomVote(name: String, shown: Int, reason: String?, at: Date)
    /// Team: a participant's own safety judgement (0-10) at a `scale: true` decision, typed
    /// or from a phone (`phone` says which).
    case scale(name: String, value: Int, reason: String?, phone: Bool, at: Date)
    /// Team: the trainer revealed the votes and judgements of the decision at hand.
    case reveal(at: Date)

    /// When the event happened.
    public var date: Date {
        switch self {
        case .choose(_, _, _, _, let at), .note(_, let at), .undo(let at), .join(_, _, let at),
             .vote(_, _, _, let at), .share(_, let at), .resume(let at), .roomVote(_, _, _, let at),
             .scale(_, _, _, _, let at), .reveal(let at):
            at
        }
    }
}
