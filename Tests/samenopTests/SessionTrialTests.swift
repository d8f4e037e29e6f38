import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// The trainer trial's findings about a session (issue 18, "In a session"), each pinned by a
/// piped run of the binary; the terminal ones are in `SessionTerminalTests`.
@Suite("Trainer trial: in a session")
struct SessionTrialTests {
    static func team(_ lines: [String], _ f: (folder: URL, scenario: String, store: String), arguments: [String] = [],
                     environment: [String: String] = [:]) throws -> Binary.Result {
        let input = (["start \(f.scenario) team", "deelnemer Anna politie", "deelnemer Bram vt"] + lines + ["stop"])
            .joined(separator: "\n") + "\n"
        return try Binary.run(arguments, input: input, environment: ["SAMENOP_STORE": f.store].merging(environment) { $1 })
    }

    @Test("`terug` in a team session puts the votes back and names the votes cast at the next decision")
    func undoKeepsVotes() throws {
        let f = try REPLFixture.folder()
        let result = try Self.team(["stem Anna 2 samen op", "stem Bram 2", "1", "1",
                                    "stem Anna 1 afspraken", "terug", "stand namen", "2"], f)
        #expect(result.status == 0)
        #expect(result.stderr.contains("Niemand stemde voor 1 (2: 2×). Typ 1 nog een keer om het toch te kiezen."))
        #expect(result.stdout.contains("Keuze van de groep: 1, waar niemand voor stemde (2 stemmen op andere opties)."))
        #expect(result.stdout.contains("""
            De stemmen bij stap 2 golden voor een beslissing die nu niet meer aan de orde is
            (stem opnieuw als ze nog gelden): Anna: 1 (afspraken)
            De stemmen bij stap 1 staan weer klaar (2 van 2 gestemd); ze blijven ook bij de
            teruggenomen stap in het verslag.
            """))
        #expect(result.stdout.contains("""
            Stemmen bij stap 1 (2 van 2 gestemd):
              1. 0 stemmen - Alleen de politie gaat erheen.
              2. 2 stemmen - Politie en Veilig Thuis gaan samen op.
                   Anna · Politie: samen op
                   Bram · Veilig Thuis
            """))
        #expect(result.stdout.contains("Keuze van de groep: 2 (eensgezind, 2 van 2 stemmen)."))
        // The re-done step carries the votes; the undone one keeps them in the record.
        let session = try REPLFixture.newestSession(f)
        #expect(session.state.steps.map(\.undone) == [true, false])
        #expect(session.state.steps.map { $0.votes.map(\.name) } == [["Anna", "Bram"], ["Anna", "Bram"]])
    }

    @Test("a tie is named when the group's choice is committed")
    func tieNamed() throws {
        let f = try REPLFixture.folder()
        let result = try Self.team(["stem Anna 1", "stem Bram 2", "2"], f)
        #expect(result.stdout.contains("Keuze van de groep: 2 (1 van de 2 stemmen; de stemmen staakten)."))
    }

    @Test("`verslag` in the middle of a team session holds back the feedback until the end; `verslag alles` shows it")
    func reportHeldBack() throws {
        let f = try REPLFixture.folder()
        let result = try Self.team(["stem Anna 2", "2", "verslag", "verslag alles"], f)
        #expect(result.stderr.contains("In een teamsessie blijven de feedback en de expertopties tot het einde verborgen, ook in het verslag, zodat ze het gesprek niet sturen. Aan het einde is het verslag compleet; wil je het nu toch zien (niet op het scherm van de groep), typ dan `verslag alles`."))
        #expect(result.stdout.components(separatedBy: "Samen optrekken vanaf het begin.").count == 2)
        let ended = try Self.team(["stem Anna 2", "2", "2", "verslag"], f)
        #expect(ended.stdout.contains("Samen optrekken vanaf het begin."))
        #expect(!ended.stderr.contains("verborgen"))
    }

    @Test("`verslag x.pdf` and `report --output x.pdf` write nothing and say how to print the HTML")
    func noMarkdownInPDF() throws {
        let f = try REPLFixture.folder()
        let pdf = f.folder.appendingPathComponent("x.pdf").path
        let result = try Binary.run([], input: "start \(f.scenario)\n2\nverslag \(pdf)\nverslag pdf \(pdf)\nverslag pdf\nstop\n",
                                    environment: ["SAMENOP_STORE": f.store])
        let html = f.folder.appendingPathComponent("x.html").path
        let message = "samenop schrijft geen PDF. Schrijf het verslag als HTML (`verslag html \(html)`), open dat in een browser en kies Afdrukken en dan Opslaan als PDF."
        #expect(result.stderr.components(separatedBy: message).count == 3)
        #expect(result.stderr.contains("samenop schrijft geen PDF. Schrijf het verslag als HTML (`verslag html verslag.html`)"))
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let shell = try Binary.run(["report", id, "--output", pdf], environment: ["SAMENOP_STORE": f.store])
        #expect(shell.status == 1)
        #expect(shell.stderr == "samenop schrijft geen PDF. Schrijf HTML (`--format html --output \(html)`), open dat in een browser en kies Afdrukken en dan Opslaan als PDF.\n")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test("report file names with spaces in quotes and `~` work; unquoted spaces and a missing folder are said plainly")
    func reportFileNames() throws {
        let f = try REPLFixture.folder()
        let home = f.folder.path
        let input = "start \(f.scenario)\n2\nverslag html \"met spatie.html\"\nverslag ~/thuis.json\n"
            + "verslag html met spatie.html\nverslag html ~/geen/map/x.html\nstop\n"
        let result = try Binary.run([], input: input, environment: ["SAMENOP_STORE": f.store, "HOME": home],
                                    currentDirectory: f.folder)
        #expect(result.stdout.contains("Verslag geschreven naar met spatie.html."))
        #expect(try String(contentsOfFile: home + "/met spatie.html", encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("Verslag geschreven naar \(home)/thuis.json."))
        #expect(try String(contentsOfFile: home + "/thuis.json", encoding: .utf8).hasPrefix("{"))
        #expect(result.stderr.contains("Te veel woorden voor één bestandsnaam; zet een naam met spaties tussen aanhalingstekens, bijvoorbeeld `verslag html \"mijn verslag.html\"`."))
        #expect(result.stderr.contains("Kan \(home)/geen/map/x.html niet schrijven: de map bestaat niet"))
    }

    @Test("the resume hint repeats --store when it was given")
    func resumeHintKeepsStore() throws {
        let f = try REPLFixture.folder()
        let store = f.folder.appendingPathComponent("eigen opslag.sqlite").path
        let result = try Binary.run(["--store", store], input: "start \(f.scenario)\n2\n")
        let id = try #require(REPLFixture.sessionIDs(store).first)
        #expect(result.stdout.hasSuffix("Sessie \(id) is bewaard. Verder gaan: samenop resume \(id) --store '\(store)'\n"))
        let resumed = try Binary.run(["resume", id, "--store", store], input: "stop\n")
        #expect(resumed.status == 0)
        #expect(resumed.stdout.contains("Sessie \(id) hervat: Proefscenario"))
    }

    @Test("a scenario path that does not exist is not found; a mistyped id gets a suggestion; a past case without review a hint")
    func startMessages() throws {
        let result = try Binary.run(["--scenarios", Binary.scenarios.path],
                                    input: "start Docs/examples/bestaat-niet.yaml team\nstart wurging-op-vrydag\nstart wurging\nstart casus-baby-met-blauwe-plek\nstop\n")
        #expect(result.stderr.contains("Bestand niet gevonden: Docs/examples/bestaat-niet.yaml\n"))
        #expect(!result.stderr.contains("bevat fouten"))
        #expect(result.stderr.contains("Geen scenario 'wurging-op-vrydag'. Bedoel je `wurging-op-vrijdag`? (zie `lijst`)"))
        #expect(result.stderr.contains("Geen scenario 'wurging'. Bedoel je `wurging-op-vrijdag`? (zie `lijst`)"))
        #expect(result.stdout.contains("""
            Dit is een casus uit het verleden, nu als zelfstudie gestart. Voor de
            casusbespreking, met wat er toen gedaan is:
            `start casus-baby-met-blauwe-plek casusbespreking`.
            """))
    }

    @Test("a Dutch session suggests `stand` for `stat`, and role ids match in any case")
    func dutchWords() throws {
        let f = try REPLFixture.folder()
        let result = try Self.team(["stat", "deelnemer Cas Politie"], f)
        #expect(result.stderr.contains("Onbekende opdracht 'stat'. Bedoel je `stand`?"))
        #expect(result.stdout.contains("Cas doet mee als Politie."))
    }

    @Test("`samenop help` and argument errors are Dutch in a Dutch session, English with --lang en")
    func dutchHelp() throws {
        let help = try Binary.run(["help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERZICHT: Trainings- en casusbesprekingssimulator voor acuut huiselijk geweld\nen kindermishandeling.\n"))
        #expect(help.stdout.contains("  repl (standaard)        De interactieve sessie (ook wat `samenop` zonder\n"))
        #expect(help.stdout.contains("  Zie 'samenop help <opdracht>' voor meer hulp."))
        let bad = try Binary.run(["play", "x", "--choices", "1", "--report", "pdf"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("Fout: De waarde 'pdf' past niet bij '--report <report>'. Kies 'md', 'html' of 'json'.\nHulp:  --report <report>  Formaat van het verslag: md, html of json.\n"))
        let english = try Binary.run(["--lang", "en", "help"])
        #expect(english.stdout.hasPrefix("OVERVIEW: Training and case-review simulator"))
    }

    @Test("`sessies` lines up its columns; sessions and reports give local time with its offset")
    func timesAndColumns() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store, "TZ": "Europe/Amsterdam"]
        _ = try Binary.run(["play", f.scenario, "--choices", "2,1,1"], environment: env)
        _ = try Binary.run(["play", "casus-baby-met-blauwe-plek", "--mode", "review", "--choices", "1",
                            "--scenarios", Binary.scenarios.path], environment: env)
        let listing = try Binary.run(["sessions"], environment: env)
        let lines = listing.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        // Every column starts at the same place on each line.
        let modes = lines.map { line in
            (line.range(of: "casusbespreking") ?? line.range(of: "zelfstudie")).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
        }
        #expect(modes[0] != nil && modes[0] == modes[1])
        #expect(lines.allSatisfy { $0.contains(" (UTC+01:00)  ") })
        let id = try #require(REPLFixture.sessionIDs(f.store).last)
        let report = try Binary.run(["report", id], environment: env)
        #expect(report.stdout.contains("(UTC+01:00)"))
        #expect(!report.stdout.contains(" UTC ·") && !report.stdout.contains(" UTC\n"))
        let json = try Binary.run(["report", id, "--format", "json"], environment: env)
        #expect(json.stdout.contains("Z\""))
    }

    @Test("resuming names the cards known so far in one line, and lists as new only the scene's own")
    func resumeCards() throws {
        let f = try REPLFixture.folder()
        _ = try Binary.run([], input: "start \(f.scenario)\n2\nstop\n", environment: ["SAMENOP_STORE": f.store])
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let resumed = try Binary.run(["resume", id], input: "stop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(resumed.stdout.contains("Tot nu toe bekend: De melding; Politieregister (`dossier` toont ze)."))
        #expect(!resumed.stdout.contains("Nieuwe informatie"))
    }

    @Test("a second REPL on a session open elsewhere is refused plainly, and may go on once the first has ended")
    func openElsewhere() throws {
        let f = try REPLFixture.folder()
        // The first REPL stays open: its standard input is a pipe that is not closed yet.
        let first = Process()
        first.executableURL = Binary.executable
        first.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TERM": "dumb", "LANG": "nl_NL.UTF-8",
                             "HOME": f.folder.path, "SAMENOP_STORE": f.store]
        let input = Pipe()
        first.standardInput = input
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        input.fileHandleForWriting.write(Data("start \(f.scenario) team\n".utf8))
        var ids: [String] = []
        let deadline = Date().addingTimeInterval(20)
        while ids.isEmpty, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            ids = (try? REPLFixture.sessionIDs(f.store)) ?? []
        }
        let id = try #require(ids.first)
        Thread.sleep(forTimeInterval: 0.3)
        let second = try Binary.run(["resume", id], input: "stop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(second.status == 1)
        #expect(second.stderr == "Sessie \(id) is al open in een ander venster. Ga daar verder, of sluit dat venster (`stop`) en hervat de sessie dan hier.\n")
        let inREPL = try Binary.run([], input: "hervat \(id)\nstop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(inREPL.stderr.contains("Sessie \(id) is al open in een ander venster."))
        try input.fileHandleForWriting.close()
        first.waitUntilExit()
        let after = try Binary.run(["resume", id], input: "stop\n", environment: ["SAMENOP_STORE": f.store])
        #expect(after.status == 0)
    }

    @Test("a stale copy's write is refused with a plain message, not SQLite's")
    func staleWrite() throws {
        let f = try REPLFixture.folder()
        _ = try Binary.run([], input: "start \(f.scenario)\n2\nstop\n", environment: ["SAMENOP_STORE": f.store])
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let store = try SessionStore(path: f.store)
        let stored = try store.load(id)
        #expect(throws: StoreError.sessionMovedOn(id)) {
            try store.append(.note(text: "te laat", at: Date()), sequence: stored.events.count - 1, to: id, finishedAt: nil)
        }
    }

    @Test("the text safety chart labels steps from 10 on with their tens above")
    func chartLabels() throws {
        let transcript = try String(contentsOf: Binary.packageRoot.appendingPathComponent(
            "Tests/SamenOpKitTests/Scenarios/Transcripts/wurging-op-vrijdag.txt"), encoding: .utf8)
        let choices = try #require(transcript.split(separator: "\n").first { $0.hasPrefix("choices:") })
            .dropFirst("choices:".count).trimmingCharacters(in: .whitespaces)
        let result = try Binary.run(["play", "wurging-op-vrijdag", "--choices", choices, "--scenarios", Binary.scenarios.path])
        #expect(result.status == 0)
        let count = choices.split(separator: ",").count
        #expect(count >= 10)
        let units = "     S " + (1...count).map { String($0 % 10) }.joined(separator: " ")
        let tens = "     " + (0...count).map { $0 >= 10 ? String($0 / 10) : " " }.joined(separator: " ")
        #expect(result.stdout.contains(String(tens.reversed().drop { $0 == " " }.reversed()) + "\n" + units + "\n"))
    }
}
