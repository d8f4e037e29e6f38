extension Strings {
    /// Strings of the REPL and of `play`, `sessions` and `resume`.
    static let repl: [String: LocalizedText] = [
        "repl.welcome": .init(
            nl: "samenop - typ `hulp` voor de opdrachten, `lijst` voor de scenario's, `start ID` om te beginnen.",
            en: "samenop - type `help` for the commands, `list` for the scenarios, `start ID` to begin."),
        "repl.stored": .init(
            nl: "Sessie {0} is bewaard. Verder gaan: samenop resume {0}",
            en: "Session {0} is stored. To continue: samenop resume {0}"),
        "repl.unknown": .init(
            nl: "Onbekende opdracht '{0}'. Typ `{1}` voor de opdrachten.",
            en: "Unknown command '{0}'. Type `{1}` for the commands."),
        "repl.unknown.suggest": .init(nl: "Onbekende opdracht '{0}'. Bedoel je `{1}`?", en: "Unknown command '{0}'. Did you mean `{1}`?"),
        "repl.noSession": .init(
            nl: "Er loopt geen sessie. Begin er een met `{0} ID` (of `hervat ID`).",
            en: "No session is running. Begin one with `{0} ID` (or `resume ID`)."),
        "repl.missing": .init(nl: "Er ontbreekt iets. Gebruik: {0}", en: "Something is missing. Usage: {0}"),
        "repl.choose.range": .init(nl: "Kies 1 t/m {0}.", en: "Choose 1 to {0}."),
        "repl.choose.only": .init(nl: "Hier is één keuze: typ 1.", en: "There is one choice here: type 1."),
        // A scenario bug `check` cannot always see: every choice of a non-ending scene is hidden.
        "repl.choose.none": .init(
            nl: "Hier is geen keuze zichtbaar: de voorwaarden van alle keuzes zijn onwaar. Typ `{0}` om de vorige stap terug te nemen, en meld dit aan de maker van het scenario.",
            en: "No option is visible here: the conditions of all choices are false. Type `{0}` to take back the last step, and tell the scenario's author."),
        "repl.finished": .init(
            nl: "Deze sessie is afgelopen. Typ `{0}` voor het verslag of `{1}` om de laatste stap terug te nemen.",
            en: "This session has ended. Type `{0}` for the report or `{1}` to take back the last step."),
        "repl.start.badMode": .init(
            nl: "Onbekende vorm '{0}': kies team of review (zonder vorm: zelfstudie).",
            en: "Unknown mode '{0}': choose team or review (without one: self-study)."),
        "repl.review.notPastCase": .init(
            nl: "Review kan alleen op een casus uit het verleden (kind: past-case); '{0}' is een trainingsscenario.",
            en: "Review needs a past case (kind: past-case); '{0}' is a training scenario."),
        "repl.review.then": .init(nl: "Toen gedaan: {0}", en: "What was done then: {0}"),
        "repl.review.same": .init(nl: "Toen is hetzelfde gedaan: {0}", en: "The same was done then: {0}"),
        "repl.session.id": .init(nl: "sessie {0}, {1}", en: "session {0}, {1}"),

        "repl.scene.step": .init(nl: "Stap {0}", en: "Step {0}"),
        "repl.report.badFormat": .init(
            nl: "Onbekend formaat '{0}': kies md, html of json, en eventueel een bestand (bijvoorbeeld verslag.html).",
            en: "Unknown format '{0}': choose md, html or json, and optionally a file (for example report.html)."),
        "repl.undo.notesDropped": .init(
            nl: "De notitie bij stap {0} is daarmee vervallen (typ ze opnieuw als ze nog geldt): {1}",
            en: "The note at step {0} went with it (type it again if it still holds): {1}"),
        "repl.scene.ending": .init(nl: "Afloop", en: "Ending"),
        "repl.scene.newCards": .init(nl: "Nieuwe informatie:", en: "New information:"),
        "repl.scene.prompt": .init(nl: "Wat doe je?", en: "What do you do?"),
        "repl.scene.end": .init(nl: "Einde van het scenario.", en: "End of the scenario."),
        "repl.scene.reportHint": .init(
            nl: "Typ `{0}` voor het reflectieverslag, of `{1}` om de laatste stap terug te nemen.",
            en: "Type `{0}` for the reflection report, or `{1}` to take back the last step."),
        "repl.card.source": .init(nl: "Bron: {0}", en: "Source: {0}"),
        "repl.feedback.title": .init(nl: "Terugkoppeling per stap", en: "Feedback per step"),
        "repl.verdict.aligned": .init(
            nl: "Fase van de situatie: {0} · jouw keuze: {1} - in de pas.",
            en: "Situation phase: {0} · your choice: {1} - aligned."),
        "repl.verdict.ahead": .init(
            nl: "Fase van de situatie: {0} · jouw keuze: {1} - vooruit (een fase overgeslagen).",
            en: "Situation phase: {0} · your choice: {1} - ahead (a phase skipped)."),
        "repl.verdict.behind": .init(
            nl: "Fase van de situatie: {0} · jouw keuze: {1} - een fase terug (alert blijven op veiligheid is niet fout).",
            en: "Situation phase: {0} · your choice: {1} - behind (staying alert to safety is not a fault)."),
        "repl.verdict.aligned.team": .init(
            nl: "Fase van de situatie: {0} · keuze van de groep: {1} - in de pas.",
            en: "Situation phase: {0} · the group's choice: {1} - aligned."),
        "repl.verdict.ahead.team": .init(
            nl: "Fase van de situatie: {0} · keuze van de groep: {1} - vooruit (een fase overgeslagen).",
            en: "Situation phase: {0} · the group's choice: {1} - ahead (a phase skipped)."),
        "repl.verdict.behind.team": .init(
            nl: "Fase van de situatie: {0} · keuze van de groep: {1} - een fase terug (alert blijven op veiligheid is niet fout).",
            en: "Situation phase: {0} · the group's choice: {1} - behind (staying alert to safety is not a fault)."),
        "repl.verdict.untagged": .init(
            nl: "Fase van de situatie: {0} · deze keuze heeft geen fase.",
            en: "Situation phase: {0} · this choice has no phase."),

        "repl.note.saved": .init(nl: "Notitie bewaard bij stap {0}.", en: "Note stored with step {0}."),
        "repl.undo.done": .init(nl: "Teruggenomen (je bent weer bij stap {0}): {1}", en: "Taken back (back at step {0}): {1}"),
        "repl.report.written": .init(nl: "Verslag geschreven naar {0}.", en: "Report written to {0}."),
        "repl.report.failed": .init(nl: "Kan {0} niet schrijven: {1}", en: "Cannot write {0}: {1}"),

        "repl.cards.none": .init(nl: "Er is nog geen informatie vrijgegeven.", en: "No information has been revealed yet."),
        "repl.cards.title": .init(nl: "Dossier", en: "Cards"),
        "repl.questions.title": .init(nl: "De vijf kernvragen", en: "The five core questions"),
        "repl.questions.first": .init(nl: "(vanaf stap {0})", en: "(from step {0})"),
        "repl.status.session": .init(nl: "Sessie {0} · {1} · {2}", en: "Session {0} · {1} · {2}"),
        "repl.status.step": .init(nl: "Stap:        {0}", en: "Step:        {0}"),
        "repl.status.finished": .init(nl: "(afgelopen)", en: "(ended)"),
        "repl.status.stage": .init(nl: "Mantrastap:  {0}", en: "Stage:       {0}"),
        "repl.status.phase": .init(nl: "Fase:        {0}", en: "Phase:       {0}"),
        "repl.status.safety": .init(nl: "Veiligheid:  {0}/10", en: "Safety:      {0}/10"),
        "repl.status.time": .init(nl: "Tijd:        {0}", en: "Time:        {0}"),

        "repl.list.empty": .init(
            nl: "Geen scenario's gevonden (zie --scenarios of SAMENOP_SCENARIOS).",
            en: "No scenarios found (see --scenarios or SAMENOP_SCENARIOS)."),
        "repl.list.entry.one": .init(nl: "{0} ({1}, 1 scène{3})", en: "{0} ({1}, 1 scene{3})"),
        "repl.list.entry.other": .init(nl: "{0} ({1}, {2} scènes{3})", en: "{0} ({1}, {2} scenes{3})"),
        "repl.list.pastCase": .init(nl: ", casus uit het verleden", en: ", past case"),
        "repl.list.hint": .init(nl: "Begin met `{0} ID`.", en: "Begin with `{0} ID`."),
        "repl.scenario.notFound": .init(
            nl: "Geen scenario '{0}': geen bestand en geen id in de bibliotheek (zie `lijst`).",
            en: "No scenario '{0}': not a file and not an id in the library (see `list`)."),
        "repl.scenario.invalid": .init(
            nl: "{0} bevat fouten; er is geen sessie gestart:",
            en: "{0} has errors; no session was started:"),
        "repl.sessions.none": .init(nl: "Nog geen bewaarde sessies.", en: "No stored sessions yet."),
        "repl.sessions.open.other": .init(nl: "bezig, {0} stappen", en: "in progress, {0} steps"),
        "repl.sessions.done.other": .init(nl: "afgerond, {0} stappen", en: "finished, {0} steps"),
        "repl.sessions.open.one": .init(nl: "bezig, {0} stap", en: "in progress, {0} step"),
        "repl.sessions.done.one": .init(nl: "afgerond, {0} stap", en: "finished, {0} step"),
        "repl.resumed": .init(nl: "Sessie {0} hervat: {1}", en: "Session {0} resumed: {1}"),
        "repl.resume.changed": .init(
            nl: "Let op: {0} is veranderd sinds sessie {1} begon; de gemaakte keuzes worden opnieuw afgespeeld.",
            en: "Note: {0} has changed since session {1} began; the choices made are replayed."),
        "repl.resume.refused": .init(
            nl: "Sessie {0} kan niet verder: {1} is zo veranderd dat de gemaakte keuzes niet meer passen. De sessie blijft bewaard zoals ze was.",
            en: "Session {0} cannot continue: {1} has changed so much that the choices made no longer fit. The session stays stored as it was."),
        "repl.resume.scenarioGone": .init(
            nl: "Sessie {0}: het scenariobestand {1} bestaat niet meer en '{2}' staat niet in de bibliotheek.",
            en: "Session {0}: the scenario file {1} no longer exists and '{2}' is not in the library."),

        "repl.engine.nothingToUndo": .init(nl: "Er is nog geen stap om terug te nemen.", en: "There is no step to take back yet."),
        "repl.engine.emptyNote": .init(nl: "Een notitie heeft tekst nodig.", en: "A note needs some text."),
        "repl.engine.replayMismatch": .init(
            nl: "Stap {0} (scène '{1}', keuze {2}) past niet meer op het scenario.",
            en: "Step {0} (scene '{1}', choice {2}) no longer fits the scenario."),

        "repl.store.notAStore": .init(nl: "{0} is geen samenop-opslag.", en: "{0} is not a samenop store."),
        "repl.store.newer": .init(
            nl: "{0} is gemaakt door een nieuwere versie van samenop; deze versie laat het bestand onaangeroerd.",
            en: "{0} was written by a newer version of samenop; this version leaves it untouched."),
        "repl.store.readOnly": .init(
            nl: "{0} is alleen-lezen; sessies kunnen niet worden bewaard.",
            en: "{0} is read-only; sessions cannot be stored."),
        "repl.store.full": .init(
            nl: "De schijf is vol; {0} kan niet worden bijgewerkt. Wat al bewaard is, blijft bewaard.",
            en: "The disk is full; {0} cannot be updated. What is stored stays stored."),
        "repl.store.permission": .init(nl: "Geen toegang tot {0}.", en: "Permission denied for {0}."),
        "repl.store.unknownSession": .init(
            nl: "Geen bewaarde sessie '{0}' (zie `sessies`).", en: "No stored session '{0}' (see `sessions`)."),
        "repl.store.ambiguous": .init(
            nl: "'{0}' past bij meer sessies: {1}. Typ meer tekens.",
            en: "'{0}' matches several sessions: {1}. Type more characters."),
        "repl.store.failed": .init(nl: "De opslag {0} gaf een fout: {1}", en: "The store {0} failed: {1}"),

        "repl.play.badChoices": .init(
            nl: "--choices '{0}' moet een rij nummers zijn, zoals 2,1,3.",
            en: "--choices '{0}' must be a list of numbers, such as 2,1,3."),
        "repl.play.badNote": .init(
            nl: "--note '{0}' moet STAP:TEKST zijn, met een stap van 1 t/m {1}.",
            en: "--note '{0}' must be STEP:TEXT, with a step from 1 to {1}."),
        "repl.play.wrongNumber.one": .init(
            nl: "Stap {0} (scène '{3}'): keuze {1} bestaat niet; daar werd 1 keuze getoond.",
            en: "Step {0} (scene '{3}'): there is no choice {1}; 1 choice was shown there."),
        "repl.play.wrongNumber.other": .init(
            nl: "Stap {0} (scène '{3}'): keuze {1} bestaat niet; daar werden {2} keuzes getoond.",
            en: "Step {0} (scene '{3}'): there is no choice {1}; {2} choices were shown there."),
        "repl.play.noChoice": .init(
            nl: "Stap {0} (scène '{1}'): geen keuze zichtbaar, want de voorwaarden van alle keuzes zijn onwaar. Meld dit aan de maker van het scenario.",
            en: "Step {0} (scene '{1}'): no option is visible, because the conditions of all choices are false. Tell the scenario's author."),
        "repl.play.afterEnd": .init(
            nl: "Het scenario was al afgelopen vóór stap {0}: --choices heeft er {1} te veel.",
            en: "The scenario had already ended before step {0}: --choices has {1} too many."),
        "repl.play.stored": .init(nl: "Sessie {0} bewaard.", en: "Session {0} stored."),

        "repl.help.title": .init(nl: "Opdrachten (Engelse naam tussen haakjes):", en: "Commands (Dutch name in brackets):"),
        "repl.help.number": .init(
            nl: "kies keuze N zoals getoond (team: de keuze van de groep)",
            en: "choose option N as shown (team: the group's choice)"),
        "repl.usage.list": .init(nl: "{0}", en: "{0}"),
        "repl.usage.start": .init(nl: "{0} ID [team|review]", en: "{0} ID [team|review]"),
        "repl.usage.look": .init(nl: "{0}", en: "{0}"),
        "repl.usage.note": .init(nl: "{0} TEKST", en: "{0} TEXT"),
        "repl.usage.cards": .init(nl: "{0} [ROL]", en: "{0} [ROLE]"),
        "repl.usage.questions": .init(nl: "{0}", en: "{0}"),
        "repl.usage.status": .init(nl: "{0} [namen]", en: "{0} [names]"),
        "repl.usage.undo": .init(nl: "{0}", en: "{0}"),
        "repl.usage.report": .init(nl: "{0} [md|html|json] [BESTAND]", en: "{0} [md|html|json] [FILE]"),
        "repl.usage.sessions": .init(nl: "{0}", en: "{0}"),
        "repl.usage.resume": .init(nl: "{0} ID", en: "{0} ID"),
        "repl.usage.help": .init(nl: "{0}", en: "{0}"),
        "repl.usage.quit": .init(nl: "{0}", en: "{0}"),
        "repl.help.list": .init(nl: "de scenario's in de bibliotheek", en: "the scenarios in the library"),
        "repl.help.start": .init(
            nl: "start een sessie (zelfstudie, of team of review)", en: "start a session (self-study, or team or review)"),
        "repl.help.look": .init(nl: "toon de scène en de keuzes opnieuw", en: "show the scene and its options again"),
        "repl.help.note": .init(nl: "notitie (waarom) bij de huidige stap", en: "a note (why) on the current step"),
        "repl.help.cards": .init(
            nl: "de informatie die tot nu toe bekend is (team: per rol en wat gedeeld is; met ROL: de tekst van die rol)",
            en: "the cards revealed so far (team: by role and what is shared; with ROLE: that role's text)"),
        "repl.help.questions": .init(nl: "de vijf kernvragen en welke al aan bod kwamen", en: "the five core questions and which are covered"),
        "repl.help.status": .init(
            nl: "stap, mantrastap, fase, veiligheid, tijd (team: de stemmen zonder namen; `namen`: met namen en redenen)",
            en: "step, stage, phase, safety, time (team: the votes without names; `names`: with names and reasons)"),
        "repl.help.undo": .init(nl: "neem de laatste stap terug (blijft zichtbaar in het verslag)", en: "take back the last step (kept in the record)"),
        "repl.help.report": .init(nl: "het reflectieverslag, op het scherm of in een bestand", en: "the reflection report, to the screen or a file"),
        "repl.help.sessions": .init(nl: "de bewaarde sessies", en: "the stored sessions"),
        "repl.help.resume": .init(nl: "ga verder met een bewaarde sessie", en: "continue a stored session"),
        "repl.help.help": .init(nl: "deze lijst", en: "this list"),
        "repl.help.quit": .init(nl: "stoppen; de sessie blijft bewaard", en: "leave; the session stays stored"),
    ]
}
