import SamenOpModel

/// Read-only questions about a session that a front end asks instead of answering them itself.
///
/// The rules behind them (whose vote counts, which cards the room has seen, where a note goes)
/// belong to the engine: the REPL, a future front end and the report must never disagree on
/// them, so each is answered here once, beside the actions that enforce the same rules.
extension Session {
    /// The participant called `name`, matched as ``join(name:role:at:)`` and
    /// ``vote(name:shown:reason:at:)`` match names: ignoring case.
    public func participant(named name: String) -> Participant? {
        let name = name.lowercased()
        return state.participants.first { $0.name.lowercased() == name }
    }

    /// Team: the votes that count at the decision at hand, one per participant (their last), in
    /// the order cast. A replaced vote stays in ``SessionState/pendingVotes`` for the record only.
    public var currentVotes: [Vote] { state.pendingVotes.filter { !$0.replaced } }

    /// Team: the vote of the participant called `name` that counts at the decision at hand.
    public func currentVote(of name: String) -> Vote? {
        guard let participant = participant(named: name) else { return nil }
        return currentVotes.last { $0.name == participant.name }
    }

    /// Team: the participants without a vote at the decision at hand, in the order they joined.
    public var participantsYetToVote: [Participant] {
        let voted = Set(currentVotes.map(\.name))
        return state.participants.filter { !voted.contains($0.name) }
    }

    /// Whether the room has not seen card `id`: in a team session a revealed card bound to a
    /// role stays with that role until it is shared. Outside team sessions nothing is held back.
    public func isHeldBack(card id: String) -> Bool {
        state.header.mode == .team && scenario.card(id)?.role != nil && !state.shared.contains(id)
    }

    /// The revealed cards everyone sees, in the order revealed: in a team session the cards
    /// without a role and the shared ones; otherwise every revealed card.
    public var roomCards: [String] { state.revealed.filter { !isHeldBack(card: $0) } }

    /// Team: the revealed cards of `role` that the room has not seen, in the order revealed
    /// (what the trainer passes on to that role alone).
    public func privateCards(role: String) -> [String] {
        state.revealed.filter { isHeldBack(card: $0) && scenario.card($0)?.role?.value == role }
    }

    /// Team: the cards ``share(card:at:)`` accepts now: revealed, bound to a role, not shared.
    public var shareableCards: [String] { state.revealed.filter { isHeldBack(card: $0) } }

    /// Whether the session is stuck: no ending reached and no choice shown (every condition at
    /// the scene fails), so only ``undo(at:)`` moves it on.
    public var isAtDeadEnd: Bool { !isFinished && visibleChoices.isEmpty }

    /// The number of the step the session is at: the decision at hand, or at an ending the last
    /// step taken. That is where ``note(_:at:)`` puts a note, and what a status line shows.
    public var currentStepNumber: Int { isFinished ? state.activeSteps.count : stepNumber }
}

extension Step {
    /// The votes that counted at this step: each participant's last one.
    public var currentVotes: [Vote] { votes.filter { !$0.replaced } }
}

extension Scenario {
    /// The authored choice a recorded step took; `nil` when the scenario no longer has it.
    public func choice(for step: Step) -> Choice? {
        scene(step.scene)?.choices.first { $0.number == step.choice }
    }
}

extension SessionMode {
    /// Whether a session in this mode may be started on `scenario`: a review sets each choice
    /// beside what was actually done then, so it needs a past case; the other modes take any
    /// scenario. `play --mode review` and the REPL's `start ID review` both ask this.
    public func accepts(_ scenario: Scenario) -> Bool {
        self != .review || scenario.kind == .pastCase
    }
}
