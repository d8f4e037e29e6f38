import SamenOpModel

/// What one role knew in a team session: its role-bound cards, when each became known to the
/// role and when it was shared with the room.
///
/// This replaces the votes per role measured against the expert options, which in a room of
/// police, Veilig Thuis and the neighbourhood team read as a score per organisation
/// (`scoring.md`, "Changes (December 2026)").
public struct RoleKnowledge: Sendable, Hashable {
    public var role: String
    /// The role's cards that were revealed, in the order revealed.
    public var cards: [CardKnowledge]
}

/// One role-bound card: when its role knew it and when the room did.
public struct CardKnowledge: Sendable, Hashable {
    public var card: String
    /// The first step decided with the card known to its role; `nil` when it came only after
    /// the last decision.
    public var revealedAt: Int?
    /// The first step decided with the card shared; `nil` when it was shared after the last
    /// decision or never.
    public var sharedAt: Int?
    /// Whether the card was shared by the end of the session.
    public var shared: Bool
}

extension TeamFigures {
    /// Each role's revealed cards, in the scenario's order of roles; roles without a revealed
    /// card are left out.
    static func knowledge(
        steps: [StepReflection], records: [Int: Step], scenario: Scenario, revealed: [String], shared: [String]
    ) -> [RoleKnowledge] {
        scenario.roles.compactMap { role in
            let cards = revealed.filter { scenario.card($0)?.role?.value == role.id }.map { id in
                CardKnowledge(
                    card: id,
                    revealedAt: steps.first { records[$0.index]?.revealedBefore.contains(id) ?? false }?.index,
                    sharedAt: steps.first { records[$0.index]?.sharedBefore.contains(id) ?? false }?.index,
                    shared: shared.contains(id))
            }
            return cards.isEmpty ? nil : RoleKnowledge(role: role.id, cards: cards)
        }
    }
}
