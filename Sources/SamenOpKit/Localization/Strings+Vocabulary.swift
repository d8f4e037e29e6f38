extension Strings {
    /// Labels of the fixed vocabularies: stages, phases, core questions, working elements,
    /// pitfalls, profiles and session modes. Keys are `stage.ID`, `phase.ID`, `kernvraag.N`,
    /// `element.ID`, `pitfall.ID`, `profile.ID` and `mode.ID`.
    static let vocabulary: [String: LocalizedText] = [
        // One label per mode for the REPL, `sessions` and the reports alike.
        "mode.self-study": .init(nl: "zelfstudie", en: "self-study"),
        "mode.team": .init(nl: "team", en: "team"),
        "mode.review": .init(nl: "casusbespreking", en: "case review"),

        "stage.melding": .init(nl: "Melding", en: "Report"),
        "stage.eerste-beoordeling": .init(nl: "Eerste beoordeling", en: "First assessment"),
        "stage.erop-af": .init(nl: "Erop af", en: "Going there"),
        "stage.veiligstellen": .init(nl: "Veiligstellen", en: "Securing"),
        "stage.veiligheidsbeoordeling": .init(nl: "Veiligheidsbeoordeling", en: "Safety assessment"),
        "stage.veiligheidsmaatregelen": .init(nl: "Veiligheidsmaatregelen", en: "Safety measures"),
        "stage.opvolgen": .init(nl: "Opvolgen", en: "Follow-up"),
        "stage.veiligheidsplan": .init(nl: "Veiligheidsplan", en: "Safety plan"),

        "phase.acuut": .init(nl: "Acuut", en: "Acute"),
        "phase.directe-veiligheid": .init(nl: "Directe veiligheid", en: "Immediate safety"),
        "phase.risicogestuurde-zorg": .init(nl: "Risicogestuurde zorg", en: "Risk-directed care"),
        "phase.herstel": .init(nl: "Herstel", en: "Recovery"),

        "kernvraag.1": .init(nl: "Wat is er gebeurd?", en: "What happened?"),
        "kernvraag.2": .init(nl: "Wat is er bekend?", en: "What is known?"),
        "kernvraag.3": .init(nl: "Is het NU veilig?", en: "Is it safe NOW?"),
        "kernvraag.4": .init(nl: "Wat moet er NU gebeuren?", en: "What must happen NOW?"),
        "kernvraag.5": .init(
            nl: "Wie zijn betrokken en hoe staan de betrokkenen erin?",
            en: "Who is involved and where do they stand?"),

        "element.samen-op": .init(nl: "Samen optrekken", en: "Acting together"),
        "element.expertise": .init(nl: "Brede en specifieke expertise", en: "Broad and specific expertise"),
        "element.info-delen": .init(nl: "Informatie tegelijk delen", en: "Sharing information at the same time"),
        "element.een-verhaal": .init(nl: "Eén keer het verhaal vertellen", en: "Telling the story once"),
        "element.hele-systeem": .init(nl: "Het hele systeem in beeld", en: "The whole system in view"),
        "element.transparantie": .init(nl: "Transparantie", en: "Transparency"),
        "element.contact": .init(nl: "Echt contact", en: "Real contact"),
        "element.veiligheidsafspraken": .init(nl: "Concrete veiligheidsafspraken", en: "Concrete safety agreements"),
        "element.rolverdeling": .init(nl: "Duidelijke rolverdeling", en: "Clear roles"),
        "element.verbinding-structureel": .init(
            nl: "Verbinding acuut en structureel", en: "Connecting acute and structural"),
        "element.zorg-straf": .init(nl: "Zorg en straf afstemmen", en: "Aligning care and criminal law"),
        "element.dossier": .init(nl: "Feitelijk en gedeeld dossier", en: "Factual, agreed records"),

        "pitfall.incident-focus": .init(nl: "Alleen inzoomen op het incident", en: "Focusing on the incident only"),
        "pitfall.overdragen-loslaten": .init(nl: "Overdragen en loslaten", en: "Handing over and letting go"),
        "pitfall.dubbel-belasten": .init(nl: "Het verhaal opnieuw laten vertellen", en: "Making people tell their story again"),
        "pitfall.alleen-beoordelen": .init(nl: "Alleen beoordelen of handelen", en: "Assessing or acting alone"),
        "pitfall.niet-iedereen": .init(nl: "Niet iedereen in beeld", en: "A family member out of view"),
        "pitfall.risicofactoren": .init(
            nl: "Risicofactoren in plaats van onveilige situaties",
            en: "Risk factors instead of unsafe situations"),
        "pitfall.over-hoofden": .init(nl: "Over de hoofden heen beslissen", en: "Deciding over people's heads"),

        "profile.intiem-terreur": .init(nl: "Intiem terreur", en: "Intimate terrorism"),
        "profile.gezin-in-de-stress": .init(nl: "Gezin in de stress", en: "Family under stress"),
        "profile.kindgedrag-opvoedstress": .init(
            nl: "Kindgedrag en opvoedstress", en: "Child behaviour and parenting stress"),
        "profile.langdurige-zorg": .init(nl: "Langdurige zorg", en: "Long-term care"),
        "profile.complexe-conflictscheiding": .init(
            nl: "Complexe conflictscheiding", en: "High-conflict divorce"),
    ]
}

extension Localizer {
    public func label(_ stage: Stage) -> String { self("stage.\(stage.rawValue)") }
    public func label(_ phase: Phase) -> String { self("phase.\(phase.rawValue)") }
    public func label(_ question: CoreQuestion) -> String { self("kernvraag.\(question.rawValue)") }
    public func label(_ element: Element) -> String { self("element.\(element.rawValue)") }
    public func label(_ pitfall: Pitfall) -> String { self("pitfall.\(pitfall.rawValue)") }
    public func label(_ profile: Profile) -> String { self("profile.\(profile.rawValue)") }
    public func label(_ mode: SessionMode) -> String { self("mode.\(mode.rawValue)") }
}
