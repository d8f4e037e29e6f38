import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// One broken fixture per structure, value and vocabulary code, with its exact message.
@Suite("Diagnostics")
struct DiagnosticsTests {
    @Test("SO001: a missing file, a folder and a non-UTF-8 file cannot be read")
    func unreadable() throws {
        #expect(Fixture.lines(ScenarioLoader.load(path: "/nonexistent/x.yaml")) == ["-: error: no such file [SO001]"])
        #expect(Fixture.lines(ScenarioLoader.load(path: NSTemporaryDirectory()))
            == ["-: error: this is a folder, not a scenario file [SO001]"])
        let latin1 = Data("format: samenop/1\ntitle: caf".utf8) + Data([0xE9, 0x0A])
        #expect(Fixture.lines(ScenarioLoader.load(data: latin1, file: "x.yaml"))
            == ["2:11: error: the file is not UTF-8 text (byte 0xe9) [SO001]"])
    }

    @Test("SO002: a YAML syntax error is reported at Yams' position")
    func syntax() {
        #expect(Fixture.lines(Fixture.replacing("title: Test", with: "title: Test: oops"))
            == ["3:12: error: YAML syntax: mapping values are not allowed in this context [SO002]"])
        #expect(Fixture.load(Fixture.replacing("title: Test", with: "title: Test: oops")).diagnostics.first?.hint
            == "check the indentation; a value that holds ': ' needs quotes: \"...\"")
        #expect(Fixture.lines("a: *nowhere\n") == ["1:4: error: YAML syntax: found undefined alias [SO002]"])
    }

    @Test("SO003: a duplicate key is reported at its second occurrence")
    func duplicateKey() {
        let yaml = Fixture.replacing("    text: Het plan.\n", with: "    text: Het plan.\n    stage: opvolgen\n")
        #expect(Fixture.lines(yaml) == ["35:5: error: duplicate key 'stage' (first at line 33) [SO003]"])
    }

    @Test("SO006: an empty file")
    func empty() {
        #expect(Fixture.lines("") == ["1:1: error: the file is empty [SO006]"])
        #expect(Fixture.lines("# only a comment\n") == ["1:1: error: the file is empty [SO006]"])
    }

    @Test("SO008: an unknown key, with a near miss suggested; x- keys are free")
    func unknownKey() throws {
        let result = Fixture.load(Fixture.replacing("    stage: melding", with: "    stgae: melding"))
        #expect(Fixture.lines(result) == [
            "20:3: error: missing key 'stage' in scene 'begin' [SO009]",
            "21:5: error: unknown key 'stgae' in scene 'begin' [SO008]",
        ])
        #expect(result.diagnostics[1].hint == "did you mean 'stage'?")
        #expect(Fixture.lines(Fixture.replacing("title: Test", with: "title: Test\nx-note: free")) == [])
        let far = Fixture.load(Fixture.replacing("        goto: plan\n        expert", with: "        goto: plan\n        weight: 3\n        expert"))
        #expect(far.diagnostics.first?.hint?.hasPrefix("allowed here: text, goto, if, phase") == true)
    }

    @Test("SO009: a missing required key is reported where its mapping starts")
    func missingKey() {
        #expect(Fixture.lines(Fixture.replacing("summary: Een kleine casus.\n", with: ""))
            == ["1:1: error: missing key 'summary' in the scenario [SO009]"])
        #expect(Fixture.lines(Fixture.replacing("        goto: plan\n        expert: true\n", with: "        expert: true\n"))
            == ["24:9: error: missing key 'goto' in choice 1 of scene 'begin' [SO009]"])
    }

    @Test("SO010: a value of the wrong type")
    func wrongType() {
        #expect(Fixture.lines(Fixture.replacing("stage: melding", with: "stage: [melding]"))
            == ["21:12: error: 'stage' must be text, not a list [SO010]"])
        #expect(Fixture.lines(Fixture.replacing("        expert: true", with: "        expert: ja"))
            == ["20:3: warning: scene 'begin' has 2 choices but none is marked 'expert: true' [SO078]",
                "26:17: error: 'expert' must be true or false, not 'ja' [SO010]"])
        #expect(Fixture.lines(Fixture.replacing("reveal: [mutatie]", with: "reveal: mutatie"))
            == ["28:17: error: 'reveal' must be a list, not 'mutatie' [SO010]"])
        #expect(Fixture.lines(Fixture.replacing("add: {veiligheid: 3}", with: "add: {veiligheid: veel}"))
            == ["27:27: error: 'add.veiligheid' must be a whole number, not 'veel' [SO010]"])
        #expect(Fixture.lines(Fixture.replacing("title: Test", with: "title:"))
            == ["3:7: error: 'title' has no value [SO010]"])
        #expect(Fixture.lines("- a\n- b\n") == ["1:1: error: the scenario must be a mapping of keys to values, not a list [SO010]"])
        #expect(Fixture.lines("hello\n") == ["1:1: error: the scenario must be a mapping of keys to values, not 'hello' [SO010]"])
        let notMapping = Fixture.replacing("      - text: Alleen gaan\n        goto: plan\n", with: "      - Alleen gaan\n      - goto: plan\n")
        #expect(Fixture.lines(notMapping) == [
            // What is left of the scene is the expert option and a choice without text.
            "20:3: warning: the expert option is the longest in 1 of 1 decisions (first in scene 'begin'), so a trainee can pick by length [SO082]",
            "29:9: error: choice 2 of scene 'begin' must be a mapping of keys to values, not 'Alleen gaan' [SO010]",
            "30:9: error: missing key 'text' in choice 3 of scene 'begin' [SO009]",
        ])
    }

    @Test("SO012: a tab in the indentation")
    func tab() {
        #expect(Fixture.lines(Fixture.replacing("  gesproken", with: "\tgesproken"))
            == ["11:1: error: a tab in the indentation [SO012]"])
    }

    @Test("SO020: an unsupported format")
    func format() {
        #expect(Fixture.lines(Fixture.replacing("samenop/1", with: "samenop/2"))
            == ["1:9: error: unsupported format 'samenop/2' [SO020]"])
    }

    @Test("SO021: a scenario id that is not a slug")
    func scenarioId() {
        let result = Fixture.load(Fixture.replacing("id: test", with: "id: Test_Case"), file: "Test_Case.yaml")
        #expect(Fixture.lines(result)
            == ["2:5: error: scenario id 'Test_Case' must hold only a-z, 0-9 and '-', starting with a letter or digit [SO021]"])
        #expect(result.diagnostics.first?.hint == "for example 'test-case'")
    }

    @Test("SO022: a scene, card or role id that does not match the pattern")
    func sceneId() {
        let yaml = Fixture.replacing("  plan:\n", with: "  Plan:\n").replacingOccurrences(of: "goto: plan", with: "goto: Plan")
        #expect(Fixture.lines(yaml)
            == ["32:3: error: scene id 'Plan' must start with a lowercase letter and hold only a-z, 0-9, '_' and '-' [SO022]"])
        #expect(Fixture.lines(Fixture.replacing("  mutatie:", with: "  2mutatie:").replacingOccurrences(of: "[mutatie]", with: "[2mutatie]"))
            == ["14:3: error: card id '2mutatie' must start with a lowercase letter and hold only a-z, 0-9, '_' and '-' [SO022]"])
    }

    @Test("SO023: a variable name with a hyphen")
    func variableName() {
        let yaml = Fixture.replacing("  status: open", with: "  status-2: open")
        #expect(Fixture.lines(yaml)
            == ["12:3: error: variable name 'status-2' must start with a lowercase letter and hold only a-z, 0-9 and '_' [SO023]"])
    }

    @Test("SO024: values outside a vocabulary, with near misses suggested")
    func vocabulary() {
        let result = Fixture.load(Fixture.replacing("stage: melding", with: "stage: erop_af"))
        #expect(Fixture.lines(result) == ["21:12: error: unknown stage 'erop_af' [SO024]"])
        #expect(result.diagnostics.first?.hint == "did you mean 'erop-af'?")
        let language = Fixture.load(Fixture.replacing("language: nl", with: "language: de"))
        #expect(Fixture.lines(language) == ["4:11: error: unknown language 'de' [SO024]"])
        #expect(language.diagnostics.first?.hint == "expected one of: nl, en")
        let lists = Fixture.replacing("        expert: true", with: "        expert: true\n        kernvragen: [1, 6]\n        elements: [samen_op]\n        pitfalls: [incidentfocus]\n        phase: acuutt")
        #expect(Fixture.lines(lists) == [
            "27:25: error: unknown kernvraag 6 [SO024]",
            "28:20: error: unknown element 'samen_op' [SO024]",
            "29:20: error: unknown pitfall 'incidentfocus' [SO024]",
            "30:16: error: unknown phase 'acuutt' [SO024]",
        ])
        #expect(Fixture.lines(Fixture.replacing("language: nl", with: "language: nl\nkind: pastcase\nprofiles: [intiem-terror]")) == [
            "5:7: error: unknown kind 'pastcase' [SO024]",
            "6:12: error: unknown profile 'intiem-terror' [SO024]",
        ])
    }

    @Test("SO026: a phase band that is not [min, max]")
    func phaseBand() {
        #expect(Fixture.lines(Fixture.replacing("start: begin", with: "phases:\n  herstel: [9]\nstart: begin"))
            == ["19:12: error: the band of phase 'herstel' must be two numbers [min, max], not 1 [SO026]"])
        #expect(Fixture.lines(Fixture.replacing("start: begin", with: "phases:\n  acuut: [2, 0]\nstart: begin"))
            == ["19:10: error: the band of phase 'acuut' runs backwards: 2 is above 0 [SO026]"])
    }

    @Test("every problem in a file is reported in one run, in file order")
    func collectsAll() {
        let yaml = Fixture.replacing("title: Test", with: "titel: Test")
            .replacingOccurrences(of: "stage: melding", with: "stage: meldin")
            .replacingOccurrences(of: "outcome: Het gezin heeft een plan.", with: "outcome: [x]")
        #expect(Fixture.lines(yaml) == [
            "1:1: error: missing key 'title' in the scenario [SO009]",
            "3:1: error: unknown key 'titel' in the scenario [SO008]",
            "21:12: error: unknown stage 'meldin' [SO024]",
            "32:3: error: ending 'plan' has no 'outcome' [SO074]",
            "36:14: error: 'outcome' must be text, not a list [SO010]",
        ])
    }
}
