import Foundation
import SamenOpModel

/// The room's actions: votes from phones, everyone's own safety judgement, and the trainer's
/// reveal. Each checks first and changes nothing when it throws, then appends one event, like
/// every other action of ``Session``.
extension Session {
    /// Team: records a vote from `source`; a room vote is the same vote as a typed one, stored
    /// as ``SessionEvent/roomVote(name:shown:reason:at:)`` so the store says where it came from.
    public mutating func vote(name: String, shown: Int, reason: String?, from source: VoteSource, at date: Date) throws(EngineError) {
        try vote(name: name, shown: shown, reason: reason, at: date)
        guard source == .room, case .vote(let name, let shown, let reason, let at)? = state.events.last else { return }
        state.events[state.events.count - 1] = .roomVote(name: name, shown: shown, reason: reason, at: at)
    }

    /// Team: a participant's own safety judgement at a decision with `scale: true`.
    public mutating func judge(name: String, value: Int, reason: String?, phone: Bool, at date: Date) throws(EngineError) {
        guard state.header.mode == .team else { throw .notTeamSession }
        guard let participant = participant(named: name) else { throw .unknownParticipant(name) }
        guard !isFinished else { throw .finished }
        guard scene.asksScale else { throw .scaleNotAsked }
        guard safetyRange.contains(value) else { throw .scaleOutOfRange(value) }
        let trimmed = reason?.trimmingCharacters(in: .whitespaces)
        let reason = (trimmed?.isEmpty ?? true) ? nil : trimmed
        for i in state.pendingScales.indices where state.pendingScales[i].name == participant.name {
            state.pendingScales[i].replaced = true
        }
        state.pendingScales.append(ScaleJudgement(
            name: participant.name, role: participant.role, value: value, reason: reason, phone: phone, at: date))
        state.events.append(.scale(name: participant.name, value: value, reason: reason, phone: phone, at: date))
    }

    /// Team: reveals the votes and judgements of the decision at hand to the room.
    public mutating func revealVotes(at date: Date) throws(EngineError) {
        guard state.header.mode == .team else { throw .notTeamSession }
        guard !isFinished else { throw .finished }
        state.votesRevealed = true
        state.events.append(.reveal(at: date))
    }

    /// The judgements that count at the decision at hand: each participant's latest.
    public var currentScales: [ScaleJudgement] { state.pendingScales.filter { !$0.replaced } }

    /// How many participants voted at the decision at hand, of how many.
    public var voteCount: (cast: Int, of: Int) { (currentVotes.count, state.participants.count) }

    /// The current votes per number shown, for every option shown (zero included).
    public var tally: [(shown: Int, votes: Int)] {
        let votes = currentVotes
        return visibleChoices.indices.map { i in (i + 1, votes.filter { $0.shown == i + 1 }.count) }
    }

    /// Moves the judgements of the decision just taken into its step and hides the next one.
    mutating func closeRoomDecision(into index: Int) {
        state.steps[index].scales = state.pendingScales
        state.pendingScales = []
        state.votesRevealed = false
    }
}
