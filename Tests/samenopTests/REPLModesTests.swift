import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

@Suite("REPL modes")
struct REPLModesTests {
    @Test("team: participants join, vote and share; the number commits the group's choice; feedback waits for the end")
    func team() throws {
        let f = try REPLFixture.folder()
        let input = ["start \(f.scenario) team", "deelnemer Anna politie", "join Bram vt", "deelnemer Cas brandweer",
                     "stem Anna 2 samen is beter", "vote Bram 1", "stem Bram 2", "2", "dossier", "deel register",
                     "stand", "1", "1"].joined(separator: "\n")
        let result = try Binary.run([], input: input, environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        #expect(result.stderr == "Geen rol 'brandweer' in dit scenario.\nRollen in dit scenario: politie, vt\n")
        let out = result.stdout
        #expect(out.contains("Anna doet mee als Politie."))
        #expect(out.contains("Bram doet mee als Veilig Thuis."))
        #expect(out.contains("Stem van Bram: 2, in plaats van 1 (2 van 2 gestemd)."))
        // Feedback is held back until the end in a team session.
        #expect(!out.contains("» Samen optrekken vanaf het begin.\n  Fase"))
        #expect(out.contains("  • Politieregister · alleen voor Politie; deel met de groep: `deel register`"))
        #expect(out.contains("Gedeeld met de groep: Politieregister\n  Twee eerdere meldingen op dit adres."))
        #expect(out.contains("Deelnemers:  Anna · Politie, Bram · Veilig Thuis\nStemmen bij stap 2 (0 van 2 gestemd).\n"))
        #expect(out.contains("Terugkoppeling per stap\n1. Politie en Veilig Thuis gaan samen op.\n   » Samen optrekken vanaf het begin."))
        let session = try REPLFixture.newestSession(f)
        #expect(session.state.header.mode == .team)
        let votes = session.state.steps[0].votes
        #expect(votes.map(\.name) == ["Anna", "Bram", "Bram"])
        #expect(votes.map(\.replaced) == [false, true, false])
        #expect(votes[0].reason == "samen is beter")
        #expect(session.state.shared == ["register"])
    }

    @Test("--feedback off shows no feedback; end shows it at the ending")
    func feedbackModes() throws {
        let f = try REPLFixture.folder()
        let off = try Binary.run(["repl", "--feedback", "off"], input: "start \(f.scenario)\n2\n1\n1\n")
        #expect(!off.stdout.contains("Samen optrekken vanaf het begin."))
        #expect(!off.stdout.contains("Terugkoppeling per stap"))
        let end = try Binary.run(["repl", "--feedback", "end"], input: "start \(f.scenario)\n2\n1\n1\n")
        #expect(end.stdout.contains("Einde van het scenario.\nHet gezin heeft een plan.\n\nTerugkoppeling per stap\n1. Politie en Veilig Thuis gaan samen op.\n   » Samen optrekken vanaf het begin.\n   Fase van de situatie: Acuut · jouw keuze: Acuut - fase: in de pas.\n   Expertoptie gekozen."))
    }

    @Test("report prints the session, or writes it 0600 to a file")
    func report() throws {
        let f = try REPLFixture.folder()
        let file = f.folder.appendingPathComponent("verslag.json").path
        let result = try Binary.run([], input: "start \(f.scenario)\n2\nverslag json \(file)\nreport json\n")
        #expect(result.stderr == "")
        #expect(result.stdout.contains("Verslag geschreven naar \(file)."))
        let mode = (try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any]
        let steps = report?["steps"] as? [[String: Any]]
        #expect(steps?.first?["scene"] as? String == "melding")
        #expect(result.stdout.contains("\"scene\": \"melding\""))
    }

    @Test("review mode needs a past case")
    func review() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run([], input: "start \(f.scenario) review\nstand\n")
        #expect(result.stderr.hasPrefix("Review kan alleen op een casus uit het verleden (kind: past-case); 'proef' is een trainingsscenario.\n"))
    }

    @Test("review of a past case shows what was actually done then")
    func reviewPastCase() throws {
        let yaml = REPLFixture.yaml
            .replacingOccurrences(of: "summary: Een klein scenario om de REPL te testen.\n",
                                  with: "summary: Een klein scenario om de REPL te testen.\nkind: past-case\nanonymised: true\n")
            .replacingOccurrences(of: "        goto: thuis\n        phase: acuut\n",
                                  with: "        goto: thuis\n        actual: true\n        phase: acuut\n")
            .replacingOccurrences(of: "        goto: opvolgen\n        expert: true\n",
                                  with: "        goto: opvolgen\n        actual: true\n        expert: true\n")
            .replacingOccurrences(of: "      - text: Veiligheidsplan maken.\n        goto: einde\n",
                                  with: "      - text: Veiligheidsplan maken.\n        goto: einde\n        actual: true\n")
        let f = try REPLFixture.folder(yaml: yaml)
        let result = try Binary.run([], input: "start \(f.scenario) review\n1\n1\n")
        #expect(result.stderr == "")
        #expect(result.stdout.contains("[sessie ") && result.stdout.contains(", casusbespreking]"))
        #expect(result.stdout.contains("≠ Anders dan toen. Toen gedaan: Politie en Veilig Thuis gaan samen op."))
        #expect(result.stdout.contains("= Hetzelfde als toen in de echte casus."))
        let play = try Binary.run(["play", f.scenario, "--mode", "review", "--choices", "2,1,1"])
        #expect(play.status == 0)
    }

    @Test("English names and messages with --lang en")
    func english() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run(["--lang", "en"], input: "start \(f.scenario)\n5\nlok\n2\nstatus\n")
        #expect(result.stderr == "Choose 1 to 2.\nUnknown command 'lok'. Did you mean `look`?\n")
        #expect(result.stdout.contains("── Step 1 · vr 23:40 · Report · decision for: Politie ──"))
        #expect(result.stdout.contains("Situation phase: Acute · your choice: Acute - phase: aligned.\n  Expert option chosen."))
        #expect(result.stdout.contains("Safety:      4/10"))
    }
}
