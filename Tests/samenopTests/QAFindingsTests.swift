import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// Problems found by using the program as a trainer would, each pinned by a test.
@Suite("QA findings")
struct QAFindingsTests {
    /// script(1) gives the program a pseudo-terminal (readline, Tab, Ctrl-C, wrapping).
    static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

    static let longChoice = "Politie en Veilig Thuis gaan samen op, en de meldkamer vraagt de buurvrouw wat ze precies hoorde en wanneer het stil werd."

    static let yaml = REPLFixture.yaml.replacingOccurrences(of: "Politie en Veilig Thuis gaan samen op.", with: longChoice)

    @Test("`terug` wraps the taken-back choice at 80 columns and names the step first")
    func undoWraps() throws {
        let f = try REPLFixture.folder(yaml: Self.yaml)
        let result = try Binary.run([], input: "start \(f.scenario)\n2\nterug\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
            Teruggenomen (je bent weer bij stap 1): Politie en Veilig Thuis gaan samen op,
            en de meldkamer vraagt de buurvrouw wat ze precies hoorde en wanneer het stil
            werd.
            """))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("an ending is headed `Afloop`, not with the number of the last step again")
    func endingHeader() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run([], input: "start \(f.scenario)\n2\n2\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        #expect(result.stdout.contains("── Stap 2 · vr 23:55 · Erop af ──"))
        #expect(result.stdout.contains("── Afloop · Veiligheidsplan ──\nDrie maanden later.\n\nEinde van het scenario."))
        #expect(!result.stdout.contains("── Stap 2 · Veiligheidsplan"))

        let english = try Binary.run(["--lang", "en"], input: "start \(f.scenario)\n2\n2\nquit\n", environment: ["SAMENOP_STORE": f.store])
        #expect(english.stdout.contains("── Ending · Safety plan ──"))
    }

    @Test("a note written at the open decision (the README's order) is in all three reports")
    func pendingNoteInReport() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store]
        let md = try Binary.run([], input: "start \(f.scenario)\n2\nnotitie eerst de systemen bevragen\nverslag\nstop\n", environment: env)
        #expect(md.status == 0)
        #expect(md.stdout.contains("""
            **Notities bij stap 2, de beslissing die nog open staat**:

            - eerst de systemen bevragen
            """))
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let json = try Binary.run(["report", id, "--format", "json"], environment: env)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let stopped = try #require(object["stoppedAt"] as? [String: Any])
        #expect(stopped["notes"] as? [String] == ["eerst de systemen bevragen"])
        let html = try Binary.run(["report", id, "--format", "html", "--lang", "en"], environment: env)
        #expect(html.stdout.contains("<strong>Notes at step 2, the decision still open</strong><ul>\n<li>eerst de systemen bevragen</li>"))
    }

    @Test("`verslag pdf` is refused instead of writing Markdown to a file called pdf; the extension picks the format")
    func reportFormatWord() throws {
        let f = try REPLFixture.folder()
        let html = f.folder.appendingPathComponent("verslag.html").path
        let result = try Binary.run([], input: "start \(f.scenario)\n2\nverslag pdf\nverslag \(html)\nstop\n",
                                    environment: ["SAMENOP_STORE": f.store], currentDirectory: f.folder)
        // `pdf` is the one format a trainer asks for: it says how to get one (SessionTrialTests).
        #expect(result.stderr.contains(
            "samenop schrijft geen PDF. Schrijf het verslag als HTML (`verslag html verslag.html`)"))
        #expect(!FileManager.default.fileExists(atPath: f.folder.appendingPathComponent("pdf").path))
        let written = try String(contentsOfFile: html, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("a tied vote is not called the option with the most votes")
    func tiedVote() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run([], input: """
            start \(f.scenario) team
            deelnemer Anna politie
            deelnemer Bram vt
            stem Anna 1
            stem Bram 2
            2
            verslag alles
            stop

            """, environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        // On screen the line is wrapped with a hanging indent; joined it is one sentence.
        #expect(result.stdout.replacingOccurrences(of: "\n  ", with: " ").contains(
            "- Stap 1 (vr 23:40 · Melding): optie 1: 1 stem, optie 2: 1 stem. Gekozen: optie 2, een van de opties met evenveel stemmen (de stemmen staakten)."))
    }
}

extension QAFindingsTests {
    @Test("the welcome is wrapped at 80 columns; a pasted long word is not echoed whole")
    func longMessages() throws {
        let f = try REPLFixture.folder()
        let long = String(repeating: "a", count: 500)
        let result = try Binary.run([], input: "start \(f.scenario)\n2\n2\n1\n\(long)\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(result.stdout.hasPrefix("samenop - typ `hulp` voor de opdrachten, `lijst` voor de scenario's, `start ID`\nom te beginnen."))
        // Piped, each message stays on one line (scripts read them); on a terminal they wrap.
        #expect(result.stderr == """
            Deze sessie is afgelopen. Typ `verslag` voor het verslag of `terug` om de laatste stap terug te nemen.
            Onbekende opdracht '\(String(repeating: "a", count: 30))…'. Typ `hulp` voor de opdrachten.

            """)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}

extension QAFindingsTests {
    /// Runs the binary with standard output and error on a terminal (`script` gives it a
    /// pseudo-terminal) and standard input from `input`; returns what the terminal showed.
    static func onTerminal(_ input: String, store: String) throws -> String {
        let folder = Binary.temporaryFolder()
        let inputFile = folder.appendingPathComponent("input.txt")
        try input.write(to: inputFile, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(Binary.executable.path)' < '\(inputFile.path)'", "/dev/null"]
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "nl_NL.UTF-8", "COLUMNS": "80",
                               "HOME": folder.path, "SAMENOP_STORE": store, "SAMENOP_SHUFFLE": "off"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test("`verslag` on a terminal is wrapped at 80 columns, except headings, table rows and the chart", .enabled(if: QAFindingsTests.hasScript, "needs script(1) from util-linux for a terminal"))
    func reportOnScreenWraps() throws {
        let f = try REPLFixture.folder(yaml: Self.yaml)
        let shown = try Self.onTerminal("start \(f.scenario)\n2\nnotitie \(Self.longChoice)\nverslag\nstart nergens\nstop\n", store: f.store)
        let long = shown.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("|") && !$0.hasPrefix("#") }
        #expect(long.isEmpty)
        #expect(shown.contains("""
            - **Gekozen** (optie 2): Politie en Veilig Thuis gaan samen op, en de meldkamer
              vraagt de buurvrouw wat ze precies hoorde en wanneer het stil werd.
            """))
        #expect(shown.contains("> Dit verslag is een spiegel om samen op terug te kijken, geen beoordeling: er\n> is geen eindcijfer"))
        #expect(shown.contains("Geen scenario 'nergens': geen bestand en geen id in de bibliotheek (zie\n`lijst`).\n"))

        // Into a pipe the report stays as written (one line per paragraph).
        let piped = try Binary.run([], input: "start \(f.scenario)\n2\nverslag\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(piped.stdout.contains("- **Gekozen** (optie 2): \(Self.longChoice)\n"))
    }
}

extension QAFindingsTests {
    @Test("a team dossier with nothing shared yet says so under `Voor iedereen:`")
    func emptyRoomCards() throws {
        let yaml = REPLFixture.yaml.replacingOccurrences(of: "    source: Meldkamer\n", with: "    source: Meldkamer\n    role: vt\n")
        let g = try REPLFixture.folder(yaml: yaml)
        let result = try Binary.run([], input: "start \(g.scenario) team\ndossier\nstop\n", environment: ["SAMENOP_STORE": g.store])
        #expect(result.stdout.contains("""
            Dossier
            Voor iedereen:
              (nog niets; informatie van een rol komt hier met `deel KAART`)
            Alleen Veilig Thuis:
            """))
    }
}

extension QAFindingsTests {
    @Test("a scene header with a long role name puts the role on its own line within 80 columns")
    func longRoleHeader() throws {
        let yaml = REPLFixture.yaml.replacingOccurrences(
            of: "    name: Politie\n", with: "    name: Politie (noodhulp, later de wijkagent van het gezin)\n")
        let f = try REPLFixture.folder(yaml: yaml)
        let result = try Binary.run([], input: "start \(f.scenario)\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(result.stdout.contains("""
            ── Stap 1 · vr 23:40 · Melding ──
               beslissing voor: Politie (noodhulp, later de wijkagent van het gezin)
            Er komt een melding binnen
            """))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}

extension QAFindingsTests {
    @Test("a long scenario title puts the session tag on its own line")
    func longTitle() throws {
        let yaml = REPLFixture.yaml.replacingOccurrences(
            of: "title: Proefscenario\n", with: "title: Proefscenario met een heel lange titel over een baby op de spoedeisende hulp\n")
        let f = try REPLFixture.folder(yaml: yaml)
        let result = try Binary.run([], input: "start \(f.scenario)\nstop\n", environment: ["SAMENOP_STORE": f.store])
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        #expect(result.stdout.contains("Proefscenario met een heel lange titel over een baby op de spoedeisende hulp\n[sessie \(id), zelfstudie]\n"))
    }
}

extension QAFindingsTests {
    /// Types `pieces` one by one into the REPL on a pseudo-terminal (readline, Tab, Ctrl-C as
    /// SIGINT) and returns what the terminal showed.
    static func typed(_ pieces: [String], store: String, arguments: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        // Standard input on the pseudo-terminal too: readline, and Ctrl-C becomes SIGINT.
        process.arguments = ["-qec", "'\(Binary.executable.path)' \(arguments)", "/dev/null"]
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "nl_NL.UTF-8", "TERM": "xterm",
                               "HOME": Binary.temporaryFolder().path, "SAMENOP_STORE": store, "SAMENOP_SHUFFLE": "off"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        // Without the fix the program ends at Ctrl-C; writing on must then fail, not kill the tests.
        signal(SIGPIPE, SIG_IGN)
        let shown = ShownOutput()
        output.fileHandleForReading.readabilityHandler = { handle in shown.append(handle.availableData) }
        try process.run()
        // Each piece waits until the program has answered the one before and gone quiet, as a
        // person typing does; on a busy machine a fixed pause was not enough.
        for piece in pieces {
            shown.waitUntilQuiet()
            try? input.fileHandleForWriting.write(contentsOf: Data(piece.utf8))
        }
        shown.waitUntilQuiet()
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        shown.append(output.fileHandleForReading.readDataToEndOfFile())
        return shown.text
    }

    /// What the terminal showed so far, filled from the pipe's reader thread.
    final class ShownOutput: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        private var changed = Date()

        func append(_ more: Data) {
            guard !more.isEmpty else { return }
            lock.lock(); data.append(more); changed = Date(); lock.unlock()
        }

        var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }

        /// Waits until something was shown and nothing new came for 0.4 s (at most 8 s).
        func waitUntilQuiet() {
            let start = Date()
            Thread.sleep(forTimeInterval: 0.3)
            while Date().timeIntervalSince(start) < 8 {
                lock.lock(); let quiet = Date().timeIntervalSince(changed) > 0.4 && !data.isEmpty; lock.unlock()
                if quiet { return }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    @Test("Ctrl-C at the prompt clears the half-typed line and the REPL goes on (it used to end the program)", .enabled(if: QAFindingsTests.hasScript, "needs script(1) from util-linux for a terminal"))
    func interruptClearsLine() throws {
        let f = try REPLFixture.folder()
        let shown = try Self.typed(["start \(f.scenario)\n", "half getyp", "\u{03}", "stop\n"], store: f.store)
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        #expect(shown.contains("Sessie \(id) is bewaard."))
        #expect(!shown.contains("Onbekende opdracht 'half"))
    }
}

extension QAFindingsTests {
    @Test("Tab after `deel` offers only the role cards that can be shared, after `deelnemer NAAM` the roles", .enabled(if: QAFindingsTests.hasScript, "needs script(1) from util-linux for a terminal"))
    func contextCompletion() throws {
        let f = try REPLFixture.folder()
        let shown = try Self.typed(
            ["start \(f.scenario) team\n", "deelnemer Anna po\t\n", "2\n", "deel \t\n", "stop\n"], store: f.store)
        #expect(shown.contains("Anna doet mee als Politie."))
        #expect(shown.contains("Gedeeld met de groep: Politieregister"))
    }

    @Test("Tab after `start ID` offers every mode word `start` understands, Dutch ones too", .enabled(if: QAFindingsTests.hasScript, "needs script(1) from util-linux for a terminal"))
    func modeCompletion() throws {
        let f = try REPLFixture.folder()
        let shown = try Self.typed(["start \(f.scenario) zelf\t\n", "stop\n"], store: f.store)
        #expect(shown.contains(", zelfstudie]"))
        #expect(!shown.contains("Onbekende vorm"))
    }
}

extension QAFindingsTests {
    @Test("in a team session the feedback speaks of the group's choice, not 'jouw keuze'")
    func teamVerdictWording() throws {
        let f = try REPLFixture.folder()
        let team = try Binary.run([], input: "start \(f.scenario) team\n2\n2\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(team.stdout.contains("   Fase van de situatie: Acuut · keuze van de groep: Acuut - fase: in de pas.\n   Expertoptie gekozen."))
        #expect(!team.stdout.contains("jouw keuze"))
        let immediate = try Binary.run(["--feedback", "immediate"], input: "start \(f.scenario) team\n2\nstop\n",
                                       environment: ["SAMENOP_STORE": f.store])
        #expect(immediate.stdout.contains("  Fase van de situatie: Acuut · keuze van de groep: Acuut - fase: in de pas.\n  Expertoptie gekozen."))
        let alone = try Binary.run([], input: "start \(f.scenario)\n2\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(alone.stdout.contains("  Fase van de situatie: Acuut · jouw keuze: Acuut - fase: in de pas.\n  Expertoptie gekozen."))
    }
}

extension QAFindingsTests {
    @Test("`terug` says which note at the open decision went with it, instead of dropping it silently")
    func undoNamesDroppedNote() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run([], input: "start \(f.scenario)\n2\nnotitie eerst de buren spreken\nterug\nstop\n",
                                    environment: ["SAMENOP_STORE": f.store])
        #expect(result.stdout.contains(
            "De notitie bij stap 2 is daarmee vervallen (typ ze opnieuw als ze nog geldt):\neerst de buren spreken"))
        let plain = try Binary.run([], input: "start \(f.scenario)\n2\nterug\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(!plain.stdout.contains("vervallen"))
    }
}

extension QAFindingsTests {
    @Test("a scene with one choice says so instead of 'Kies 1 t/m 1'; the default question follows the scenario's language")
    func oneChoiceAndDefaultPrompt() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run([], input: "start \(f.scenario)\n2\n1\n5\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(result.stderr == "Hier is één keuze: typ 1.\n")
        let english = REPLFixture.yaml.replacingOccurrences(of: "language: nl", with: "language: en")
        let g = try REPLFixture.folder(yaml: english)
        let dutchUI = try Binary.run([], input: "start \(g.scenario)\nstop\n", environment: ["SAMENOP_STORE": g.store])
        #expect(dutchUI.stdout.contains("What do you do?\n  1. Alleen de politie gaat erheen."))
        #expect(dutchUI.stdout.contains("── Stap 1 · vr 23:40 · Melding"))
    }
}

extension QAFindingsTests {
    @Test("sessions says '1 stap', not '1 stappen'")
    func sessionsSingular() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store]
        try Binary.run([], input: "start \(f.scenario)\n2\nstop\n", environment: env)
        let listed = try Binary.run(["sessions"], environment: env)
        #expect(listed.stdout.hasSuffix("  proef  zelfstudie  bezig, 1 stap\n"))
    }
}

extension QAFindingsTests {
    @Test("a team session names the role ids right at the start, for `deelnemer NAAM ROL`")
    func teamStartListsRoles() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run([], input: "start \(f.scenario) team\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(result.stdout.contains("aan het eind.\nRollen in dit scenario: politie, vt\n"))
    }
}

extension QAFindingsTests {
    @Test("a long participants line in `stand` is wrapped under the first name")
    func participantsWrap() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run([], input: """
            start \(f.scenario) team
            deelnemer Fatima el Amrani politie
            deelnemer Jeroen van der Berg vt
            deelnemer Annemarie Schoonhoven-de Wit vt
            stand
            stop

            """, environment: ["SAMENOP_STORE": f.store])
        #expect(result.stdout.contains("""
            Deelnemers:  Fatima el Amrani · Politie, Jeroen van der Berg · Veilig Thuis,
                         Annemarie Schoonhoven-de Wit · Veilig Thuis
            """))
    }
}

extension QAFindingsTests {
    @Test("`samenop report ID` on a terminal wraps the Markdown too", .enabled(if: QAFindingsTests.hasScript, "needs script(1)"))
    func reportCommandWraps() throws {
        let f = try REPLFixture.folder(yaml: Self.yaml)
        try Binary.run([], input: "start \(f.scenario)\n2\nstop\n", environment: ["SAMENOP_STORE": f.store])
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let shown = try Self.typed([], store: f.store, arguments: "report \(id)")
        #expect(shown.contains("- **Gekozen** (optie 2): Politie en Veilig Thuis gaan samen op, en de meldkamer\r\n  vraagt"))
    }
}
