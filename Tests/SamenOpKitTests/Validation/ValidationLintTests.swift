import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript

/// The lints of issue 11 (SO082-SO086): each shown by a pair of fixtures that differ only in
/// the mistake, a warning on the one and nothing on the other.
@Suite("Validation lints")
struct ValidationLintTests {
    /// Broken fixtures, one per lint (also used by the localisation corpus).
    enum Broken {
        /// The expert option "Samen erop af" (13 characters) is longer than "Alleen gaan" (11).
        static let lengthCue = Fixture.replacing("- text: Samen gaan", with: "- text: Samen erop af")
        /// `>= 2` splits acuut (0-2) between 1 and 2.
        static let bandCut = Fixture.replacing("if: veiligheid >= 3 and", with: "if: veiligheid >= 2 and")
        /// `==` cuts directe-veiligheid (3-5) on both sides of 4.
        static let bandCutEqual = Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: 'veiligheid == 4'")
        /// From follow-up (opvolgen) back to the report (melding), with the situation left as it was.
        static let incident = followUp(lastOption: "      - text: Het gaat weer mis\n        goto: begin\n")
        /// The police card's text is told in the scene text everyone reads.
        static let card = withLongCard(sceneText: "Er komt een melding binnen over twee eerdere meldingen van burenoverlast op dit adres, allebei op vrijdag.")
        /// The wrong option carries `samen-op`, as the expert option does.
        static let credit = withElements(distractor: "[contact, samen-op]")
    }

    /// The fixture whose first choice leads to a follow-up scene `vervolg` (lines 37-...) that
    /// offers the plan (expert) and `lastOption`.
    static func followUp(lastOption: String) -> String {
        Fixture.replacing("        goto: plan\n        expert: true\n", with: "        goto: vervolg\n        expert: true\n")
            + "  vervolg:\n    stage: opvolgen\n    text: Weken later.\n    choices:\n      - text: Het plan\n        goto: plan\n        expert: true\n"
            + lastOption
    }

    /// The fixture with a police card of eleven words and `sceneText` as the first scene's text.
    static func withLongCard(sceneText: String) -> String {
        Fixture.replacing("text: Eerdere melding.", with: "text: Twee eerdere meldingen van burenoverlast op dit adres, allebei op vrijdag.")
            .replacingOccurrences(of: "text: Er komt een melding binnen.", with: "text: \(sceneText)")
    }

    /// The fixture with elements on the expert option (line 27) and `distractor` on the other (line 32).
    static func withElements(distractor: String) -> String {
        Fixture.replacing("        add: {veiligheid: 3}\n", with: "        elements: [samen-op, info-delen]\n        add: {veiligheid: 3}\n")
            .replacingOccurrences(of: "        goto: plan\n        if:", with: "        goto: plan\n        elements: \(distractor)\n        if:")
    }

    @Test("SO082: the expert option strictly longest at more than half of the decisions")
    func lengthCue() {
        let result = Fixture.load(Broken.lengthCue)
        #expect(Fixture.lines(result)
            == ["20:3: warning: the expert option is the longest in 1 of 1 decisions (first in scene 'begin'), so a trainee can pick by length [SO082]"])
        #expect(result.diagnostics.first?.hint
            == "write the options of a scene at about the same length: give a wrong option its good reason, or shorten the expert option")
        // The valid fixture differs only in the expert option's text: "Samen gaan" is shorter.
        #expect(Fixture.lines(Fixture.valid) == [])
        // Equally long is no cue ("Samen gaan!" and "Alleen gaan" both have 11 characters).
        #expect(Fixture.lines(Fixture.replacing("- text: Samen gaan", with: "- text: Samen gaan!")) == [])
        // Half of the decisions is not more than half: a second decision where the expert option is shorter.
        let half = ValidationLintTests.followUp(lastOption: "      - text: Het gaat weer helemaal mis\n        goto: plan\n")
            .replacingOccurrences(of: "- text: Samen gaan", with: "- text: Samen erop af")
        #expect(Fixture.lines(half) == [])
        #expect(Fixture.lines(half.replacingOccurrences(of: "- text: Het plan\n", with: "- text: Het plan maken met iedereen\n"))
            == ["20:3: warning: the expert option is the longest in 2 of 2 decisions (first in scene 'begin'), so a trainee can pick by length [SO082]"])
    }

    @Test("SO083: a comparison of veiligheid that splits a phase band, at the comparison's column")
    func bandCut() {
        let result = Fixture.load(Broken.bandCut)
        #expect(Fixture.lines(result)
            == ["31:13: warning: 'veiligheid >= 2' splits the band of 'acuut' (0 to 2) between 1 and 2: at 2 the situation is still 'acuut' [SO083]"])
        #expect(result.diagnostics.first?.hint
            == "compare at a band boundary, such as 'veiligheid >= 3', so that the option changes where the phase changes")
        #expect(result.diagnostics.first?.message(in: .nl)
            == "'veiligheid >= 2' splitst de band van 'acuut' (0 tot en met 2) tussen 1 en 2: bij 2 is de situatie nog steeds 'acuut'")
        // The valid fixture differs only in the number: `>= 3` splits between acuut and directe-veiligheid.
        #expect(Fixture.lines(Fixture.valid) == [])
        // Written the other way round, inside a longer condition: the column of the comparison.
        let mirrored = Fixture.load(Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: gesproken or 1 < veiligheid"))
        #expect(Fixture.lines(mirrored)
            == ["31:26: warning: '1 < veiligheid' splits the band of 'acuut' (0 to 2) between 1 and 2: at 1 the situation is still 'acuut' [SO083]"])
        #expect(mirrored.diagnostics.first?.hint
            == "compare at a band boundary, such as '2 < veiligheid', so that the option changes where the phase changes")
        // `==` in a quoted value: the column counts the quote.
        let equal = Fixture.load(Broken.bandCutEqual)
        #expect(Fixture.lines(equal)
            == ["31:14: warning: 'veiligheid == 4' splits the band of 'directe-veiligheid' (3 to 5) between 3 and 4: at 4 the situation is still 'directe-veiligheid' [SO083]"])
        #expect(equal.diagnostics.first?.hint
            == "compare with a band boundary ('<' or '>=' at the first value of a band), so that the option changes where the phase changes")
        // `!=` on a band of one value cuts at its boundaries only.
        #expect(Fixture.lines(Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: 'veiligheid != 3'")
            .replacingOccurrences(of: "start: begin", with: "phases:\n  directe-veiligheid: [3, 3]\n  risicogestuurde-zorg: [4, 7]\nstart: begin")) == [])
        // A block scalar is reported at its start.
        #expect(Fixture.lines(Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: >-\n          gesproken or\n          veiligheid > 4"))
            == ["31:13: warning: 'veiligheid > 4' splits the band of 'directe-veiligheid' (3 to 5) between 4 and 5: at 4 the situation is still 'directe-veiligheid' [SO083]"])
        // The scenario's own bands: with acuut 0-1, `>= 2` is a boundary and `>= 3` is a cut.
        let own = "phases:\n  acuut: [0, 1]\n  directe-veiligheid: [2, 5]\nstart: begin"
        #expect(Fixture.lines(Broken.bandCut.replacingOccurrences(of: "start: begin", with: own)) == [])
        #expect(Fixture.lines(Fixture.replacing("start: begin", with: own))
            == ["34:13: warning: 'veiligheid >= 3' splits the band of 'directe-veiligheid' (2 to 5) between 2 and 3: at 3 the situation is still 'directe-veiligheid' [SO083]"])
    }

    @Test("SO084: from follow-up back to a new incident without the situation dropping")
    func incidentWithoutDrop() {
        let result = Fixture.load(Broken.incident)
        #expect(Fixture.lines(result)
            == ["45:15: warning: option 2 of scene 'vervolg' (stage 'opvolgen') leads to a new incident in scene 'begin' (stage 'melding'), but the situation there does not drop to 'acuut' or 'directe-veiligheid' [SO084]"])
        #expect(result.diagnostics.first?.hint
            == "give scene 'begin' 'phase: acuut' or 'phase: directe-veiligheid', or let this option set veiligheid to 5 or lower")
        // Fixed by setting veiligheid into directe-veiligheid on the way ...
        let set = Self.followUp(lastOption: "      - text: Het gaat weer mis\n        goto: begin\n        set: {veiligheid: 4}\n")
        #expect(Fixture.lines(set) == [])
        // ... but not by setting it to a later phase,
        #expect(Fixture.lines(set.replacingOccurrences(of: "set: {veiligheid: 4}", with: "set: {veiligheid: 6}")).map { String($0.suffix(7)) } == ["[SO084]"])
        // or by fixing the phase on the scene of the new incident.
        #expect(Fixture.lines(Broken.incident.replacingOccurrences(of: "    stage: melding\n", with: "    stage: melding\n    phase: acuut\n")) == [])
        #expect(Fixture.lines(Broken.incident.replacingOccurrences(of: "    stage: melding\n", with: "    stage: melding\n    phase: herstel\n"))
            .map { String($0.suffix(7)) } == ["[SO084]"])
        // With the scenario's own bands the hint names their upper end.
        let own = Fixture.load(Broken.incident.replacingOccurrences(of: "start: begin", with: "phases:\n  directe-veiligheid: [3, 6]\n  risicogestuurde-zorg: [7, 7]\nstart: begin"))
        #expect(own.diagnostics.first?.hint
            == "give scene 'begin' 'phase: acuut' or 'phase: directe-veiligheid', or let this option set veiligheid to 6 or lower")
        // From a scene that is not follow-up, going back to the report is no new incident.
        #expect(Fixture.lines(Broken.incident.replacingOccurrences(of: "stage: opvolgen", with: "stage: veiligheidsbeoordeling")) == [])
    }

    @Test("SO085: eight or more words of a role's card in a text everyone reads")
    func cardGivenAway() {
        let result = Fixture.load(Broken.card)
        #expect(Fixture.lines(result)
            == ["22:11: warning: 11 words of card 'mutatie', which only the role 'politie' sees, stand here for everyone to read: 'twee eerdere meldingen van burenoverlast op dit adres allebei op vrijdag' [SO085]"])
        #expect(result.diagnostics.first?.hint
            == "keep this detail on card 'mutatie' and let the scene tell only what everyone knows, so that the role has something to share")
        // Fixed: the scene tells what everyone knows, the card keeps the detail.
        #expect(Fixture.lines(Self.withLongCard(sceneText: "Er komt een melding binnen over burenoverlast.")) == [])
        // Seven words in a row are not enough.
        #expect(Fixture.lines(Self.withLongCard(sceneText: "Er komt een melding binnen over eerdere meldingen van burenoverlast op dit adres.")) == [])
        // In an option's text, ignoring case and punctuation.
        let option = Self.withLongCard(sceneText: "Er komt een melding binnen.")
            .replacingOccurrences(of: "- text: Alleen gaan", with: "- text: \"Alleen gaan: TWEE eerdere meldingen van burenoverlast, op dit adres\"")
        #expect(Fixture.lines(option)
            == ["29:15: warning: 8 words of card 'mutatie', which only the role 'politie' sees, stand here for everyone to read: 'twee eerdere meldingen van burenoverlast op dit adres' [SO085]"])
        // A card without a role is for everyone anyway.
        #expect(Fixture.lines(Broken.card.replacingOccurrences(of: "    role: politie\n", with: "")) == [])
    }

    @Test("SO086: a wrong option carries an element of the expert option, at that element")
    func creditOnDistractor() {
        let result = Fixture.load(Broken.credit)
        #expect(Fixture.lines(result)
            == ["32:29: warning: option 2 of scene 'begin' is not an expert option but carries 'samen-op', as an expert option here does [SO086]"])
        #expect(result.diagnostics.first?.hint
            == "check that this option really shows 'samen-op'; if not, remove it, so that the report does not credit a wrong option with it")
        #expect(Fixture.lines(Self.withElements(distractor: "[contact]")) == [])
        // Every shared element is reported.
        #expect(Fixture.lines(Broken.credit.replacingOccurrences(of: "[contact, samen-op]", with: "[info-delen, contact, samen-op]")).count == 2)
    }

    @Test("scale: an optional true or false on a scene, located like the other keys")
    func scale() throws {
        let result = Fixture.load(Fixture.replacing("    stage: melding\n", with: "    stage: melding\n    scale: true\n"))
        #expect(Fixture.lines(result) == [])
        let scene = try #require(result.scenario?.scene("begin"))
        #expect(scene.asksScale)
        #expect(scene.scale?.location.line == 22 && scene.scale?.location.column == 12)
        #expect(result.scenario?.scene("plan")?.asksScale == false && result.scenario?.scene("plan")?.scale == nil)
        #expect(Fixture.lines(Fixture.replacing("    stage: melding\n", with: "    stage: melding\n    scale: ja\n")).map { String($0.suffix(7)) }
            == ["[SO010]"])
    }
}
