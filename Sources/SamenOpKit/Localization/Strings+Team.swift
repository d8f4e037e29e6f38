extension Strings {
    /// Strings of team sessions in the REPL: participants, votes, the tally, role cards.
    static let team: [String: LocalizedText] = [
        "team.intro": .init(
            nl: "Teamsessie: voeg deelnemers toe met `{0} NAAM ROL`, laat iedereen stemmen met `{1} NAAM N [REDEN]`, en leg de keuze van de groep vast met het nummer. `{2}` toont de stemmen zonder namen, `{2} {3}` met namen. De terugkoppeling volgt aan het eind.",
            en: "Team session: add participants with `{0} NAME ROLE`, let everyone vote with `{1} NAME N [REASON]`, then commit the group's choice with its number. `{2}` shows the votes without names, `{2} {3}` with names. Feedback follows at the end."),
        "team.scene.role": .init(nl: "beslissing voor: {0}", en: "decision for: {0}"),
        // No brackets around the role: its name may hold brackets itself, and so may a card's title.
        "team.card.private": .init(
            nl: "{0} · alleen voor {1}; deel met de groep: `{2} {3}`",
            en: "{0} · for {1} only; share with the room: `{2} {3}`"),
        "team.card.shared": .init(nl: "{0} · van {1}, gedeeld", en: "{0} · from {1}, shared"),

        "team.join.done": .init(nl: "{0} doet mee als {1}.", en: "{0} joins as {1}."),
        "team.join.roles": .init(nl: "Rollen in dit scenario: {0}", en: "Roles in this scenario: {0}"),
        "team.join.emptyName": .init(nl: "Een deelnemer heeft een naam nodig.", en: "A participant needs a name."),
        "team.vote.done": .init(nl: "Stem van {0}: {1} ({2} van {3} gestemd).", en: "{0} votes {1} ({2} of {3} have voted)."),
        "team.vote.changed": .init(
            nl: "Stem van {0}: {1}, in plaats van {2} ({3} van {4} gestemd).",
            en: "{0} votes {1}, instead of {2} ({3} of {4} have voted)."),
        "team.share.done": .init(nl: "Gedeeld met de groep: {0}", en: "Shared with the room: {0}"),

        "team.commit.none": .init(nl: "Keuze van de groep: {0} (zonder stemmen).", en: "The group's choice: {0} (no votes)."),
        "team.commit.unanimous.one": .init(
            nl: "Keuze van de groep: {0} (1 stem).", en: "The group's choice: {0} (1 vote)."),
        "team.commit.unanimous.other": .init(
            nl: "Keuze van de groep: {0} (eensgezind, {1} van {1} stemmen).",
            en: "The group's choice: {0} (unanimous, {1} of {1} votes)."),
        "team.commit.dissent": .init(
            nl: "Keuze van de groep: {0} ({1} van de {2} stemmen; de stemmen liepen uiteen).",
            en: "The group's choice: {0} ({1} of {2} votes; the votes differed)."),

        "team.tally.title": .init(nl: "Stemmen bij stap {0} ({1} van {2} gestemd):", en: "Votes at step {0} ({1} of {2} have voted):"),
        // Without votes no list follows, so no colon.
        "team.tally.titleEmpty": .init(nl: "Stemmen bij stap {0} (0 van {1} gestemd).", en: "Votes at step {0} (0 of {1} have voted)."),
        "team.tally.option.one": .init(nl: "{0}. 1 stem - {1}", en: "{0}. 1 vote - {1}"),
        "team.tally.option.many": .init(nl: "{0}. {1} stemmen - {2}", en: "{0}. {1} votes - {2}"),
        // A person with their role: a role's name may hold brackets ("Politie (noodhulp)"), so no brackets here.
        "team.participant": .init(nl: "{0} · {1}", en: "{0} · {1}"),
        "team.tally.voter": .init(nl: "{0} · {1}", en: "{0} · {1}"),
        "team.tally.voterReason": .init(nl: "{0} · {1}: {2}", en: "{0} · {1}: {2}"),
        "team.tally.notVoted": .init(nl: "Nog niet gestemd: {0}", en: "Not voted yet: {0}"),
        "team.tally.namesHint": .init(nl: "Met namen en redenen: `{0} {1}`.", en: "With names and reasons: `{0} {1}`."),
        "team.tally.badArgument": .init(
            nl: "`{0}` kent alleen `{1}` (de stemmen met namen); '{2}' niet.",
            en: "`{0}` only takes `{1}` (the votes with names), not '{2}'."),

        "team.cards.room": .init(nl: "Voor iedereen:", en: "For everyone:"),
        "team.cards.roomEmpty": .init(
            nl: "(nog niets; informatie van een rol komt hier met `{0} KAART`)",
            en: "(nothing yet; a role's information comes here with `{0} CARD`)"),
        "team.cards.role": .init(nl: "Alleen {0}:", en: "{0} only:"),
        "team.cards.roleTitle": .init(
            nl: "Informatie van {0} die de groep nog niet kent:", en: "Information {0} holds that the room has not seen:"),
        "team.cards.roleEmpty": .init(
            nl: "{0} heeft geen informatie die de groep nog niet kent.", en: "{0} holds no information the room has not seen."),
        "team.cards.hint": .init(
            nl: "`{0} ROL` toont de tekst van de informatie van een rol (om door te geven, zonder te delen).",
            en: "`{0} ROLE` shows the text of a role's cards (to pass on, without sharing)."),
        // Help lines of the team commands (`help` looks them up by command name).
        "repl.usage.join": .init(nl: "{0} NAAM ROL", en: "{0} NAME ROLE"),
        "repl.usage.vote": .init(nl: "{0} NAAM N [REDEN]", en: "{0} NAME N [REASON]"),
        "repl.usage.share": .init(nl: "{0} KAART", en: "{0} CARD"),
        "repl.help.join": .init(nl: "team: deelnemer met een rol uit het scenario", en: "team: a participant with a role from the scenario"),
        "repl.help.vote": .init(
            nl: "team: stem en reden van een deelnemer (een nieuwe stem vervangt de vorige)",
            en: "team: a participant's vote and reason (a new vote replaces the earlier one)"),
        "repl.help.share": .init(nl: "team: deel de informatie van een rol met de groep", en: "team: share a role's card with the room"),
        "team.status.participants": .init(nl: "Deelnemers:  {0}", en: "Participants: {0}"),

        "teamReport.disagreements": .init(nl: "Waar het team het oneens was of van stem veranderde", en: "Where the team disagreed or changed its votes"),
        "teamReport.disagreements.none": .init(
            nl: "Bij elke stemming was het team het meteen eens.", en: "At every vote the team agreed at once."),
        "teamReport.disagreement": .init(
            nl: "Stap {0} ({1}): {2}. Gekozen: optie {3}, {4}.",
            en: "Step {0} ({1}): {2}. Committed: option {3}, {4}."),
        "teamReport.tally.one": .init(nl: "optie {0}: 1 stem", en: "option {0}: 1 vote"),
        "teamReport.tally.many": .init(nl: "optie {0}: {1} stemmen", en: "option {0}: {1} votes"),
        "teamReport.changes": .init(nl: "Van stem veranderd: {0}.", en: "Changed their vote: {0}."),
        "teamReport.change": .init(nl: "{0} · {1} van optie {2} naar {3}", en: "{0} · {1} from option {2} to {3}"),
        "teamReport.resolution.converged": .init(
            nl: "waar ieders laatste stem op viel, nadat er van stem was veranderd",
            en: "which everyone's last vote was for, after a change of vote"),
        "teamReport.resolution.most-votes": .init(
            nl: "de optie met de meeste stemmen (niet iedereen was het eens)",
            en: "the option with the most votes (not everyone agreed)"),
        "teamReport.resolution.tied": .init(
            nl: "een van de opties met evenveel stemmen (de stemmen staakten)",
            en: "one of the options tied for the most votes"),
        "teamReport.resolution.fewer-votes": .init(
            nl: "terwijl een andere optie meer stemmen had", en: "while another option had more votes"),
        "teamReport.resolution.no-votes": .init(
            nl: "een optie waar uiteindelijk niemand op stemde", en: "an option nobody voted for in the end"),
        "teamReport.roles": .init(nl: "Stemmen per rol en de expertopties", en: "Each role's votes and the expert options"),
        "teamReport.roles.notice": .init(
            nl: "Een spiegel van wat elke rol zag, geen rangorde van mensen.",
            en: "A mirror of what each role saw, not a ranking of people."),
        "teamReport.roles.line.one": .init(
            nl: "{0}: {1} van de 1 stem voor een expertoptie (stappen met een stem: {3}; met een stem voor een expertoptie: {4}).",
            en: "{0}: {1} of 1 vote for an expert option (steps with a vote: {3}; with a vote for an expert option: {4})."),
        "teamReport.roles.line.other": .init(
            nl: "{0}: {1} van de {2} stemmen voor een expertoptie (stappen met een stem: {3}; met een stem voor een expertoptie: {4}).",
            en: "{0}: {1} of {2} votes for an expert option (steps with a vote: {3}; with a vote for an expert option: {4})."),
        "teamReport.roles.none": .init(
            nl: "Bij beslissingen met een expertoptie is niet gestemd.",
            en: "No votes were cast at decisions with an expert option."),
        "teamReport.cards": .init(nl: "Informatie die de groep niet zag", en: "Information the room did not see"),
        "teamReport.cards.never.one": .init(
            nl: "{0} ('{1}'): alleen {2} wist dit bij stap {3}; nooit gedeeld, dus de groep heeft het niet gezien.",
            en: "{0} ('{1}'): only {2} knew this at step {3}; never shared, so the room never saw it."),
        "teamReport.cards.never.other": .init(
            nl: "{0} ('{1}'): alleen {2} wist dit bij stappen {3}; nooit gedeeld, dus de groep heeft het niet gezien.",
            en: "{0} ('{1}'): only {2} knew this at steps {3}; never shared, so the room never saw it."),
        "teamReport.cards.late.one": .init(
            nl: "{0} ('{1}'): alleen {2} wist dit bij stap {3}; gedeeld vóór stap {4}.",
            en: "{0} ('{1}'): only {2} knew this at step {3}; shared before step {4}."),
        "teamReport.cards.late.other": .init(
            nl: "{0} ('{1}'): alleen {2} wist dit bij stappen {3}; gedeeld vóór stap {4}.",
            en: "{0} ('{1}'): only {2} knew this at steps {3}; shared before step {4}."),
        "teamReport.cards.after.one": .init(
            nl: "{0} ('{1}'): alleen {2} wist dit bij stap {3}; gedeeld na de laatste beslissing.",
            en: "{0} ('{1}'): only {2} knew this at step {3}; shared after the last decision."),
        "teamReport.cards.after.other": .init(
            nl: "{0} ('{1}'): alleen {2} wist dit bij stappen {3}; gedeeld na de laatste beslissing.",
            en: "{0} ('{1}'): only {2} knew this at steps {3}; shared after the last decision."),
        "teamReport.cards.none": .init(
            nl: "Geen informatie van een rol is bij een beslissing voor de groep verborgen gebleven.",
            en: "No role's card stayed hidden from the room at a decision."),

        "team.engine.notTeam": .init(
            nl: "Dit hoort bij een teamsessie; begin er een met `{0} ID team`.",
            en: "This belongs to a team session; begin one with `{0} ID team`."),
        "team.engine.unknownParticipant": .init(
            nl: "'{0}' doet niet mee; voeg toe met `{1} {0} ROL`.",
            en: "'{0}' has not joined; add them with `{1} {0} ROLE`."),
        "team.engine.unknownRole": .init(nl: "Geen rol '{0}' in dit scenario.", en: "No role '{0}' in this scenario."),
        "team.engine.duplicateParticipant": .init(nl: "'{0}' doet al mee.", en: "'{0}' has already joined."),
        "team.engine.unknownCard": .init(nl: "Geen informatie met id '{0}' in dit scenario.", en: "No card with id '{0}' in this scenario."),
        "team.engine.cardNotRevealed": .init(nl: "'{0}' is nog niet vrijgegeven.", en: "'{0}' has not been revealed yet."),
        "team.engine.cardNotRoleBound": .init(
            nl: "'{0}' is al voor iedereen zichtbaar.", en: "'{0}' is already visible to everyone."),
        "team.engine.alreadyShared": .init(nl: "'{0}' is al gedeeld.", en: "'{0}' has already been shared."),
    ]
}
