import SamenOpModel
import SamenOpText
/// What a team session shows beside the common figures: where the team disagreed and how
/// the choice was made, how each role's votes related to the expert options, and the
/// information a role held that the room did not see.
///
/// Like every figure, these are a mirror: they count votes per role, never per person, and
/// keep the scenario's order of roles rather than sorting them by any score.
public struct TeamFigures: Sendable, Hashable {
    /// Steps where the votes differed (from each other or from the choice), or someone changed
    /// their vote to another option, in step order.
    public var disagreements: [Disagreement]
    /// Per role with votes at expert decisions, in the scenario's order of roles. Kept for
    /// scripts reading the JSON report; the Markdown and HTML reports no longer show it.
    public var roles: [RoleAgreement]
    /// Role-bound cards that were held, unshared, at one or more decisions.
    public var heldCards: [HeldCard]
    /// What each role knew and when it was shared (the team report shows this, not ``roles``).
    public var knowledge: [RoleKnowledge]
}

/// A decision at which the team did not agree at once, and how it ended.
public struct Disagreement: Sendable, Hashable {
    public var step: Int
    public var scene: String
    /// The option committed: its authored number and the number shown.
    public var choice: Int
    public var shown: Int
    /// The final votes per option shown, in the order shown, options without votes left out.
    public var tally: [OptionTally]
    /// Participants whose last vote differs from their first.
    public var changes: [VoteChange]
    public var resolution: Resolution
}

/// The number of final votes for one option.
public struct OptionTally: Sendable, Hashable {
    /// The authored number of the option.
    public var choice: Int
    /// The number shown for it at the step.
    public var shown: Int
    public var votes: Int
}

/// A participant who changed their vote at a step.
public struct VoteChange: Sendable, Hashable {
    public var name: String
    public var role: String
    /// The numbers shown of the first and of the last vote.
    public var fromShown: Int
    public var toShown: Int
}

/// How the committed option related to the final votes.
public enum Resolution: String, Sendable, Hashable, CaseIterable {
    /// Everyone's last vote was for the option committed, after at least one changed vote.
    case converged
    /// Not everyone agreed; the option committed had the most votes (or shared the most).
    case mostVotes = "most-votes"
    /// Another option had more votes than the one committed.
    case fewerVotes = "fewer-votes"
    /// Nobody's last vote was for the option committed.
    case noVotes = "no-votes"
}

/// How often the votes cast in one role were for an expert option.
public struct RoleAgreement: Sendable, Hashable {
    public var role: String
    /// Final votes cast in this role at steps where an expert option was shown.
    public var votes: Int
    /// Of those, the votes for an expert option.
    public var expert: Int
    /// The steps behind the figures: where the role voted, and where a vote was expert.
    public var steps: [Int]
    public var expertSteps: [Int]
}

/// A role-bound card the room had not seen at one or more decisions.
public struct HeldCard: Sendable, Hashable {
    public var card: String
    public var role: String
    /// The steps decided while the card was revealed to its role and not shared.
    public var heldAt: [Int]
    /// The first step decided with the card shared; `nil` when it was shared after the last
    /// decision or never.
    public var sharedBy: Int?
    /// Whether the card was shared by the end of the session.
    public var shared: Bool
}

extension TeamFigures {
    /// The team figures of a session's active steps.
    init(steps: [StepReflection], records: [Int: Step], scenario: Scenario, revealed: [String], shared: [String]) {
        disagreements = steps.compactMap(Self.disagreement)
        roles = scenario.roles.compactMap { role in
            var votes = 0, expert = 0
            var voted: [Int] = [], matched: [Int] = []
            for step in steps where step.isDecision && step.expertShown {
                let mine = step.currentVotes.filter { $0.role == role.id }
                guard !mine.isEmpty else { continue }
                let hits = mine.filter { vote in step.scene.choices.first { $0.number == vote.choice }?.expert == true }
                votes += mine.count
                expert += hits.count
                voted.append(step.index)
                if !hits.isEmpty { matched.append(step.index) }
            }
            return votes == 0 ? nil : RoleAgreement(role: role.id, votes: votes, expert: expert, steps: voted, expertSteps: matched)
        }
        // One pass over the decisions: each role-bound card in the order it was first held,
        // with every step at which it was revealed to its role and not yet shared.
        var order: [(card: String, role: String)] = []
        var heldAt: [String: [Int]] = [:]
        for step in steps {
            guard let record = records[step.index] else { continue }
            for id in record.revealedBefore where !record.sharedBefore.contains(id) {
                guard let role = scenario.card(id)?.role?.value else { continue }
                if heldAt[id] == nil { order.append((id, role)) }
                heldAt[id, default: []].append(step.index)
            }
        }
        heldCards = order.map { id, role in
            let sharedBy = steps.first { records[$0.index]?.sharedBefore.contains(id) ?? false }?.index
            return HeldCard(card: id, role: role, heldAt: heldAt[id] ?? [], sharedBy: sharedBy, shared: shared.contains(id))
        }
        knowledge = Self.knowledge(steps: steps, records: records, scenario: scenario, revealed: revealed, shared: shared)
    }

    static func disagreement(_ step: StepReflection) -> Disagreement? {
        let final = step.currentVotes
        guard !final.isEmpty else { return nil }
        var changes: [VoteChange] = []
        for vote in final {
            guard let first = step.votes.first(where: { $0.name == vote.name }), first.choice != vote.choice else { continue }
            changes.append(VoteChange(name: vote.name, role: vote.role, fromShown: first.shown, toShown: vote.shown))
        }
        guard step.dissent || !changes.isEmpty else { return nil }
        let tally = step.shownChoices.enumerated().compactMap { i, choice -> OptionTally? in
            let count = final.count { $0.choice == choice.number }
            return count == 0 ? nil : OptionTally(choice: choice.number, shown: i + 1, votes: count)
        }
        let committed = final.count { $0.choice == step.choice.number }
        let most = tally.map(\.votes).max() ?? 0
        let resolution: Resolution =
            committed == final.count ? .converged : committed == 0 ? .noVotes : committed == most ? .mostVotes : .fewerVotes
        return Disagreement(
            step: step.index, scene: step.scene.id, choice: step.choice.number, shown: step.shown,
            tally: tally, changes: changes, resolution: resolution)
    }
}
