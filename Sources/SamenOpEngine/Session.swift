import Foundation
import SamenOpModel
import SamenOpText

/// Plays a scenario: shows scenes, applies choices, records steps. No I/O.
///
/// A session is the scenario plus the ``SessionEvent``s that happened; every mutating method
/// validates first and changes nothing when it throws, then appends its event to
/// ``SessionState/events``. The caller persists that event (see ``lastEvent``).
///
/// ```swift
/// var session = Session(scenario: scenario, header: header)
/// let step = try session.choose(shown: 2, at: clock())
/// ```
public struct Session: Sendable {
    public let scenario: Scenario
    public internal(set) var state: SessionState

    /// Starts a session at the scenario's `start` scene, or for a practice session
    /// (``SessionHeader/practice``) at its scene with its variables preset. The start is part
    /// of the header, so a replay (and an undo, which replays) starts at the same place.
    public init(scenario: Scenario, header: SessionHeader) {
        self.scenario = scenario
        let start = header.practice?.scene ?? scenario.start.value
        state = SessionState(
            version: SessionState.currentVersion, header: header, events: [],
            currentScene: start, variables: header.practice?.variables(in: scenario) ?? scenario.initialValues,
            visited: [], revealed: [], shared: [], participants: [], steps: [], pendingVotes: [], pendingNotes: [],
            decisionStartedAt: header.startedAt, finishedAt: nil)
        enter(start, at: header.startedAt)
    }

    // MARK: - Reading

    /// The scene the session is at.
    public var scene: Scene {
        // The loader guarantees `start` and every `goto` exist; replay re-checks on a changed scenario.
        scenario.scene(state.currentScene) ?? scenario.scenes[0]
    }

    /// The choices shown at the current scene, conditions applied, in the order shown: the
    /// authored order, or the session's shuffled order (``orderedChoices(of:)``). The numbers a
    /// trainee types are positions in this list.
    public var visibleChoices: [Choice] {
        scene.visibleChoices(in: evaluationContext, order: orderedChoices(of: scene))
    }

    /// Whether the session has reached an ending.
    public var isFinished: Bool { scene.isEnd || state.finishedAt != nil }

    /// The 1-based number of the decision at hand (or of the next one).
    public var stepNumber: Int { state.activeSteps.count + 1 }

    /// The event appended by the last successful action.
    public var lastEvent: SessionEvent? { state.events.last }

    /// What conditions can read now.
    public var evaluationContext: EvaluationContext {
        EvaluationContext(variables: state.variables, visited: Set(state.visited), revealed: Set(state.revealed))
    }

    /// `veiligheid` now.
    public var safety: Int { state.variables[safetyVariable]?.intValue ?? 0 }

    /// The situation phase now: the scene's own phase, or the band `veiligheid` is in.
    public var situationPhase: Phase {
        scene.situationPhase(safety: safety, bands: scenario.phaseBands)
    }

    // MARK: - Acting

    /// Takes the choice shown as number `shown` (1-based) and moves to its `goto` scene.
    @discardableResult
    public mutating func choose(shown: Int, at date: Date) throws(EngineError) -> Step {
        guard !isFinished else { throw .finished }
        let visible = visibleChoices
        guard shown >= 1, shown <= visible.count else {
            throw .choiceOutOfRange(step: stepNumber, shown: shown, count: visible.count)
        }
        let choice = visible[shown - 1]
        let before = state.variables
        let after = choice.applyingEffects(to: before)
        let elapsed = date.timeIntervalSince(state.decisionStartedAt)
        let step = Step(
            scene: scene.id, shownChoices: visible.map(\.number), choice: choice.number, shown: shown,
            variablesBefore: before, variablesAfter: after, revealedBefore: state.revealed,
            sharedBefore: state.shared, decisionMs: max(0, Int((elapsed * 1000).rounded())),
            notes: state.pendingNotes, votes: state.pendingVotes, chosenAt: date)
        state.steps.append(step)
        state.variables = after
        state.pendingNotes = []
        state.pendingVotes = []
        closeRoomDecision(into: state.steps.count - 1)
        for card in choice.reveal { reveal(card.value) }
        state.events.append(.choose(scene: step.scene, shown: shown, choice: choice.number, text: choice.text.value, at: date))
        enter(choice.goto.value, at: date)
        return step
    }

    /// Adds a note to the current step: the decision at hand, or at an ending the last step.
    public mutating func note(_ text: String, at date: Date) throws(EngineError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .emptyNote }
        if isFinished, let last = state.steps.lastIndex(where: { !$0.undone }) {
            state.steps[last].notes.append(trimmed)
        } else {
            state.pendingNotes.append(trimmed)
        }
        state.events.append(.note(text: trimmed, at: date))
    }

    /// Takes back the last step; it stays in the record, marked undone. In a team session its
    /// votes are cast again at the decision it reopens (``SessionState/pendingVotes``).
    @discardableResult
    public mutating func undo(at date: Date) throws(EngineError) -> Step {
        guard let last = state.steps.lastIndex(where: { !$0.undone }) else { throw .nothingToUndo }
        // The same path a replayed undo takes, so a live session and its replay cannot differ.
        try apply(.undo(at: date))
        return state.steps[last]
    }

    /// Team: adds a participant with one of the scenario's roles.
    public mutating func join(name: String, role: String, at date: Date) throws(EngineError) {
        guard state.header.mode == .team else { throw .notTeamSession }
        let name = name.trimmingCharacters(in: .whitespaces)
        guard scenario.role(role) != nil else { throw .unknownRole(role) }
        guard participant(named: name) == nil else { throw .duplicateParticipant(name) }
        state.participants.append(Participant(name: name, role: role))
        state.events.append(.join(name: name, role: role, at: date))
    }

    /// Team: records a participant's vote for the choice shown as `shown`.
    public mutating func vote(name: String, shown: Int, reason: String?, at date: Date) throws(EngineError) {
        guard state.header.mode == .team else { throw .notTeamSession }
        guard let participant = participant(named: name) else { throw .unknownParticipant(name) }
        guard !isFinished else { throw .finished }
        let visible = visibleChoices
        guard shown >= 1, shown <= visible.count else {
            throw .choiceOutOfRange(step: stepNumber, shown: shown, count: visible.count)
        }
        let reason = reason?.trimmingCharacters(in: .whitespaces)
        for i in state.pendingVotes.indices where state.pendingVotes[i].name == participant.name {
            state.pendingVotes[i].replaced = true
        }
        state.pendingVotes.append(Vote(
            name: participant.name, role: participant.role, shown: shown, choice: visible[shown - 1].number,
            reason: (reason?.isEmpty ?? true) ? nil : reason, at: date))
        state.events.append(.vote(name: participant.name, shown: shown, reason: reason, at: date))
    }

    /// Team: shares a revealed role-bound card with the room.
    public mutating func share(card id: String, at date: Date) throws(EngineError) {
        guard state.header.mode == .team else { throw .notTeamSession }
        guard let card = scenario.card(id) else { throw .unknownCard(id) }
        guard state.revealed.contains(id) else { throw .cardNotRevealed(id) }
        guard card.role != nil else { throw .cardNotRoleBound(id) }
        guard !state.shared.contains(id) else { throw .alreadyShared(id) }
        state.shared.append(id)
        state.events.append(.share(card: id, at: date))
    }

    /// Marks a resume: the clock for the decision at hand starts again, so the time away is
    /// not counted as thinking time.
    public mutating func resume(at date: Date) {
        state.decisionStartedAt = date
        state.events.append(.resume(at: date))
    }

    // MARK: - Replay

    /// Rebuilds a session from its recorded events.
    ///
    /// Throws ``EngineError/replayMismatch(step:scene:expected:)`` when a recorded choice no
    /// longer fits the scenario (a changed file): the scene differs, or the number shown then
    /// is no longer shown or now names another choice.
    public static func replay(scenario: Scenario, header: SessionHeader, events: [SessionEvent]) throws(EngineError) -> Session {
        var session = Session(scenario: scenario, header: header)
        for event in events {
            try session.apply(event)
        }
        return session
    }

    /// Applies one recorded event.
    public mutating func apply(_ event: SessionEvent) throws(EngineError) {
        switch event {
        case .choose(let sceneID, let shown, let number, let text, let at):
            let visible = visibleChoices
            guard sceneID == scene.id else {
                throw .replayMismatch(step: stepNumber, scene: sceneID, expected: "\(shown)")
            }
            let position: Int?
            if let text {
                // The option as it was worded: it may have moved when options were added.
                position = visible.firstIndex { $0.text.value == text }.map { $0 + 1 }
            } else {
                position = shown >= 1 && shown <= visible.count && visible[shown - 1].number == number ? shown : nil
            }
            guard let position else {
                throw .replayMismatch(step: stepNumber, scene: sceneID, expected: "\(shown)")
            }
            try choose(shown: position, at: at)
        case .note(let text, let at):
            try note(text, at: at)
        case .undo(let at):
            guard let last = state.steps.lastIndex(where: { !$0.undone }) else { throw .nothingToUndo }
            var steps = state.steps
            steps[last].undone = true
            // Replay the remaining choices from the start, keeping the undone steps in the record.
            var fresh = Session(scenario: scenario, header: state.header)
            fresh.state.participants = state.participants
            for step in steps where !step.undone {
                fresh.restoreStep(step)
            }
            // Cards shared with the room stay shared: the room has seen them (Docs/decisions.md).
            fresh.state.shared = state.shared
            fresh.state.steps = steps
            fresh.state.events = state.events + [.undo(at: at)]
            // The votes of the step taken back are cast again at the decision it reopens, so a
            // mistyped commit does not cost the room its votes (they also stay with the undone
            // step in the record). Votes already cast at the decision that followed belonged to
            // a decision no longer at hand; the REPL names them (Docs/decisions.md).
            fresh.state.pendingVotes = steps[last].votes
            fresh.state.pendingNotes = []
            fresh.state.pendingScales = []
            fresh.state.votesRevealed = false
            fresh.state.finishedAt = nil
            fresh.state.decisionStartedAt = at
            self = fresh
        case .join(let name, let role, let at):
            try join(name: name, role: role, at: at)
        case .vote(let name, let shown, let reason, let at):
            try vote(name: name, shown: shown, reason: reason, at: at)
        case .share(let card, let at):
            try share(card: card, at: at)
        case .resume(let at):
            resume(at: at)
        case .roomVote(let name, let shown, let reason, let at):
            try vote(name: name, shown: shown, reason: reason, from: .room, at: at)
        case .scale(let name, let value, let reason, let phone, let at):
            try judge(name: name, value: value, reason: reason, phone: phone, at: at)
        case .reveal(let at):
            try revealVotes(at: at)
        }
    }

    // MARK: - Internals

    /// Re-applies a recorded step's effects without recording a new one (used by undo).
    private mutating func restoreStep(_ step: Step) {
        guard let choice = scene.choices.first(where: { $0.number == step.choice }) else { return }
        state.variables = step.variablesAfter
        for card in choice.reveal { reveal(card.value) }
        enter(choice.goto.value, at: step.chosenAt)
    }

    private mutating func enter(_ sceneID: String, at date: Date) {
        state.currentScene = sceneID
        state.decisionStartedAt = date
        if !state.visited.contains(sceneID) { state.visited.append(sceneID) }
        guard let scene = scenario.scene(sceneID) else { return }
        for card in scene.reveal { reveal(card.value) }
        if scene.isEnd { state.finishedAt = date }
    }

    private mutating func reveal(_ card: String) {
        if !state.revealed.contains(card) { state.revealed.append(card) }
    }
}
