import SamenOpEngine
import SamenOpModel
import SamenOpText
/// The team parts of the mirror as plain sentences, for the report document.
struct TeamReportText {
    /// One sentence per disagreement, or the sentence that there was none.
    var disagreements: [String]
    /// One line per role: its cards, when each was known and when it was shared.
    var knowledge: [String]
    /// One sentence per card the room did not see at a decision, or the sentence that there was none.
    var cards: [String]

    init(_ team: TeamFigures, scenario: Scenario, _ l: Localizer) {
        disagreements = team.disagreements.map { d in
            let tally = d.tally.map {
                $0.votes == 1 ? l(.teamReportTallyOne, $0.shown) : l(.teamReportTallyMany, $0.shown, $0.votes)
            }.joined(separator: ", ")
            // `most-votes` also covers a shared first place; saying "the most votes" there is wrong.
            let most = d.tally.map(\.votes).max() ?? 0
            let tied = d.resolution == .mostVotes && d.tally.count { $0.votes == most } > 1
            let resolution = tied ? l(.teamReportResolutionTied) : l(TextKey("teamReport.resolution.\(d.resolution.rawValue)"))
            var text = l(.teamReportDisagreement, d.step, l.sceneLabel(d.scene, in: scenario), tally, d.shown, resolution)
            if !d.changes.isEmpty {
                let changes = d.changes.map {
                    l(.teamReportChange, $0.name, l.roleName($0.role, in: scenario), $0.fromShown, $0.toShown)
                }.joined(separator: ", ")
                text += " " + l(.teamReportChanges, changes)
            }
            return text
        }
        if disagreements.isEmpty { disagreements = [l(.teamReportDisagreementsNone)] }

        knowledge = team.knowledge.map { role in
            let cards = role.cards.map { card in
                let title = scenario.card(card.card)?.title.value ?? card.card
                let shared = card.sharedAt.map { l(.teamReportKnowledgeSharedAt, $0) }
                    ?? l(card.shared ? .teamReportKnowledgeSharedLate : .teamReportKnowledgeNever)
                return card.revealedAt.map { l(.teamReportKnowledgeCard, title, card.card, $0, shared) }
                    ?? l(.teamReportKnowledgeCardLate, title, card.card, shared)
            }
            return l(.teamReportKnowledgeRole, l.roleName(role.role, in: scenario), cards.joined(separator: "; "))
        }
        if knowledge.isEmpty { knowledge = [l(.teamReportKnowledgeNone)] }

        cards = team.heldCards.map { held in
            let title = scenario.card(held.card)?.title.value ?? held.card
            let role = l.roleName(held.role, in: scenario)
            let steps = ReportText.list(held.heldAt), n = held.heldAt.count
            if let step = held.sharedBy { return l.count(n, .teamReportCardsLate, title, held.card, role, steps, step) }
            return held.shared
                ? l.count(n, .teamReportCardsAfter, title, held.card, role, steps)
                : l.count(n, .teamReportCardsNever, title, held.card, role, steps)
        }
        if cards.isEmpty { cards = [l(.teamReportCardsNone)] }
    }
}
