import Foundation
import SamenOpModel
import SamenOpText

/// How a session is played.
public enum SessionMode: String, Codable, Sendable, CaseIterable {
    /// One professional alone, with feedback after each choice.
    case selfStudy = "self-study"
    /// A group on one screen: participants, votes, shared cards.
    case team
    /// Review of an anonymised past case: "then" beside "now".
    case review
}

/// What identifies a session and how it was started; fixed for the session's life.
public struct SessionHeader: Codable, Sendable, Hashable {
    public var id: String
    public var scenarioID: String
    /// The sha256 of the scenario file the session was started on.
    public var scenarioSHA256: String
    public var mode: SessionMode
    public var startedAt: Date
    /// Review mode was started although the privacy check had findings.
    public var acceptedPrivacyRisk: Bool
    /// A practice session (`start ID bij SCENE zet VAR=WAARDE`): where it started and what was
    /// preset. `nil` for a session from the start, and absent in stores written before it existed.
    public var practice: PracticeStart?
    /// The seed that fixes the order in which each scene's options are shown
    /// (``OptionOrder``); `nil` shows them in authored order. Absent in headers stored before
    /// options were shuffled, which therefore replay in authored order, as they were played.
    public var shuffleSeed: UInt64?
    /// The group the session was played in ("VT Noord, mei"), for `stats`, `export` and `xapi`;
    /// `nil` when none was given. Absent from headers stored before groups existed.
    public var group: String?

    public init(
        id: String, scenarioID: String, scenarioSHA256: String, mode: SessionMode, startedAt: Date,
        acceptedPrivacyRisk: Bool = false, shuffleSeed: UInt64? = nil, practice: PracticeStart? = nil, group: String? = nil
    ) {
        self.id = id
        self.scenarioID = scenarioID
        self.scenarioSHA256 = scenarioSHA256
        self.mode = mode
        self.startedAt = startedAt
        self.acceptedPrivacyRisk = acceptedPrivacyRisk
        self.shuffleSeed = shuffleSeed
        self.practice = practice
        self.group = group
    }
}

/// A participant in a team session.
public struct Participant: Codable, Sendable, Hashable {
    public var name: String
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// A participant's vote at a decision. A later vote by the same person replaces the earlier
/// one; both stay in the record, the earlier one marked `replaced`.
public struct Vote: Codable, Sendable, Hashable {
    public var name: String
    public var role: String
    /// The number as shown.
    public var shown: Int
    /// The authored number of the choice voted for.
    public var choice: Int
    public var reason: String?
    public var at: Date
    public var replaced: Bool

    public init(name: String, role: String, shown: Int, choice: Int, reason: String?, at: Date, replaced: Bool = false) {
        self.name = name
        self.role = role
        self.shown = shown
        self.choice = choice
        self.reason = reason
        self.at = at
        self.replaced = replaced
    }
}

/// One decision: what was shown, what was taken, and the state around it.
public struct Step: Codable, Sendable, Hashable {
    public var scene: String
    /// Authored numbers of the choices that were visible, in the order shown.
    public var shownChoices: [Int]
    /// The authored number of the choice taken.
    public var choice: Int
    /// The number the trainee saw (1-based among the visible choices, in the order shown).
    public var shown: Int
    public var variablesBefore: [String: Value]
    public var variablesAfter: [String: Value]
    /// Cards revealed before the choice was made (including the scene's own).
    public var revealedBefore: [String]
    /// Team: cards shared with the room before the choice was made.
    public var sharedBefore: [String]
    public var decisionMs: Int
    public var notes: [String]
    public var votes: [Vote]
    public var chosenAt: Date
    /// Taken back with `undo`; kept in the record, left out of scoring.
    public var undone: Bool
    /// Team: the participants' own safety judgements at this decision (`scale: true`),
    /// replaced ones included (marked).
    public var scales: [ScaleJudgement] = []

    public init(
        scene: String, shownChoices: [Int], choice: Int, shown: Int,
        variablesBefore: [String: Value], variablesAfter: [String: Value],
        revealedBefore: [String], sharedBefore: [String], decisionMs: Int, notes: [String],
        votes: [Vote], chosenAt: Date, undone: Bool = false
    ) {
        self.scene = scene
        self.shownChoices = shownChoices
        self.choice = choice
        self.shown = shown
        self.variablesBefore = variablesBefore
        self.variablesAfter = variablesAfter
        self.revealedBefore = revealedBefore
        self.sharedBefore = sharedBefore
        self.decisionMs = decisionMs
        self.notes = notes
        self.votes = votes
        self.chosenAt = chosenAt
        self.undone = undone
    }

    /// `veiligheid` before the choice.
    public var safetyBefore: Int { variablesBefore[safetyVariable]?.intValue ?? 0 }
    /// `veiligheid` after the choice.
    public var safetyAfter: Int { variablesAfter[safetyVariable]?.intValue ?? 0 }
}

/// Everything mutable about a session; `Codable`, `Sendable` and versioned.
///
/// It is always the result of replaying ``events`` on the scenario, so it can be rebuilt
/// from the store at any time.
public struct SessionState: Codable, Sendable, Hashable {
    /// Bumped when the encoded form changes incompatibly.
    public static let currentVersion = 1

    public var version: Int
    public var header: SessionHeader
    public var events: [SessionEvent]
    public var currentScene: String
    public var variables: [String: Value]
    /// Scene ids in the order first entered.
    public var visited: [String]
    /// Card ids in the order revealed.
    public var revealed: [String]
    /// Team: card ids shared with the room, in order.
    public var shared: [String]
    public var participants: [Participant]
    /// Every step taken, undone ones included (marked).
    public var steps: [Step]
    /// Votes for the decision at hand (team), replaced ones included.
    public var pendingVotes: [Vote]
    /// Notes written at the current scene before choosing.
    public var pendingNotes: [String]
    /// Team: safety judgements for the decision at hand, replaced ones included.
    public var pendingScales: [ScaleJudgement] = []
    /// Team: the trainer revealed the votes and judgements of the decision at hand
    /// (`onthul`); a new decision starts hidden again.
    public var votesRevealed = false
    /// When the current decision began (scene entered or session resumed).
    public var decisionStartedAt: Date
    /// When the session reached an ending.
    public var finishedAt: Date?

    /// The steps that count: taken and not undone, in order.
    public var activeSteps: [Step] { steps.filter { !$0.undone } }
}

extension Value {
    /// The integer, if this is an int.
    public var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }
}
