import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// One broken fixture per validation code, with its exact message.
@Suite("Validation")
struct ValidationTests {
    /// The fixture with the first choice's `goto: plan` (and what follows) changed.
    func firstChoice(_ replacement: String) -> String {
        Fixture.replacing("        goto: plan\n        expert: true\n", with: replacement)
    }

    @Test("the valid fixture passes every check")
    func valid() {
        #expect(Validator.check(Fixture.load(Fixture.valid).scenario!) == [])
    }

    @Test("SO060: goto to an unknown scene")
    func unknownGoto() {
        let result = Fixture.load(firstChoice("        goto: plna\n        expert: true\n"))
        #expect(Fixture.lines(result) == ["25:15: error: 'goto' leads to an unknown scene 'plna' [SO060]"])
        #expect(result.diagnostics.first?.hint == "did you mean 'plan'?")
    }

    @Test("SO061: an unknown start scene")
    func unknownStart() {
        #expect(Fixture.lines(Fixture.replacing("start: begin", with: "start: bgin"))
            == ["18:8: error: the start scene 'bgin' does not exist [SO061]"])
    }

    @Test("SO062: reveal of an unknown card, in a choice and in a scene")
    func unknownCard() {
        let yaml = Fixture.replacing("reveal: [mutatie]", with: "reveal: [mutatei]")
            .replacingOccurrences(of: "    text: Het plan.\n", with: "    text: Het plan.\n    reveal: [rapport]\n")
        let result = Fixture.load(yaml)
        #expect(Fixture.lines(result) == [
            "28:18: error: unknown card 'mutatei' [SO062]",
            "35:14: error: unknown card 'rapport' [SO062]",
        ])
        #expect(result.diagnostics.map(\.hint) == ["did you mean 'mutatie'?", "defined cards: mutatie"])
    }

    @Test("SO063: an unknown role on a card or a scene")
    func unknownRole() {
        let yaml = Fixture.replacing("role: politie", with: "role: polite")
            .replacingOccurrences(of: "    stage: melding\n", with: "    stage: melding\n    role: wijkteam\n")
        #expect(Fixture.lines(yaml) == [
            "17:11: error: unknown role 'polite' [SO063]",
            "22:11: error: unknown role 'wijkteam' [SO063]",
        ])
    }

    @Test("SO064: set or add of an unknown variable")
    func unknownVariable() {
        let result = Fixture.load(firstChoice("        goto: plan\n        expert: true\n        set: {gesprokn: true}\n"))
        #expect(Fixture.lines(result) == ["27:15: error: 'set' names an unknown variable 'gesprokn' [SO064]"])
        #expect(result.diagnostics.first?.hint == "did you mean 'gesproken'?")
    }

    @Test("SO065: set changes a type, add on a variable that is not a number")
    func assignmentTypes() {
        let yaml = firstChoice("        goto: plan\n        expert: true\n        set: {gesproken: 1, status: true}\n")
            .replacingOccurrences(of: "add: {veiligheid: 3}", with: "add: {status: 3}")
        #expect(Fixture.lines(yaml) == [
            "27:15: error: 'set' gives 'gesproken' a number, but it starts as true or false [SO065]",
            "27:29: error: 'set' gives 'status' true or false, but it starts as text [SO065]",
            "28:15: error: 'add' needs a number variable, but 'status' is text [SO065]",
        ])
    }

    @Test("SO066: no veiligheid variable")
    func missingSafety() {
        let yaml = Fixture.replacing("  veiligheid: 2\n", with: "")
            .replacingOccurrences(of: "add: {veiligheid: 3}", with: "add: {}")
            .replacingOccurrences(of: "veiligheid >= 3 and ", with: "")
        #expect(Fixture.lines(yaml) == ["10:3: error: the variable 'veiligheid' is missing [SO066]"])
    }

    @Test("SO067: veiligheid outside 0-10 or not a number")
    func safetyStart() {
        #expect(Fixture.lines(Fixture.replacing("veiligheid: 2", with: "veiligheid: 11"))
            == ["10:3: error: veiligheid starts at 11, outside the scale 0 to 10 [SO067]"])
        #expect(Fixture.lines(Fixture.replacing("veiligheid: 2", with: "veiligheid: -1"))
            == ["10:3: error: veiligheid starts at -1, outside the scale 0 to 10 [SO067]"])
        #expect(Fixture.lines(Fixture.replacing("veiligheid: 2", with: "veiligheid: true")) == [
            "10:3: error: veiligheid must be a number from 0 to 10, not true or false [SO067]",
            "27:15: error: 'add' needs a number variable, but 'veiligheid' is true or false [SO065]",
            "31:24: error: '>=' needs numbers on both sides, but the left side is true or false [SO044]",
        ])
    }

    @Test("SO068: set of veiligheid outside the scale")
    func safetySet() {
        #expect(Fixture.lines(firstChoice("        goto: plan\n        expert: true\n        set: {veiligheid: 11}\n"))
            == ["27:15: error: 'set' puts veiligheid at 11, outside the scale 0 to 10 [SO068]"])
    }

    @Test("SO069: phase bands with a gap, an overlap or a short end")
    func phaseBands() {
        func lines(_ phases: String) -> [String] { Fixture.lines(Fixture.replacing("start: begin", with: "phases:\n\(phases)start: begin")) }
        #expect(lines("  acuut: [0, 1]\n")
            == ["18:1: error: the phase bands do not fit: 'directe-veiligheid' starts at 3 and leaves 2 without a phase [SO069]"])
        #expect(lines("  acuut: [0, 3]\n") == [
            "18:1: error: the phase bands do not fit: 'directe-veiligheid' starts at 3 and overlaps the phase before it [SO069]",
            "33:13: warning: 'veiligheid >= 3' splits the band of 'acuut' (0 to 3) between 2 and 3: at 3 the situation is still 'acuut' [SO083]",
        ])
        #expect(lines("  herstel: [8, 9]\n")
            == ["18:1: error: the phase bands do not fit: they end at 9 instead of 10 [SO069]"])
        #expect(lines("  acuut: [1, 2]\n")
            == ["18:1: error: the phase bands do not fit: 'acuut' starts at 1 and leaves 0 without a phase [SO069]"])
        // Bands that fit; the fixture's `veiligheid >= 3` now cuts acuut (SO083).
        #expect(lines("  acuut: [0, 3]\n  directe-veiligheid: [4, 5]\n")
            == ["34:13: warning: 'veiligheid >= 3' splits the band of 'acuut' (0 to 3) between 2 and 3: at 3 the situation is still 'acuut' [SO083]"])
    }

    @Test("SO070: a scene that cannot be reached is a warning")
    func unreachable() {
        let yaml = Fixture.valid + "  los:\n    stage: opvolgen\n    text: Los.\n    end: true\n    outcome: Niets.\n"
        let result = Fixture.load(yaml)
        #expect(Fixture.lines(result) == ["37:3: warning: scene 'los' cannot be reached from the start scene 'begin' [SO070]"])
        #expect(!result.hasErrors)
    }

    @Test("SO071: a loop without a way out")
    func noWayOut() {
        let yaml = firstChoice("        goto: lus\n        expert: true\n")
            + "  lus:\n    stage: opvolgen\n    text: Lus.\n    choices:\n      - text: Weer\n        goto: lus\n"
        #expect(Fixture.lines(yaml) == ["37:3: error: no ending can be reached from scene 'lus' [SO071]"])
    }

    @Test("SO072: a scene without choices that is not an ending")
    func deadEnd() {
        #expect(Fixture.lines(Fixture.replacing("    end: true\n", with: "")) == [
            "18:8: error: no scene is an ending, so no session can finish [SO071]",
            "32:3: error: scene 'plan' has no choices and is not an ending [SO072]",
            "35:14: warning: scene 'plan' has an 'outcome' but is not an ending, so it is never shown [SO081]",
        ])
    }

    @Test("SO073 and SO074: an ending with choices and without an outcome")
    func endingShape() {
        let yaml = Fixture.replacing("    outcome: Het gezin heeft een plan.\n", with: "    choices:\n      - text: Opnieuw\n        goto: begin\n")
        #expect(Fixture.lines(yaml) == [
            "32:3: error: ending 'plan' has no 'outcome' [SO074]",
            "37:9: error: scene 'plan' is an ending but has choices [SO073]",
            "38:15: warning: option 1 of scene 'plan' (stage 'veiligheidsplan') leads to a new incident in scene 'begin' (stage 'melding'), but the situation there does not drop to 'acuut' or 'directe-veiligheid' [SO084]",
        ])
    }

    @Test("SO075 and SO076: a past case must be anonymised and mark one actual choice per scene")
    func pastCase() {
        #expect(Fixture.lines(Fixture.replacing("language: nl", with: "language: nl\nkind: past-case\nanonymised: false")) == [
            "6:13: error: a past case must have 'anonymised: true' [SO075]",
            "22:3: error: scene 'begin' of a past case has 0 choices marked 'actual: true'; it needs exactly one [SO076]",
        ])
        let twice = Fixture.replacing("language: nl", with: "language: nl\nkind: past-case")
            .replacingOccurrences(of: "        expert: true\n", with: "        expert: true\n        actual: true\n")
            .replacingOccurrences(of: "        if: veiligheid", with: "        actual: true\n        if: veiligheid")
        #expect(Fixture.lines(twice) == [
            "1:1: error: a past case must have 'anonymised: true' [SO075]",
            "33:17: error: scene 'begin' of a past case has 2 choices marked 'actual: true'; it needs exactly one [SO076]",
        ])
        let good = Fixture.replacing("language: nl", with: "language: nl\nkind: past-case\nanonymised: true")
            .replacingOccurrences(of: "        expert: true\n", with: "        expert: true\n        actual: true\n")
        #expect(Fixture.lines(good) == [])
    }

    @Test("SO077: actual in a training scenario")
    func actualInTraining() {
        #expect(Fixture.lines(firstChoice("        goto: plan\n        expert: true\n        actual: true\n"))
            == ["27:17: error: 'actual' is only for past cases [SO077]"])
    }

    @Test("SO078: a decision without an expert choice is a warning")
    func noExpert() {
        #expect(Fixture.lines(firstChoice("        goto: plan\n"))
            == ["20:3: warning: scene 'begin' has 2 choices but none is marked 'expert: true' [SO078]"])
    }

    @Test("SO079: no ending through opvolgen or veiligheidsplan is a warning")
    func notStructural() {
        #expect(Fixture.lines(Fixture.replacing("stage: veiligheidsplan", with: "stage: veiligstellen"))
            == ["18:8: warning: no ending is reached through the stage 'opvolgen' or 'veiligheidsplan' [SO079]"])
    }

    @Test("SO080: an id that differs from the file name is a warning")
    func fileName() {
        let result = Fixture.load(Fixture.valid, file: "Scenarios/andere-naam.yml")
        #expect(Fixture.lines(result) == ["2:5: warning: the id 'test' differs from the file name 'andere-naam.yml' [SO080]"])
        #expect(result.diagnostics.first?.hint == "name the file 'test.yaml'")
        #expect(Fixture.lines(Fixture.load(Fixture.valid, file: "dir/test.yml")) == [])
    }

    @Test("SO081: an outcome on a scene that is not an ending is a warning")
    func outcomeWithoutEnd() {
        #expect(Fixture.lines(Fixture.replacing("    text: Er komt een melding binnen.\n", with: "    text: Er komt een melding binnen.\n    outcome: Te vroeg.\n"))
            == ["23:14: warning: scene 'begin' has an 'outcome' but is not an ending, so it is never shown [SO081]"])
    }
}
