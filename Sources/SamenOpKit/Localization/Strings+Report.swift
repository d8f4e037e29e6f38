extension Strings {
    /// Strings of the reflection report (Markdown and HTML). The wording is reflective on
    /// purpose: the report describes what happened and where, it never judges a person.
    static let report: [String: LocalizedText] = [
        "report.title": .init(nl: "Reflectieverslag: {0}", en: "Reflection report: {0}"),
        "report.notice": .init(
            nl: "Dit verslag is een spiegel om samen op terug te kijken, geen beoordeling: er is geen eindcijfer en niemand wordt gerangschikt. Elk getal verwijst naar de stappen waar het uit komt.",
            en: "This report is a mirror to look back on together, not an assessment: there is no final score and nobody is ranked. Every figure points to the steps it comes from."),
        "report.privacy": .init(
            nl: "Let op: deze casusbespreking is gestart terwijl de privacycontrole nog bevindingen had (het risico is bewust geaccepteerd). Ga na of dit verslag iets bevat dat een gezin herkenbaar maakt voordat je het deelt.",
            en: "Note: this case review was started while the privacy check still had findings (the risk was accepted on purpose). Check that this report holds nothing that identifies a family before sharing it."),
        "report.scenario": .init(nl: "Scenario", en: "Scenario"),
        "report.session": .init(nl: "Sessie", en: "Session"),
        "report.mode": .init(nl: "Vorm", en: "Mode"),
        "report.started": .init(nl: "Gestart", en: "Started"),
        "report.finished": .init(nl: "Afgerond", en: "Finished"),
        "report.unfinished": .init(nl: "nog niet afgerond", en: "not finished yet"),
        "report.participants": .init(nl: "Deelnemers", en: "Participants"),

        "report.part1": .init(nl: "1. Wat gebeurde er", en: "1. What happened"),
        "report.part2": .init(nl: "2. Spiegel", en: "2. Mirror"),
        "report.part3": .init(nl: "3. Andere keuzes", en: "3. Other choices"),
        "report.part4": .init(nl: "4. Reflectievragen", en: "4. Reflection questions"),

        "report.step": .init(nl: "Stap {0}", en: "Step {0}"),
        "report.undone": .init(nl: "teruggenomen, telt niet mee", en: "taken back, not counted"),
        "report.option": .init(nl: "optie {0}", en: "option {0}"),
        "report.chosen": .init(nl: "Gekozen", en: "Chosen"),
        "report.votes": .init(nl: "Stemmen", en: "Votes"),
        "report.vote": .init(nl: "{0} · {1}: optie {2}", en: "{0} · {1}: option {2}"),
        "report.phasePair": .init(
            nl: "Fase: situatie {0}, keuze {1} ({2})", en: "Phase: situation {0}, choice {1} ({2})"),
        "report.replaced": .init(nl: "later gewijzigd", en: "changed later"),
        "report.dissent": .init(
            nl: "De stemmen liepen uiteen, of weken af van de gekozen optie.",
            en: "The votes differed from each other, or from the option committed."),
        "report.notes": .init(nl: "Notities", en: "Notes"),
        "report.pendingNotes": .init(
            nl: "Notities bij stap {0}, de beslissing die nog open staat",
            en: "Notes at step {0}, the decision still open"),
        "report.feedback": .init(nl: "Feedback", en: "Feedback"),
        "report.safety": .init(nl: "Veiligheid", en: "Safety"),
        "report.decisionTime": .init(nl: "Bedenktijd", en: "Time to decide"),
        "report.seconds": .init(nl: "{0} s", en: "{0} s"),
        "report.noSteps": .init(nl: "Er is nog geen keuze gemaakt.", en: "No choice has been made yet."),
        "report.stopped": .init(
            nl: "De sessie stopte na {0} stappen, vóór stap {2} ({1}). Er is (nog) geen afloop.",
            en: "The session stopped after {0} steps, before step {2} ({1}). There is no ending (yet)."),
        "report.stopped.one": .init(
            nl: "De sessie stopte na 1 stap, vóór stap {2} ({1}). Er is (nog) geen afloop.",
            en: "The session stopped after 1 step, before step {2} ({1}). There is no ending (yet)."),
        "report.ending": .init(nl: "Afloop", en: "Ending"),
        "report.outcome": .init(nl: "Uitkomst", en: "Outcome"),

        "report.phases": .init(nl: "Fase van de situatie en van de keuze", en: "Phase of the situation and of the choice"),
        "report.col.step": .init(nl: "Stap", en: "Step"),
        "report.col.stage": .init(nl: "Mantrastap", en: "Stage"),
        "report.col.situation": .init(nl: "Situatie", en: "Situation"),
        "report.col.choice": .init(nl: "Keuze", en: "Choice"),
        "report.col.verdict": .init(nl: "Verhouding", en: "Relation"),
        "report.verdict.aligned": .init(nl: "past bij de fase", en: "fits the phase"),
        "report.verdict.ahead": .init(nl: "loopt vooruit", en: "runs ahead"),
        "report.verdict.behind": .init(nl: "eerdere fase", en: "earlier phase"),
        "report.verdict.untagged": .init(nl: "zonder fase", en: "no phase"),
        "report.phase.counts": .init(
            nl: "Passend bij de fase: {0} · vooruitlopend: {1} · uit een eerdere fase: {2} · zonder fase: {3}",
            en: "Fitting the phase: {0} · running ahead: {1} · from an earlier phase: {2} · no phase: {3}"),
        "report.phase.skip": .init(
            nl: "Bij stap {0} ({1}) was de situatie in de fase {2}; de gekozen actie hoort bij {3}, een latere fase.",
            en: "At step {0} ({1}) the situation was in the phase {2}; the action chosen belongs to {3}, a later phase."),
        "report.phase.noSkips": .init(
            nl: "Geen enkele keuze liep vooruit op de fase van de situatie.",
            en: "No choice ran ahead of the situation's phase."),
        "report.phase.behind.one": .init(
            nl: "Bij stap {0} hoorde de keuze bij een eerdere fase dan de situatie. Dat is op zich geen fout: alert blijven op directe veiligheid is altijd goed.",
            en: "At step {0} the choice belonged to an earlier phase than the situation. That is not a fault in itself: staying alert to immediate safety is always right."),
        "report.phase.behind.other": .init(
            nl: "Bij stappen {0} hoorde de keuze bij een eerdere fase dan de situatie. Dat is op zich geen fout: alert blijven op directe veiligheid is altijd goed.",
            en: "At steps {0} the choice belonged to an earlier phase than the situation. That is not a fault in itself: staying alert to immediate safety is always right."),

        "report.kernvragen": .init(nl: "De vijf kernvragen", en: "The five core questions"),
        "report.kernvragen.legend": .init(
            nl: "Per mantrastap de stappen waarin een vraag aan bod kwam; * is de eerste keer.",
            en: "For each stage, the steps that worked on a question; * marks the first time."),
        "report.kernvragen.legendBold": .init(
            nl: "Per mantrastap de stappen waarin een vraag aan bod kwam; vet is de eerste keer.",
            en: "For each stage, the steps that worked on a question; bold marks the first time."),
        "report.kernvragen.first": .init(
            nl: "Vraag {0} kwam voor het eerst aan bod bij stap {1}.",
            en: "Question {0} was first worked on at step {1}."),
        "report.kernvragen.missing": .init(
            nl: "Niet aan bod gekomen in de gekozen acties: {0}.",
            en: "Not worked on in the actions chosen: {0}."),
        "report.kernvragen.all": .init(
            nl: "Alle vijf de kernvragen kwamen aan bod.", en: "All five core questions were worked on."),
        "report.kernvragen.order": .init(
            nl: "De vraag '{0}' was nog niet gesteld toen de maatregelen werden gekozen (stap {1}: {2}).",
            en: "The question '{0}' had not been asked when the measures were chosen (step {1}: {2})."),
        "report.kernvragen.five": .init(
            nl: "Vraag 5 is de vraag die onder druk het vaakst blijft liggen.",
            en: "Question 5 is the one most often left aside under pressure."),

        "report.elements": .init(nl: "Werkzame elementen", en: "Working elements"),
        "report.elements.shown": .init(nl: "Getoond in de gekozen acties", en: "Shown in the actions chosen"),
        "report.elements.count.one": .init(nl: "{0}× (stap {1})", en: "{0}× (step {1})"),
        "report.elements.count.other": .init(nl: "{0}× (stappen {1})", en: "{0}× (steps {1})"),
        "report.elements.missed": .init(
            nl: "Wel in een expertoptie, niet in de gekozen actie", en: "In an expert option, not in the action chosen"),
        "report.elements.at": .init(nl: "stap {0} ({1})", en: "step {0} ({1})"),
        "report.elements.never": .init(
            nl: "In deze sessie nergens getoond: {0}.", en: "Not shown anywhere in this session: {0}."),
        "report.none": .init(nl: "Geen.", en: "None."),

        "report.pitfalls": .init(nl: "Valkuilen", en: "Pitfalls"),
        "report.pitfalls.none": .init(
            nl: "Geen van de gekozen acties is gemarkeerd als valkuil.",
            en: "None of the actions chosen is marked as a pitfall."),

        "report.expert": .init(nl: "Expertkeuzes", en: "Expert choices"),
        "report.expert.line.one": .init(
            nl: "Bij {0} van de 1 beslissing waar een expertoptie zichtbaar was, viel de keuze op een expertoptie.",
            en: "At {0} of the 1 decision where an expert option was shown, an expert option was chosen."),
        "report.expert.line.other": .init(
            nl: "Bij {0} van de {1} beslissingen waar een expertoptie zichtbaar was, viel de keuze op een expertoptie.",
            en: "At {0} of the {1} decisions where an expert option was shown, an expert option was chosen."),
        "report.expert.none": .init(
            nl: "Bij geen enkele beslissing was een expertoptie zichtbaar.",
            en: "No decision showed an expert option."),
        "report.expert.steps.one": .init(
            nl: "Beslissing: stap {0}. Expertoptie gekozen bij: {1}.", en: "Decision: step {0}. Expert option chosen at: {1}."),
        "report.expert.steps.other": .init(
            nl: "Beslissingen: stappen {0}. Expertoptie gekozen bij: {1}.", en: "Decisions: steps {0}. Expert option chosen at: {1}."),

        "report.team": .init(nl: "Stemmen in het team", en: "Votes in the team"),
        "report.team.dissent.one": .init(
            nl: "De stemmen liepen uiteen, of weken af van de gekozen optie, bij stap {0}.",
            en: "The votes differed, or differed from the option committed, at step {0}."),
        "report.team.dissent.other": .init(
            nl: "De stemmen liepen uiteen, of weken af van de gekozen optie, bij stappen {0}.",
            en: "The votes differed, or differed from the option committed, at steps {0}."),
        "report.team.agreed": .init(
            nl: "Bij elke stap met stemmen kozen alle deelnemers de optie die de groep nam.",
            en: "At every step with votes, all participants chose the option the group took."),
        "report.team.noVotes": .init(nl: "Er is niet gestemd.", en: "No votes were cast."),
        "report.actual": .init(nl: "Toen en nu", en: "Then and now"),
        "report.actual.line.one": .init(
            nl: "Bij {0} van de 1 beslissing werd nu hetzelfde gekozen als toen in de echte casus.",
            en: "At {0} of the 1 decision the same was chosen now as then, in the real case."),
        "report.actual.line.other": .init(
            nl: "Bij {0} van de {1} beslissingen werd nu hetzelfde gekozen als toen in de echte casus.",
            en: "At {0} of the {1} decisions the same was chosen now as then, in the real case."),
        "report.actual.steps.one": .init(
            nl: "Beslissing: stap {0}. Hetzelfde als toen bij: {1}.", en: "Decision: step {0}. Same as then at: {1}."),
        "report.actual.steps.other": .init(
            nl: "Beslissingen: stappen {0}. Hetzelfde als toen bij: {1}.", en: "Decisions: steps {0}. Same as then at: {1}."),
        "report.actual.none": .init(
            nl: "Bij geen enkele beslissing was zichtbaar wat er toen gedaan is.",
            en: "No decision showed what was done then."),
        "report.actual.then": .init(nl: "Toen gedaan", en: "Done then"),

        "report.trajectory": .init(nl: "Veiligheid door de sessie heen", en: "Safety through the session"),
        "report.trajectory.line": .init(
            nl: "Van {0} bij de start naar {1} na de laatste stap (schaal 0-10).",
            en: "From {0} at the start to {1} after the last step (scale 0-10)."),
        "report.start": .init(nl: "start", en: "start"),

        "report.structural": .init(nl: "Van acuut naar structureel", en: "From acute to structural"),
        "report.structural.yes": .init(
            nl: "De sessie kwam bij opvolgen of het veiligheidsplan: het acute moment is verbonden met het structurele patroon.",
            en: "The session reached follow-up or the safety plan: the acute moment was connected to the structural pattern."),
        "report.structural.no": .init(
            nl: "De sessie kwam niet bij opvolgen of het veiligheidsplan: het acute moment is niet verbonden met het structurele patroon.",
            en: "The session did not reach follow-up or the safety plan: the acute moment was never connected to the structural pattern."),

        "report.time": .init(nl: "Bedenktijd per beslissing", en: "Time per decision"),

        "report.other.intro": .init(
            nl: "Bij deze stappen was er ook een expertoptie. Wat had die laten zien?",
            en: "At these steps an expert option was also shown. What would it have shown?"),
        "report.other.none": .init(
            nl: "Bij elke beslissing waar een expertoptie zichtbaar was, viel de keuze op een expertoptie.",
            en: "At every decision where an expert option was shown, an expert option was chosen."),
        "report.other.expert": .init(nl: "Expertoptie", en: "Expert option"),
        "report.other.wouldShow": .init(nl: "Had laten zien", en: "Would have shown"),
        "report.other.phase": .init(nl: "fase {0}", en: "phase {0}"),
        "report.other.questions": .init(nl: "kernvragen {0}", en: "core questions {0}"),
        "report.other.nothing": .init(nl: "niets gelabeld", en: "nothing tagged"),

        "report.reflection.own": .init(nl: "Bij dit scenario", en: "For this scenario"),
        "report.reflection.cycle": .init(nl: "De reflectiecyclus", en: "The reflection cycle"),
        "report.cycle.1": .init(nl: "Wat wilde je bereiken?", en: "What did you want to achieve?"),
        "report.cycle.2": .init(
            nl: "Wat dacht en voelde je op de belangrijke momenten?",
            en: "What did you think and feel at the key moments?"),
        "report.cycle.3": .init(
            nl: "Wat deed er echt toe, voor de betrokkenen en voor jou?",
            en: "What really mattered, for those involved and for you?"),
        "report.cycle.4": .init(
            nl: "Welke andere keuze zou je nu maken, en waarom?", en: "Which other choice would you make now, and why?"),
        "report.cycle.5": .init(nl: "Wat probeer je de volgende keer?", en: "What will you try next time?"),

        "report.chart.title": .init(nl: "Veiligheid na elke stap (0-10)", en: "Safety after each step (0-10)"),
        "report.strip.title": .init(nl: "Fase per stap", en: "Phase per step"),
    ]
}
