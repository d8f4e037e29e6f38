import SamenOpModel
import SamenOpText
/// Why the engine refused an action. The session is unchanged whenever one is thrown.
public enum EngineError: Error, Hashable, Sendable {
    /// `shown` is not among the `count` choices shown at `step`.
    case choiceOutOfRange(step: Int, shown: Int, count: Int)
    /// The session has reached an ending; nothing more can be chosen.
    case finished
    case nothingToUndo
    case emptyNote
    case notTeamSession
    case unknownParticipant(String)
    case unknownRole(String)
    case duplicateParticipant(String)
    case unknownCard(String)
    /// The card exists but has not been revealed yet.
    case cardNotRevealed(String)
    /// The card is not bound to a role (everyone sees it already).
    case cardNotRoleBound(String)
    case alreadyShared(String)
    /// The decision at hand asks no safety judgement (no `scale: true`).
    case scaleNotAsked
    /// A safety judgement outside 0-10.
    case scaleOutOfRange(Int)
    /// Replaying a stored session: the recorded choice no longer fits the scenario.
    case replayMismatch(step: Int, scene: String, expected: String)
}
