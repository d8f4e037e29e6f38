extension Strings {
    /// Messages and hints of the scenario diagnostics SO001-SO099 (`Docs/diagnostics.md`).
    ///
    /// Keys are `diag.CODE` (with a suffix when a code has several messages), `diag.CODE.hint`,
    /// and shared parts: `diag.hint.*`, `diag.what.*` (how a place in the file is named),
    /// `diag.node.*` (what was found instead), `diag.type.*` (number, true/false, text). YAML key
    /// names, ids and code stay as written in both languages. The English is tested word for word.
    static let diagnostics: [String: LocalizedText] = [
        // Shared hints
        "diag.hint.did-you-mean": .init(nl: "bedoel je '{0}'?", en: "did you mean '{0}'?"),
        "diag.hint.for-example": .init(nl: "bijvoorbeeld '{0}'", en: "for example '{0}'"),
        "diag.hint.one-of": .init(nl: "mogelijke waarden: {0}", en: "expected one of: {0}"),
        "diag.hint.no-scenes": .init(nl: "er zijn geen scènes gedefinieerd", en: "no scenes are defined"),
        "diag.hint.no-cards": .init(nl: "er zijn geen kaarten gedefinieerd", en: "no cards are defined"),
        "diag.hint.no-roles": .init(nl: "er zijn geen rollen gedefinieerd", en: "no roles are defined"),
        "diag.hint.no-variables": .init(nl: "er zijn geen variabelen gedefinieerd", en: "no variables are defined"),
        "diag.hint.defined-scenes": .init(nl: "gedefinieerde scènes: {0}", en: "defined scenes: {0}"),
        "diag.hint.defined-cards": .init(nl: "gedefinieerde kaarten: {0}", en: "defined cards: {0}"),
        "diag.hint.defined-roles": .init(nl: "gedefinieerde rollen: {0}", en: "defined roles: {0}"),
        "diag.hint.defined-variables": .init(nl: "gedefinieerde variabelen: {0}", en: "defined variables: {0}"),

        // Where in the file
        "diag.what.scenario": .init(nl: "het scenario", en: "the scenario"),
        "diag.what.scene": .init(nl: "scène '{0}'", en: "scene '{0}'"),
        "diag.what.choice": .init(nl: "keuze {0} van scène '{1}'", en: "choice {0} of scene '{1}'"),
        "diag.what.card": .init(nl: "kaart '{0}'", en: "card '{0}'"),
        "diag.what.role": .init(nl: "rol '{0}'", en: "role '{0}'"),
        "diag.what.section": .init(nl: "'{0}'", en: "{0}"),
        "diag.what.quoted": .init(nl: "'{0}'", en: "'{0}'"),

        // What was found instead
        "diag.node.nothing": .init(nl: "leeg", en: "nothing"),
        "diag.node.mapping": .init(nl: "een mapping", en: "a mapping"),
        "diag.node.list": .init(nl: "een lijst", en: "a list"),
        "diag.node.alias": .init(nl: "een alias", en: "an alias"),

        // The three value types
        "diag.type.int": .init(nl: "een getal", en: "a number"),
        "diag.type.bool": .init(nl: "true of false", en: "true or false"),
        "diag.type.string": .init(nl: "tekst", en: "text"),
        "diag.range": .init(nl: "{0} tot en met {1}", en: "{0} to {1}"),

        // SO001-SO012: the file and YAML structure
        "diag.SO001.missing": .init(nl: "het bestand bestaat niet", en: "no such file"),
        "diag.SO001.folder": .init(nl: "dit is een map, geen scenariobestand", en: "this is a folder, not a scenario file"),
        "diag.SO001.folder.hint": .init(
            nl: "controleer een map met 'samenop check MAP'", en: "check a folder with 'samenop check FOLDER'"),
        "diag.SO001.unreadable": .init(
            nl: "het bestand kan niet gelezen worden (rechten?)", en: "the file cannot be read (permission?)"),
        "diag.SO001.read-error": .init(nl: "het bestand kan niet gelezen worden: {0}", en: "the file cannot be read: {0}"),
        "diag.SO001.not-utf8": .init(nl: "het bestand is geen UTF-8-tekst (byte 0x{0})", en: "the file is not UTF-8 text (byte 0x{0})"),
        "diag.SO001.not-utf8.hint": .init(nl: "sla het bestand in je editor op als UTF-8", en: "save the file as UTF-8 in your editor"),
        "diag.SO002": .init(nl: "YAML-syntaxis: {0}", en: "YAML syntax: {0}"),
        "diag.SO002.colonInValue": .init(
            nl: "YAML-syntaxis: hier mag geen ': ' (dubbele punt en spatie) staan (mapping values are not allowed in this context)",
            en: "YAML syntax: mapping values are not allowed in this context"),
        "diag.SO002.expectedKey": .init(
            nl: "YAML-syntaxis: hier werd een sleutel op dezelfde inspringing verwacht (did not find expected key)",
            en: "YAML syntax: did not find expected key"),
        "diag.SO002.expectedDash": .init(
            nl: "YAML-syntaxis: hier werd een lijstitem ('- ') verwacht (did not find expected '-' indicator)",
            en: "YAML syntax: did not find expected '-' indicator"),
        "diag.SO002.badCharacter": .init(
            nl: "YAML-syntaxis: met dit teken kan hier niets beginnen, vaak een tab, ` of @ (found character that cannot start any token)",
            en: "YAML syntax: found character that cannot start any token"),
        "diag.SO002.expectedColon": .init(
            nl: "YAML-syntaxis: de ':' na een sleutel ontbreekt (could not find expected ':')",
            en: "YAML syntax: could not find expected ':'"),
        "diag.SO002.context": .init(
            nl: "YAML-syntaxis: {0} ({1} op regel {2}, kolom {3})", en: "YAML syntax: {0} ({1} at line {2}, column {3})"),
        "diag.SO002.hint.colon": .init(
            nl: "controleer de inspringing; een waarde met ': ' erin moet tussen aanhalingstekens: \"...\"",
            en: "check the indentation; a value that holds ': ' needs quotes: \"...\""),
        "diag.SO002.hint.indentation": .init(
            nl: "controleer de inspringing: de sleutels van één mapping staan recht onder elkaar",
            en: "check the indentation: keys of one mapping line up"),
        "diag.SO002.hint.alias": .init(
            nl: "een alias (*naam) heeft een anker (&naam) ervoor nodig", en: "an alias (*name) needs an anchor (&name) before it"),
        "diag.SO003": .init(nl: "dubbele sleutel '{0}'", en: "duplicate key '{0}'"),
        "diag.SO003.first": .init(nl: "dubbele sleutel '{0}' (eerst op regel {1})", en: "duplicate key '{0}' (first at line {1})"),
        "diag.SO003.hint": .init(
            nl: "een sleutel mag maar één keer in een mapping staan; ids van scènes, kaarten en rollen moeten uniek zijn",
            en: "each key may appear once in a mapping; ids of scenes, cards and roles must be unique"),
        "diag.SO004": .init(
            nl: "de waarden zijn te diep genest (meer dan 1000 niveaus)", en: "the values are nested too deeply (over 1000 levels)"),
        "diag.SO004.hint": .init(
            nl: "een scenario heeft maar een paar niveaus nesting nodig", en: "a scenario needs only a few levels of nesting"),
        "diag.SO005": .init(
            nl: "het document groeit uit tot te veel waarden (meer dan {0})", en: "the document expands to too many values (over {0})"),
        "diag.SO005.hint": .init(
            nl: "aliassen (*naam) die naar andere aliassen verwijzen vermenigvuldigen zich; schrijf de waarden liever uit",
            en: "aliases (*name) that refer to other aliases multiply; write the values out instead"),
        "diag.SO006": .init(nl: "het bestand is leeg", en: "the file is empty"),
        "diag.SO006.hint": .init(nl: "een scenario begint met 'format: samenop/1'", en: "a scenario starts with 'format: samenop/1'"),
        "diag.SO007": .init(nl: "nog {0} problemen worden niet getoond", en: "{0} more problems are not shown"),
        "diag.SO007.hint": .init(
            nl: "los eerst de getoonde problemen op; die kunnen de rest veroorzaken",
            en: "fix the ones shown first; they may cause the rest"),
        "diag.SO008": .init(nl: "onbekende sleutel '{0}' in {1}", en: "unknown key '{0}' in {1}"),
        "diag.SO008.hint.allowed": .init(nl: "hier toegestaan: {0}", en: "allowed here: {0}"),
        "diag.SO009": .init(nl: "sleutel '{0}' ontbreekt in {1}", en: "missing key '{0}' in {1}"),
        "diag.SO010.not-mapping": .init(
            nl: "{0} moet een mapping van sleutels naar waarden zijn, niet {1}",
            en: "{0} must be a mapping of keys to values, not {1}"),
        "diag.SO010.section-not-mapping": .init(nl: "{0} moet een mapping zijn, niet {1}", en: "{0} must be a mapping, not {1}"),
        "diag.SO010.key-not-text": .init(
            nl: "een sleutel in {0} moet gewone tekst zijn, niet {1}", en: "a key in {0} must be plain text, not {1}"),
        "diag.SO010.not-list": .init(nl: "'{0}' moet een lijst zijn, niet {1}", en: "'{0}' must be a list, not {1}"),
        "diag.SO010.not-list.hint": .init(
            nl: "schrijf een lijst als '[a, b]' of als regels die beginnen met '- '",
            en: "write a list as '[a, b]' or as lines starting with '- '"),
        "diag.SO010.not-text": .init(nl: "'{0}' moet tekst zijn, niet {1}", en: "'{0}' must be text, not {1}"),
        "diag.SO010.no-value": .init(nl: "'{0}' heeft geen waarde", en: "'{0}' has no value"),
        "diag.SO010.not-bool": .init(nl: "'{0}' moet true of false zijn, niet {1}", en: "'{0}' must be true or false, not {1}"),
        "diag.SO010.not-int": .init(nl: "'{0}' moet een geheel getal zijn, niet {1}", en: "'{0}' must be a whole number, not {1}"),
        "diag.SO010.not-value": .init(
            nl: "'{0}' moet een getal, true/false of tekst zijn, niet {1}",
            en: "'{0}' must be a number, true/false or text, not {1}"),
        "diag.SO011": .init(
            nl: "het bestand is groter dan {0} MB; een scenario is veel kleiner",
            en: "the file is larger than {0} MB; a scenario is far smaller"),
        "diag.SO012": .init(nl: "een tab in de inspringing", en: "a tab in the indentation"),
        "diag.SO012.hint": .init(nl: "spring alleen in met spaties", en: "indent with spaces only"),

        // SO020-SO039: values and vocabularies
        "diag.SO020": .init(nl: "niet-ondersteund formaat '{0}'", en: "unsupported format '{0}'"),
        "diag.SO020.hint": .init(nl: "schrijf 'format: {0}'", en: "write 'format: {0}'"),
        "diag.SO021": .init(
            nl: "scenario-id '{0}' mag alleen a-z, 0-9 en '-' bevatten en moet met een letter of cijfer beginnen",
            en: "scenario id '{0}' must hold only a-z, 0-9 and '-', starting with a letter or digit"),
        "diag.SO022.scene": .init(
            nl: "scène-id '{0}' moet met een kleine letter beginnen en mag alleen a-z, 0-9, '_' en '-' bevatten",
            en: "scene id '{0}' must start with a lowercase letter and hold only a-z, 0-9, '_' and '-'"),
        "diag.SO022.card": .init(
            nl: "kaart-id '{0}' moet met een kleine letter beginnen en mag alleen a-z, 0-9, '_' en '-' bevatten",
            en: "card id '{0}' must start with a lowercase letter and hold only a-z, 0-9, '_' and '-'"),
        "diag.SO022.role": .init(
            nl: "rol-id '{0}' moet met een kleine letter beginnen en mag alleen a-z, 0-9, '_' en '-' bevatten",
            en: "role id '{0}' must start with a lowercase letter and hold only a-z, 0-9, '_' and '-'"),
        "diag.SO023": .init(
            nl: "variabelenaam '{0}' moet met een kleine letter beginnen en mag alleen a-z, 0-9 en '_' bevatten",
            en: "variable name '{0}' must start with a lowercase letter and hold only a-z, 0-9 and '_'"),
        "diag.SO024.stage": .init(nl: "onbekende stap van de mantra '{0}'", en: "unknown stage '{0}'"),
        "diag.SO024.phase": .init(nl: "onbekende fase '{0}'", en: "unknown phase '{0}'"),
        "diag.SO024.language": .init(nl: "onbekende taal '{0}'", en: "unknown language '{0}'"),
        "diag.SO024.kind": .init(nl: "onbekende soort '{0}'", en: "unknown kind '{0}'"),
        "diag.SO024.profile": .init(nl: "onbekend profiel '{0}'", en: "unknown profile '{0}'"),
        "diag.SO024.element": .init(nl: "onbekend element '{0}'", en: "unknown element '{0}'"),
        "diag.SO024.pitfall": .init(nl: "onbekende valkuil '{0}'", en: "unknown pitfall '{0}'"),
        "diag.SO024.value": .init(nl: "onbekende waarde '{0}'", en: "unknown value '{0}'"),
        "diag.SO024.kernvraag": .init(nl: "onbekende kernvraag {0}", en: "unknown kernvraag {0}"),
        "diag.SO024.kernvraag.hint": .init(
            nl: "de kernvragen zijn genummerd van 1 tot en met 5", en: "the kernvragen are numbered 1 to 5"),
        "diag.SO026.count": .init(
            nl: "de band van fase '{0}' moet uit twee getallen [min, max] bestaan, niet uit {1}",
            en: "the band of phase '{0}' must be two numbers [min, max], not {1}"),
        "diag.SO026.backwards": .init(
            nl: "de band van fase '{0}' loopt achteruit: {1} is groter dan {2}",
            en: "the band of phase '{0}' runs backwards: {1} is above {2}"),

        // SO040-SO059: conditions
        "diag.SO040.digit-name": .init(nl: "een naam mag niet met een cijfer beginnen", en: "a name cannot start with a digit"),
        "diag.SO040.number-too-large": .init(nl: "het getal {0} is te groot", en: "the number {0} is too large"),
        "diag.SO040.call-unclosed": .init(nl: "na '{0}({1}' hoort een ')'", en: "expected ')' after '{0}({1}'"),
        "diag.SO040.visited.hint": .init(nl: "visited(...) verwacht één scène-id", en: "visited(...) takes one scene id"),
        "diag.SO040.revealed.hint": .init(nl: "revealed(...) verwacht één kaart-id", en: "revealed(...) takes one card id"),
        "diag.SO040.visited.empty": .init(nl: "'visited()' heeft een scène-id nodig", en: "'visited()' needs a scene id"),
        "diag.SO040.revealed.empty": .init(nl: "'revealed()' heeft een kaart-id nodig", en: "'revealed()' needs a card id"),
        "diag.SO040.unclosed-text": .init(
            nl: "de tekst die hier begint heeft geen afsluitende '\"'", en: "the text starting here has no closing '\"'"),
        "diag.SO040.unexpected": .init(nl: "onverwachte '{0}' in de voorwaarde", en: "unexpected '{0}' in the condition"),
        "diag.SO040.hint.write": .init(nl: "schrijf '{0}'", en: "write '{0}'"),
        "diag.SO040.hint.compare": .init(nl: "vergelijk met '=='", en: "compare with '=='"),
        "diag.SO040.hint.quotes": .init(
            nl: "tekst staat tussen dubbele aanhalingstekens: \"...\"", en: "text goes in double quotes: \"...\""),
        "diag.SO040.expected.operator": .init(
            nl: "een operator zoals 'and', 'or' of '=='", en: "an operator such as 'and', 'or' or '=='"),
        "diag.SO040.expected.value": .init(nl: "een waarde", en: "a value"),
        "diag.SO040.expected.end": .init(
            nl: "hier hoort {0}, maar de voorwaarde houdt op", en: "expected {0}, found the end of the condition"),
        "diag.SO040.expected.end-after": .init(
            nl: "na '{1}' hoort {0}, maar de voorwaarde houdt op",
            en: "expected {0} after '{1}', found the end of the condition"),
        "diag.SO040.expected.found": .init(nl: "hier hoort {0}, maar er staat '{1}'", en: "expected {0}, found '{1}'"),
        "diag.SO040.expected.found-after": .init(
            nl: "na '{1}' hoort {0}, maar er staat '{2}'", en: "expected {0} after '{1}', found '{2}'"),
        "diag.SO040.chained": .init(nl: "vergelijkingen kun je niet aan elkaar rijgen", en: "comparisons cannot be chained"),
        "diag.SO040.chained.hint": .init(nl: "verbind twee vergelijkingen met 'and'", en: "join two comparisons with 'and'"),
        "diag.SO040.missing-paren": .init(nl: "de ')' bij de '(' ontbreekt", en: "missing ')' to match the '('"),
        "diag.SO040.missing-paren.hint": .init(
            nl: "elke '(' heeft een ')' nodig na het deel dat hij groepeert", en: "every '(' needs a ')' after the part it groups"),
        "diag.SO040.too-deep": .init(
            nl: "de voorwaarde is te diep genest (meer dan {0} niveaus)", en: "the condition is nested too deeply (over {0} levels)"),
        "diag.SO041": .init(nl: "onbekende variabele '{0}'", en: "unknown variable '{0}'"),
        "diag.SO041.hint": .init(nl: "variabelen staan onder 'variables'", en: "variables are declared under 'variables'"),
        "diag.SO042": .init(nl: "visited() noemt een onbekende scène '{0}'", en: "visited() names an unknown scene '{0}'"),
        "diag.SO043": .init(nl: "revealed() noemt een onbekende kaart '{0}'", en: "revealed() names an unknown card '{0}'"),
        "diag.SO044.not": .init(nl: "'not' verwacht true of false, maar krijgt {0}", en: "'not' needs true or false, but gets {0}"),
        "diag.SO044.bool.left": .init(
            nl: "'{0}' verwacht aan beide kanten true of false, maar links staat {1}",
            en: "'{0}' needs true or false on both sides, but the left side is {1}"),
        "diag.SO044.bool.right": .init(
            nl: "'{0}' verwacht aan beide kanten true of false, maar rechts staat {1}",
            en: "'{0}' needs true or false on both sides, but the right side is {1}"),
        "diag.SO044.numbers.left": .init(
            nl: "'{0}' verwacht aan beide kanten getallen, maar links staat {1}",
            en: "'{0}' needs numbers on both sides, but the left side is {1}"),
        "diag.SO044.numbers.right": .init(
            nl: "'{0}' verwacht aan beide kanten getallen, maar rechts staat {1}",
            en: "'{0}' needs numbers on both sides, but the right side is {1}"),
        "diag.SO044.compares": .init(nl: "'{0}' vergelijkt {1} met {2}", en: "'{0}' compares {1} with {2}"),
        "diag.SO044.compares.hint": .init(
            nl: "beide kanten moeten van hetzelfde type zijn", en: "both sides must be of the same type"),
        "diag.SO045": .init(nl: "de voorwaarde is {0}, niet true of false", en: "the condition is {0}, not true or false"),
        "diag.SO045.hint": .init(nl: "maak er een vergelijking van, bijvoorbeeld '{0}'", en: "compare it, for example '{0}'"),

        // SO060-SO089: the scenario as a whole
        "diag.SO060": .init(nl: "'goto' verwijst naar een onbekende scène '{0}'", en: "'goto' leads to an unknown scene '{0}'"),
        "diag.SO061": .init(nl: "de startscène '{0}' bestaat niet", en: "the start scene '{0}' does not exist"),
        "diag.SO062": .init(nl: "onbekende kaart '{0}'", en: "unknown card '{0}'"),
        "diag.SO063": .init(nl: "onbekende rol '{0}'", en: "unknown role '{0}'"),
        "diag.SO064": .init(nl: "'{0}' noemt een onbekende variabele '{1}'", en: "'{0}' names an unknown variable '{1}'"),
        "diag.SO065.set": .init(
            nl: "'set' geeft '{0}' {1}, maar die begint als {2}", en: "'set' gives '{0}' {1}, but it starts as {2}"),
        "diag.SO065.set.hint": .init(
            nl: "een variabele houdt het type van zijn beginwaarde ({0})", en: "a variable keeps the type of its initial value ({0})"),
        "diag.SO065.add": .init(
            nl: "'add' werkt alleen op een variabele met een getal, maar '{0}' is {1}",
            en: "'add' needs a number variable, but '{0}' is {1}"),
        "diag.SO065.add.hint": .init(nl: "gebruik 'set' voor true/false en tekst", en: "use 'set' for true/false and text"),
        "diag.SO066": .init(nl: "de variabele 'veiligheid' ontbreekt", en: "the variable 'veiligheid' is missing"),
        "diag.SO066.hint": .init(
            nl: "elk scenario heeft de veiligheidsschaal, bijvoorbeeld 'veiligheid: 3' onder 'variables'",
            en: "every scenario has the safety scale, e.g. 'veiligheid: 3' under 'variables'"),
        "diag.SO067.range": .init(
            nl: "veiligheid begint op {0}, buiten de schaal 0 tot en met 10", en: "veiligheid starts at {0}, outside the scale 0 to 10"),
        "diag.SO067.type": .init(
            nl: "veiligheid moet een getal van 0 tot en met 10 zijn, niet {0}", en: "veiligheid must be a number from 0 to 10, not {0}"),
        "diag.SO068": .init(
            nl: "'set' zet veiligheid op {0}, buiten de schaal 0 tot en met 10", en: "'set' puts veiligheid at {0}, outside the scale 0 to 10"),
        "diag.SO069.gap": .init(
            nl: "de fasebanden sluiten niet aan: '{0}' begint bij {1} en laat {2} zonder fase",
            en: "the phase bands do not fit: '{0}' starts at {1} and leaves {2} without a phase"),
        "diag.SO069.overlap": .init(
            nl: "de fasebanden sluiten niet aan: '{0}' begint bij {1} en overlapt de fase ervoor",
            en: "the phase bands do not fit: '{0}' starts at {1} and overlaps the phase before it"),
        "diag.SO069.hint": .init(
            nl: "de banden volgen de volgorde van de fasen en dekken 0 tot en met 10 precies één keer, bijvoorbeeld acuut [0, 2], directe-veiligheid [3, 5], risicogestuurde-zorg [6, 7], herstel [8, 10]",
            en: "the bands follow the phase order and cover 0 to 10 once, e.g. acuut [0, 2], directe-veiligheid [3, 5], risicogestuurde-zorg [6, 7], herstel [8, 10]"),
        "diag.SO069.end": .init(
            nl: "de fasebanden sluiten niet aan: ze eindigen bij {0} in plaats van 10",
            en: "the phase bands do not fit: they end at {0} instead of 10"),
        "diag.SO069.end.hint": .init(nl: "de laatste fase, herstel, loopt tot en met 10", en: "the last phase, herstel, runs up to 10"),
        "diag.SO070": .init(
            nl: "scène '{0}' is niet te bereiken vanaf de startscène '{1}'",
            en: "scene '{0}' cannot be reached from the start scene '{1}'"),
        "diag.SO070.hint": .init(
            nl: "laat een keuze hierheen leiden met 'goto: {0}', of verwijder de scène",
            en: "let a choice lead here with 'goto: {0}', or remove the scene"),
        "diag.SO071": .init(nl: "vanuit scène '{0}' is geen einde te bereiken", en: "no ending can be reached from scene '{0}'"),
        "diag.SO071.hint": .init(
            nl: "de keuzes leiden alleen naar scènes die weer terugkomen; laat er één naar een einde leiden",
            en: "its choices only lead into scenes that loop back; let one lead towards an ending"),
        "diag.SO071.none": .init(
            nl: "geen enkele scène is een einde, dus kan een sessie nooit eindigen", en: "no scene is an ending, so no session can finish"),
        "diag.SO071.none.hint": .init(
            nl: "markeer de laatste scène van elk pad met 'end: true' en een 'outcome'",
            en: "mark the last scene of each path with 'end: true' and an 'outcome'"),
        "diag.SO072": .init(
            nl: "scène '{0}' heeft geen keuzes en is geen einde", en: "scene '{0}' has no choices and is not an ending"),
        "diag.SO072.hint": .init(
            nl: "voeg 'choices' toe, of 'end: true' met een 'outcome'", en: "add 'choices', or 'end: true' with an 'outcome'"),
        "diag.SO073": .init(nl: "scène '{0}' is een einde maar heeft keuzes", en: "scene '{0}' is an ending but has choices"),
        "diag.SO073.hint": .init(nl: "verwijder 'end: true' of de keuzes", en: "remove 'end: true' or the choices"),
        "diag.SO074": .init(nl: "einde '{0}' heeft geen 'outcome'", en: "ending '{0}' has no 'outcome'"),
        "diag.SO074.hint": .init(
            nl: "beschrijf in 'outcome' hoe het het gezin is vergaan", en: "say what became of the family in 'outcome'"),
        "diag.SO075": .init(nl: "een casus moet 'anonymised: true' hebben", en: "a past case must have 'anonymised: true'"),
        "diag.SO075.hint": .init(
            nl: "verwijder alles waaraan het gezin te herkennen is en voer daarna 'samenop check --privacy' uit",
            en: "remove everything that identifies the family, then run 'samenop check --privacy'"),
        "diag.SO076": .init(
            nl: "scène '{0}' van een casus heeft {1} keuzes met 'actual: true'; dat moet er precies één zijn",
            en: "scene '{0}' of a past case has {1} choices marked 'actual: true'; it needs exactly one"),
        "diag.SO076.hint": .init(
            nl: "markeer de keuze die op dit punt werkelijk is gemaakt", en: "mark the choice that was actually made at this point"),
        "diag.SO077": .init(nl: "'actual' is alleen voor casussen", en: "'actual' is only for past cases"),
        "diag.SO077.hint": .init(
            nl: "voeg 'kind: past-case' toe als dit een nagebouwde echte casus is, of verwijder 'actual'",
            en: "add 'kind: past-case' if this is a reconstructed real case, or remove 'actual'"),
        "diag.SO078": .init(
            nl: "scène '{0}' heeft {1} keuzes, maar bij geen ervan staat 'expert: true'",
            en: "scene '{0}' has {1} choices but none is marked 'expert: true'"),
        "diag.SO078.hint": .init(
            nl: "markeer wat een ervaren professional hier zou doen", en: "mark what an experienced professional would do here"),
        "diag.SO079": .init(
            nl: "geen einde wordt bereikt via de mantrastap 'opvolgen' of 'veiligheidsplan'",
            en: "no ending is reached through the stage 'opvolgen' or 'veiligheidsplan'"),
        "diag.SO079.hint": .init(
            nl: "laat minstens één pad doorlopen van het acute moment naar opvolging of een veiligheidsplan",
            en: "let at least one path run on from the acute moment to follow-up or a safety plan"),
        "diag.SO080": .init(
            nl: "het id '{0}' wijkt af van de bestandsnaam '{1}'", en: "the id '{0}' differs from the file name '{1}'"),
        "diag.SO080.hint": .init(nl: "noem het bestand '{0}.yaml'", en: "name the file '{0}.yaml'"),
        "diag.SO081": .init(
            nl: "scène '{0}' heeft een 'outcome' maar is geen einde, dus die wordt nooit getoond",
            en: "scene '{0}' has an 'outcome' but is not an ending, so it is never shown"),
        "diag.SO081.hint": .init(nl: "voeg 'end: true' toe of verwijder de outcome", en: "add 'end: true' or remove the outcome"),

        // SO090-SO099: the library
        "diag.SO090": .init(nl: "scenario-id '{0}' wordt al gebruikt door {1}", en: "scenario id '{0}' is already used by {1}"),
        "diag.SO090.hint": .init(
            nl: "ids moeten uniek zijn in een bibliotheek; geef een van beide een andere naam",
            en: "ids must be unique in a library; rename one of them"),
    ]
}
