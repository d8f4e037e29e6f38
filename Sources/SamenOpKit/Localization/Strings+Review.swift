extension Strings {
    /// Strings of the case review of past cases: the privacy gate before a review starts, and
    /// the then-and-now questions that open the report's reflection part.
    static let review: [String: LocalizedText] = [
        "review.refused": .init(
            nl: "Review geweigerd: de privacycontrole vond in '{1}' {0} waarmee een gezin herkenbaar kan worden:",
            en: "Review refused: the privacy check found {0} in '{1}' that could identify a family:"),
        "review.findings.one": .init(nl: "1 gegeven", en: "1 item"),
        "review.findings.many": .init(nl: "{0} gegevens", en: "{0} items"),
        "review.finding": .init(nl: "regel {0}, kolom {1}: {2} ({3})", en: "line {0}, column {1}: {2} ({3})"),
        "review.refused.fix": .init(
            nl: "Bekijk en verbeter het bestand met `samenop check --privacy {0}`.",
            en: "See and fix the file with `samenop check --privacy {0}`."),
        "review.refused.override": .init(
            nl: "Is het toch veilig (bijvoorbeeld verzonnen namen), start dan met `{0}`; het verslag vermeldt dat.",
            en: "If it is safe after all (invented names, for example), start with `{0}`; the report will say so."),
        "review.accepted": .init(
            nl: "Let op: review gestart met --accept-privacy-risk terwijl de privacycontrole in '{1}' {0} vond; het verslag vermeldt dat:",
            en: "Note: review started with --accept-privacy-risk while the privacy check found {0} in '{1}'; the report says so:"),
        "review.flag.notReview": .init(
            nl: "--accept-privacy-risk hoort alleen bij review: `{0} ID review --accept-privacy-risk`.",
            en: "--accept-privacy-risk only applies to review: `{0} ID review --accept-privacy-risk`."),
        "review.flag.notReviewPlay": .init(
            nl: "--accept-privacy-risk hoort alleen bij --mode review.",
            en: "--accept-privacy-risk only applies to --mode review."),

        "review.thenNow.title": .init(nl: "Toen en nu: de verschillen", en: "Then and now: the differences"),
        "review.thenNow.intro.one": .init(
            nl: "Bij {0} van de 1 beslissing is nu anders gekozen dan toen. Begin daar. Een verschil is een vraag, geen oordeel: wat wisten de professionals toen, wat maakte hun keuze logisch, en waarom kies je nu anders?",
            en: "At {0} of the 1 decision the choice now differs from what was done then. Start there. A difference is a question, not a verdict: what did the professionals know then, what made their choice make sense, and why do you choose differently now?"),
        "review.thenNow.intro.other": .init(
            nl: "Bij {0} van de {1} beslissingen is nu anders gekozen dan toen. Begin daar. Een verschil is een vraag, geen oordeel: wat wisten de professionals toen, wat maakte hun keuze logisch, en waarom kies je nu anders?",
            en: "At {0} of the {1} decisions the choice now differs from what was done then. Start there. A difference is a question, not a verdict: what did the professionals know then, what made their choice make sense, and why do you choose differently now?"),
        "review.thenNow.step": .init(
            nl: "Stap {0} · {1}: nu \"{2}\", toen \"{3}\".",
            en: "Step {0} · {1}: now \"{2}\", then \"{3}\"."),
        "review.thenNow.same.one": .init(
            nl: "Bij de enige beslissing is nu hetzelfde gekozen als toen. Wat maakte die keuze toen vanzelfsprekend, en zou je met wat je nu weet over de afloop iets anders doen?",
            en: "At the one decision the choice now is what was done then. What made that choice obvious then, and would you do anything differently knowing how the case ended?"),
        "review.thenNow.same.other": .init(
            nl: "Bij alle {0} beslissingen is nu hetzelfde gekozen als toen. Wat maakte die keuzes toen vanzelfsprekend, en zou je met wat je nu weet over de afloop iets anders doen?",
            en: "At all {0} decisions the choice now is what was done then. What made those choices obvious then, and would you do anything differently knowing how the case ended?"),
    ]
}
