import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

@Suite("REPL")
struct REPLTests {
    @Test("a piped session: start, choose with feedback, reach the ending, stored as finished")
    func playThrough() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run(["repl"], input: "start \(f.scenario)\n2\n1\n1\nquit\n",
                                    environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("── Stap 1 · vr 23:40 · Melding · beslissing voor: Politie ──"))
        #expect(result.stdout.contains("Nieuwe informatie:\n  • De melding\n    Een buurvrouw belt 112"))
        #expect(result.stdout.contains("Wat doe je?\n  1. Alleen de politie gaat erheen.\n  2. Politie en Veilig Thuis gaan samen op.\n"))
        #expect(!result.stdout.contains("Niets doen."))
        #expect(result.stdout.contains("» Samen optrekken vanaf het begin.\n  Fase van de situatie: Acuut · jouw keuze: Acuut - fase: in de pas.\n  Expertoptie gekozen."))
        #expect(result.stdout.contains("Wie doet wat?"))
        #expect(result.stdout.contains("Einde van het scenario.\nHet gezin heeft een plan."))
        #expect(!result.stdout.contains("\u{1B}["))
        let summaries = try SessionStore(path: f.store).sessions()
        #expect(summaries.count == 1)
        #expect(summaries[0].steps == 3)
        #expect(summaries[0].finishedAt != nil)
        #expect(result.stdout.contains("Sessie \(summaries[0].id) is bewaard. Verder gaan: samenop resume \(summaries[0].id)"))
    }

    @Test("plain `samenop` starts the REPL, and the end of input ends it cleanly")
    func defaultSubcommand() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run([], input: "start \(f.scenario)\n2", environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("samenop - typ `hulp` voor de opdrachten"))
        #expect(try SessionStore(path: f.store).sessions().map(\.steps) == [1])
    }

    @Test("note, undo, look, status, questions and cards")
    func commands() throws {
        let f = try REPLFixture.folder()
        let input = ["start \(f.scenario)", "notitie eerst de veiligheid", "2", "kernvragen", "dossier", "stand",
                     "terug", "kijk", "note why", "1", "status", "quit"].joined(separator: "\n")
        let result = try Binary.run([], input: input, environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let out = result.stdout
        #expect(out.contains("Notitie bewaard bij stap 1."))
        #expect(out.contains("  ✓ 3. Is het NU veilig? (vanaf stap 1)"))
        #expect(out.contains("  · 4. Wat moet er NU gebeuren?"))
        #expect(out.contains("  ✓ 5. Wie zijn betrokken"))
        #expect(out.contains("Dossier\n  • De melding\n    Een buurvrouw belt 112 over geschreeuw bij de buren.\n    Bron: Meldkamer\n  • Politieregister"))
        #expect(out.contains("Stap:        2\nMantrastap:  Erop af\nFase:        Directe veiligheid\nVeiligheid:  4/10\nTijd:        vr 23:55"))
        #expect(out.contains("Teruggenomen (je bent weer bij stap 1): Politie en Veilig Thuis gaan samen op."))
        #expect(out.contains("Notitie bewaard bij stap 1."))
        #expect(out.contains("Veiligheid:  3/10"))
        let session = try REPLFixture.newestSession(f)
        #expect(session.state.steps.map(\.undone) == [true, false])
        #expect(session.state.steps[0].notes == ["eerst de veiligheid"])
        #expect(session.state.steps[1].notes == ["why"])
    }

    @Test("help lists the commands with the session language's names first")
    func help() throws {
        let nl = try Binary.run(["repl"], input: "hulp\n")
        #expect(nl.stdout.contains("Opdrachten (Engelse naam tussen haakjes):\n  lijst (list)  "))
        #expect(nl.stdout.contains("\n  kijk (look)   "))
        #expect(nl.stdout.contains("\n  stop (quit)   "))
        let en = try Binary.run(["repl", "--lang", "en"], input: "help\n")
        #expect(en.stdout.contains("Commands (Dutch name in brackets):\n  list (lijst)  "))
        #expect(en.stdout.contains("\n  look (kijk)   "))
        let lang = try Binary.run([], input: "hulp\n", environment: ["LANG": "en_GB.UTF-8"])
        #expect(lang.stdout.contains("\n  undo (terug)  "))
    }

    @Test("bad input gets a clear message and leaves the session intact")
    func badInput() throws {
        let f = try REPLFixture.folder()
        let broken = f.folder.appendingPathComponent("kapot.yaml").path
        try "format: samenop/1\nid: kapot\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let input = ["kijk", "start", "start nergens", "start \(broken)", "start \(f.scenario) feest",
                     "start \(f.scenario)", "kjik", "sta", "blabla", "7", "notitie", "stem", "deel", "hervat zzzz",
                     "deelnemer Anna politie", "1", "status"].joined(separator: "\n")
        let result = try Binary.run([], input: input, environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains("Er loopt geen sessie. Begin er een met `start ID` (of `hervat ID`)."))
        #expect(errors.contains("Er ontbreekt iets. Gebruik: start ID [team|casusbespreking] [--op-volgorde|--door-elkaar]"))
        #expect(errors.contains("Geen scenario 'nergens': geen bestand en geen id in de bibliotheek (zie `lijst`)."))
        #expect(errors.contains("\(broken) bevat fouten; er is geen sessie gestart:"))
        #expect(errors.contains { $0.hasPrefix("\(broken):") && $0.contains(": error: ") })
        #expect(errors.contains("Onbekende vorm 'feest': kies team of review (zonder vorm: zelfstudie)."))
        #expect(errors.contains("Onbekende opdracht 'kjik'. Bedoel je `kijk`?"))
        #expect(errors.contains("Onbekende opdracht 'sta'. Bedoel je `stand`, `start`?"))
        #expect(errors.contains("Onbekende opdracht 'blabla'. Typ `hulp` voor de opdrachten."))
        #expect(errors.contains("Kies 1 t/m 2."))
        #expect(errors.contains("Er ontbreekt iets. Gebruik: notitie TEKST"))
        #expect(errors.contains("Er ontbreekt iets. Gebruik: stem NAAM N [REDEN]"))
        #expect(errors.contains("Er ontbreekt iets. Gebruik: deel KAART"))
        #expect(errors.contains("Geen bewaarde sessie 'zzzz' (zie `sessies`)."))
        #expect(errors.contains("Dit hoort bij een teamsessie; begin er een met `start ID team`."))
        #expect(result.stdout.contains("Stap:        2\n"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("a store that is not a samenop store is named, and the REPL goes on")
    func notAStore() throws {
        let f = try REPLFixture.folder()
        let store = f.folder.appendingPathComponent("notities.txt").path
        try String(repeating: "geen database\n", count: 100).write(toFile: store, atomically: true, encoding: .utf8)
        let result = try Binary.run([], input: "start \(f.scenario)\nhulp\n", environment: ["SAMENOP_STORE": store])
        #expect(result.status == 0)
        #expect(result.stderr == "\(store) is geen samenop-opslag.\n")
        #expect(result.stdout.contains("Opdrachten"))
        let sessions = try Binary.run(["sessions"], environment: ["SAMENOP_STORE": store])
        #expect(sessions.status == 1)
        #expect(sessions.stderr == "\(store) is geen samenop-opslag.\n")
    }

    @Test("resuming an unknown session exits 1 with a message and creates no store")
    func resumeUnknown() throws {
        let empty = Binary.temporaryFolder().appendingPathComponent("nieuw/samenop.sqlite").path
        let result = try Binary.run(["resume", "abc"], input: "", environment: ["SAMENOP_STORE": empty])
        #expect(result.status == 1)
        #expect(result.stderr == "Geen bewaarde sessie 'abc' (zie `samenop sessions`).\n")
        #expect(!FileManager.default.fileExists(atPath: empty))
        #expect(!FileManager.default.fileExists(atPath: (empty as NSString).deletingLastPathComponent))
    }

    @Test("the REPL's `hervat` with an unknown id says so and, like `samenop resume`, creates no store")
    func replResumeUnknown() throws {
        let empty = Binary.temporaryFolder().appendingPathComponent("nieuw/samenop.sqlite").path
        let result = try Binary.run([], input: "hervat abc\nsessies\n", environment: ["SAMENOP_STORE": empty])
        #expect(result.stderr == "Geen bewaarde sessie 'abc' (zie `sessies`).\n")
        #expect(!FileManager.default.fileExists(atPath: empty))
        #expect(!FileManager.default.fileExists(atPath: (empty as NSString).deletingLastPathComponent))
    }

    @Test("quit, then resume at the exact scene and state")
    func quitAndResume() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store]
        try Binary.run([], input: "start \(f.scenario)\n2\nquit\n", environment: env)
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let resumed = try Binary.run(["resume", String(id.prefix(5))], input: "status\n1\n1\n", environment: env)
        #expect(resumed.status == 0)
        #expect(resumed.stdout.hasPrefix("Sessie \(id) hervat: Proefscenario\n\nTot nu toe bekend: De melding; Politieregister (`dossier` toont ze).\n\n── Stap 2 · vr 23:55 · Erop af ──"))
        #expect(resumed.stdout.contains("Veiligheid:  4/10"))
        #expect(resumed.stdout.contains("Einde van het scenario."))
        let session = try REPLFixture.replay(id, store: f.store, scenario: f.scenario)
        #expect(session.isFinished)
        #expect(session.state.events.contains { if case .resume = $0 { true } else { false } })
        // `hervat` inside the REPL does the same.
        let again = try Binary.run([], input: "hervat \(id)\nstand\n", environment: env)
        #expect(again.stdout.contains("Sessie \(id) hervat: Proefscenario"))
        #expect(again.stdout.contains("Stap:        3 (afgelopen)"))
    }

    @Test("resuming against a changed scenario warns and replays, or refuses when the choices no longer fit")
    func resumeChanged() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store]
        try Binary.run([], input: "start \(f.scenario)\n2\n", environment: env)
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let reworded = REPLFixture.yaml.replacingOccurrences(of: "Jullie staan voor de deur.", with: "Jullie bellen aan.")
        try reworded.write(toFile: f.scenario, atomically: true, encoding: .utf8)
        let warned = try Binary.run(["resume", id], input: "", environment: env)
        #expect(warned.status == 0)
        #expect(warned.stderr == "Let op: \(f.scenario) is veranderd sinds sessie \(id) begon; de gemaakte keuzes worden opnieuw afgespeeld.\n")
        #expect(warned.stdout.contains("Jullie bellen aan."))
        // An option that moved is followed (the first one is gone, so "2" is now shown as 1).
        let fewer = REPLFixture.yaml.replacingOccurrences(of: """
              - text: Alleen de politie gaat erheen.
                goto: thuis
                phase: herstel
                kernvragen: [1]
                feedback: Zonder partners mis je wat er al bekend is.
                add: {veiligheid: 1}

        """, with: "")
        #expect(fewer != REPLFixture.yaml)
        try fewer.write(toFile: f.scenario, atomically: true, encoding: .utf8)
        let followed = try Binary.run(["resume", id], input: "", environment: env)
        #expect(followed.status == 0)
        #expect(followed.stdout.contains("Jullie staan voor de deur."))
        // The chosen option reworded: the recorded choice names nothing any more.
        let rewritten = REPLFixture.yaml.replacingOccurrences(
            of: "Politie en Veilig Thuis gaan samen op.", with: "Politie en Veilig Thuis gaan er samen heen.")
        #expect(rewritten != REPLFixture.yaml)
        try rewritten.write(toFile: f.scenario, atomically: true, encoding: .utf8)
        let before = try SessionStore(path: f.store).load(id).events
        let refused = try Binary.run(["resume", id], input: "", environment: env)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Sessie \(id) kan niet verder: \(f.scenario) is zo veranderd dat de gemaakte keuzes niet meer passen."))
        #expect(try SessionStore(path: f.store).load(id).events == before)
    }
}
