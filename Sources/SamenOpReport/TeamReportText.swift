import SamenOpEngine
import SamenOpModel
import SamenOpText
/// The team parts of the mirror as plain sentences, for the report document.
struct TeamReportText {
    /// One sentence per disagreement, or the sentence that there was none.
    var disagreements: [String]
    /// The notice that this is a mirror, then one line per role.
    var roles: [String]
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

        roles = team.roles.map {
            l.count($0.votes, .teamReportRolesLine, l.roleName($0.role, in: scenario), $0.expert, $0.votes,
              ReportText.list($0.steps), $0.expertSteps.isEmpty ? "-" : ReportText.list($0.expertSteps))
        }
        if roles.isEmpty { roles = [l(.teamReportRolesNone)] }

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
