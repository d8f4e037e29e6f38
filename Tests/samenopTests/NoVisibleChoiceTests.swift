import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// A non-ending scene whose every choice is hidden by a false condition: a scenario bug that
/// `check` cannot always see. The REPL and `play` explain it instead of "Kies 1 t/m 0".
@Suite("NoVisibleChoice")
struct NoVisibleChoiceTests {
    /// The REPL fixture with both choices of `thuis` behind a condition that stays false.
    static let yaml = REPLFixture.yaml
        .replacingOccurrences(of: "      - text: Afspraken maken en opvolgen.\n        goto: opvolgen\n",
                              with: "      - text: Afspraken maken en opvolgen.\n        goto: opvolgen\n        if: veiligheid > 50\n")
        .replacingOccurrences(of: "      - text: Weggaan.\n        goto: einde\n",
                              with: "      - text: Weggaan.\n        goto: einde\n        if: veiligheid > 50\n")

    static let nl = "Hier is geen keuze zichtbaar: de voorwaarden van alle keuzes zijn onwaar. Typ `terug` om de vorige stap terug te nemen, en meld dit aan de maker van het scenario."
    static let en = "No option is visible here: the conditions of all choices are false. Type `undo` to take back the last step, and tell the scenario's author."

    /// Output with the REPL's line wrapping undone, to compare whole sentences.
    static func unwrapped(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test("the scene view and a typed number explain that no option is visible (Dutch)")
    func replDutch() throws {
        #expect(Self.yaml.components(separatedBy: "if: veiligheid > 50").count == 3)
        let f = try REPLFixture.folder(yaml: Self.yaml)
        let result = try Binary.run([], input: "start \(f.scenario)\n1\n1\nterug\n", environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        let out = Self.unwrapped(result.stdout)
        #expect(out.contains("Jullie staan voor de deur.  " + Self.nl + "  Teruggenomen"))
        #expect(!out.contains("Wie doet wat?"))
        #expect(result.stderr == Self.nl + "\n")
        #expect(!result.stderr.contains("t/m 0"))
        // `terug` takes the step back to the first scene.
        #expect(out.contains("Teruggenomen (je bent weer bij stap 1)"))
    }

    @Test("the scene view and a typed number explain that no option is visible (English)")
    func replEnglish() throws {
        let f = try REPLFixture.folder(yaml: Self.yaml)
        let result = try Binary.run(
            [], input: "start \(f.scenario)\n1\n3\n", environment: ["SAMENOP_STORE": f.store, "LANG": "en_GB.UTF-8"])
        #expect(Self.unwrapped(result.stdout).contains(Self.en))
        #expect(result.stderr == Self.en + "\n")
    }

    @Test("play stops at the scene with nothing visible, naming the step and scene, exit 1")
    func play() throws {
        let f = try REPLFixture.folder(yaml: Self.yaml)
        let result = try Binary.run(["play", f.scenario, "--choices", "1,1"], environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 1)
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        #expect(result.stderr == """
            Stap 2 (scène 'thuis'): geen keuze zichtbaar, want de voorwaarden van alle keuzes zijn onwaar. Meld dit aan de maker van het scenario.
            Sessie \(id) is bewaard. Verder gaan: samenop resume \(id)

            """)
        #expect(result.stdout == "")
        // Choices that end right at the dead end meet it too; in English.
        let en = try Binary.run(["play", f.scenario, "--choices", "1"], environment: ["SAMENOP_STORE": f.store, "LANG": "en_GB.UTF-8"])
        #expect(en.status == 1)
        #expect(en.stderr.hasPrefix("Step 2 (scene 'thuis'): no option is visible, because the conditions of all choices are false. Tell the scenario's author.\n"))
        #expect(en.stdout == "")
    }
}
