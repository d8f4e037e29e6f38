import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

@Suite("Argument order")
struct ArgumentOrderTests {
    @Test("common options may come before the subcommand")
    func optionsFirst() throws {
        let folder = Binary.temporaryFolder()
        let store = folder.appendingPathComponent("s.sqlite").path
        let sessions = try Binary.run(["--lang", "en", "--store", store, "sessions"])
        #expect(sessions.status == 0)
        #expect(sessions.stderr == "")
        #expect(sessions.stdout == "No stored sessions yet.\n")
        // Listing is no reason to create a store.
        #expect(!FileManager.default.fileExists(atPath: store))
        let joined = try Binary.run(["--lang=en", "sessions"])
        #expect(joined.stdout == "No stored sessions yet.\n")
        // A value that happens to be a subcommand name stays a value: the store file "list".
        let value = try Binary.run(["--store", "list"], input: "stop\n", currentDirectory: folder)
        #expect(value.status == 0)
        #expect(value.stdout.hasPrefix("samenop - typ `hulp`"))
    }
}

extension ArgumentOrderTests {
    @Test("a mistyped or Dutch subcommand gets a suggestion and exit status 2, not 'unexpected arguments'")
    func unknownSubcommand() throws {
        let typo = try Binary.run(["chek", "x.yaml"])
        #expect(typo.status == 2)
        #expect(typo.stderr == "samenop: onbekende opdracht 'chek'. Bedoel je `samenop check`? (`samenop help` toont ze allemaal.)\n")
        let dutch = try Binary.run(["hervat", "abc"])
        #expect(dutch.stderr == "samenop: onbekende opdracht 'hervat'. Bedoel je `samenop resume`? (`samenop help` toont ze allemaal.)\n")
        let english = try Binary.run(["lst", "--lang", "en"])
        #expect(english.stderr == "samenop: unknown command 'lst'. Did you mean `samenop list`? (`samenop help` lists them all.)\n")
        let none = try Binary.run(["foo"])
        #expect(none.status == 2)
        #expect(none.stderr == "samenop: onbekende opdracht 'foo'. De opdrachten: check, delete, export, graph, import, list, paths, play, proof, repl, report, resume, sessions, stats, test, xapi (zonder opdracht: de REPL).\n")
        #expect(try Binary.run(["help"]).status == 0)
    }

    @Test("an unknown --lang is a usage error worded in LANG's language")
    func unknownLanguage() throws {
        let dutch = try Binary.run(["sessions", "--lang", "de"])
        #expect(dutch.status == 2)
        #expect(dutch.stderr.hasPrefix("Fout: --lang moet nl of en zijn, niet 'de'\n"))
        let english = try Binary.run(["sessions", "--lang", "de"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.stderr.hasPrefix("Error: --lang must be nl or en, not 'de'\n"))
    }
}
