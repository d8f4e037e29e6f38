extension Strings {
    /// Strings of the cli part of the program.
    static let cli: [String: LocalizedText] = [
        // samenop itself
        "cli.unknownCommand.suggest": .init(
            nl: "samenop: onbekende opdracht '{0}'. Bedoel je `samenop {1}`? (`samenop help` toont ze allemaal.)",
            en: "samenop: unknown command '{0}'. Did you mean `samenop {1}`? (`samenop help` lists them all.)"),
        "cli.unknownCommand": .init(
            nl: "samenop: onbekende opdracht '{0}'. De opdrachten: {1} (zonder opdracht: de REPL).",
            en: "samenop: unknown command '{0}'. The commands: {1} (without one: the REPL)."),

        // --lang with a language samenop does not have (said in LANG's language)
        "cli.lang.invalid": .init(
            nl: "--lang moet nl of en zijn, niet '{0}'", en: "--lang must be nl or en, not '{0}'"),

        // samenop resume ID / samenop report ID: the shell's command, not the REPL's `sessies`
        "cli.store.unknownSession": .init(
            nl: "Geen bewaarde sessie '{0}' (zie `samenop sessions`).",
            en: "No stored session '{0}' (see `samenop sessions`)."),

        // samenop check
        "check.error.one": .init(nl: "{0} fout", en: "{0} error"),
        "check.error.other": .init(nl: "{0} fouten", en: "{0} errors"),
        "check.warning.one": .init(nl: "{0} waarschuwing", en: "{0} warning"),
        "check.warning.other": .init(nl: "{0} waarschuwingen", en: "{0} warnings"),
        "check.file.one": .init(nl: "{0} bestand", en: "{0} file"),
        "check.file.other": .init(nl: "{0} bestanden", en: "{0} files"),
        "check.summary": .init(nl: "{0}, {1} in {2}", en: "{0}, {1} in {2}"),
        "check.no-files": .init(
            nl: "{0}: geen scenariobestanden (.yaml of .yml) in deze map",
            en: "{0}: no scenario files (.yaml or .yml) in this folder"),

        // samenop list
        "list.no-library": .init(
            nl: "Geen scenariobibliotheek gevonden. Geef een map met --scenarios of SAMENOP_SCENARIOS.",
            en: "No scenario library found. Name a folder with --scenarios or SAMENOP_SCENARIOS."),
        "list.not-a-folder": .init(nl: "{0}: geen map", en: "{0}: not a folder"),
        "list.empty": .init(nl: "Geen scenario's in {0}.", en: "No scenarios in {0}."),
        "list.skipped": .init(
            nl: "{0} overgeslagen: {1}. Zie 'samenop check {0}'.",
            en: "{0} skipped: {1}. See 'samenop check {0}'."),
        "list.header.id": .init(nl: "id", en: "id"),
        "list.header.title": .init(nl: "titel", en: "title"),
        "list.header.language": .init(nl: "taal", en: "language"),
        "list.header.kind": .init(nl: "soort", en: "kind"),
        "list.header.profiles": .init(nl: "profielen", en: "profiles"),
        "list.header.scenes": .init(nl: "scènes", en: "scenes"),
        "list.kind.training": .init(nl: "training", en: "training"),
        "list.kind.past-case": .init(nl: "casus", en: "past case"),
    ]
}
