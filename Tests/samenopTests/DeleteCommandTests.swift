import Foundation
import Testing
import SamenOpStore

/// Deleting stray sessions (trainer trial, finding 17): the REPL's `verwijder`/`delete` with
/// its question, and `samenop delete` with `--yes`, without a terminal, and on refusals.
@Suite("Deleting sessions")
struct DeleteCommandTests {
    typealias Fixture = (folder: URL, scenario: String, store: String)

    /// A fixture folder with `count` stored sessions on the fixture scenario (the first with one
    /// step, the others with none), and their ids, oldest first.
    static func sessions(_ count: Int) throws -> (Fixture, [String]) {
        let f = try REPLFixture.folder()
        var input = "start \(f.scenario)\n2\n"
        for _ in 1..<count { input += "start \(f.scenario)\n" }
        _ = try Binary.run([], input: input + "stop\n", environment: ["SAMENOP_STORE": f.store])
        let ids = try REPLFixture.sessionIDs(f.store).reversed().map { $0 }
        try #require(ids.count == count)
        return (f, ids)
    }

    static func run(_ f: Fixture, _ arguments: [String], input: String? = nil, lang: String = "nl_NL.UTF-8") throws -> Binary.Result {
        try Binary.run(arguments, input: input, environment: ["SAMENOP_STORE": f.store, "LANG": lang])
    }

    /// The `sessies` line of the session `id` in `f`'s store.
    static func line(_ f: Fixture, _ id: String) throws -> String {
        let listing = try run(f, ["sessions"]).stdout.split(separator: "\n").map(String.init)
        return try #require(listing.first { $0.hasPrefix("  \(id)  ") })
    }

    @Test("`verwijder` with a unique start of the id names the session, asks, and deletes it on `j`")
    func replYes() throws {
        let (f, ids) = try Self.sessions(2)
        let shown = try Self.line(f, ids[0])
        #expect(shown.hasSuffix("  proef  zelfstudie  bezig, 1 stap"))
        let result = try Self.run(f, [], input: "verwijder \(ids[0].prefix(6))\nj\n")
        #expect(result.stderr == "")
        #expect(result.stdout.contains("""
            Deze sessie wordt verwijderd, met alles wat erbij bewaard is (stappen, notities,
            stemmen, oordelen):
            \(shown)
            Verwijderen? (j/n)
            Sessie \(ids[0]) is verwijderd.

            """))
        #expect(try REPLFixture.sessionIDs(f.store) == [ids[1]])
    }

    @Test("`n`, an empty line or the end of input keeps the session")
    func replNo() throws {
        let (f, ids) = try Self.sessions(1)
        for answer in ["n\n", "\n", "nee\n", ""] {
            let result = try Self.run(f, [], input: "verwijder \(ids[0])\n" + answer)
            #expect(result.stdout.contains("Verwijderen? (j/n)\nNiets verwijderd.\n"), "\(answer)")
        }
        #expect(try REPLFixture.sessionIDs(f.store) == ids)
    }

    @Test("in English: `delete`, `y/n`, and several sessions at once")
    func replEnglish() throws {
        let (f, ids) = try Self.sessions(3)
        let result = try Self.run(f, ["--lang", "en"], input: "delete \(ids[0]) \(ids[2])\ny\n")
        #expect(result.stdout.contains("These 2 sessions will be deleted with everything stored with them (steps, notes,\nvotes, judgements):\n"))
        #expect(result.stdout.contains("Delete? (y/n)\nSession \(ids[0]) deleted.\nSession \(ids[2]) deleted.\n"))
        #expect(try REPLFixture.sessionIDs(f.store) == [ids[1]])
    }

    @Test("the REPL refuses the session open in it, an unknown id and a missing id")
    func replRefusals() throws {
        let (f, ids) = try Self.sessions(1)
        let result = try Self.run(f, [], input: "hervat \(ids[0])\nverwijder \(ids[0])\nverwijder zzzz\nverwijder\n")
        #expect(result.stderr == """
            Sessie \(ids[0]) is hier open en wordt niet verwijderd. Start of hervat eerst een andere sessie, of verwijder haar na `stop` met `samenop delete \(ids[0])`.
            Geen bewaarde sessie 'zzzz' (zie `sessies`).
            Er ontbreekt iets. Gebruik: verwijder ID [ID…]

            """)
        #expect(try REPLFixture.sessionIDs(f.store) == ids)
    }

    @Test("`samenop delete --yes` deletes without asking; a finished session too")
    func shellYes() throws {
        let f = try REPLFixture.folder()
        _ = try Binary.run(["play", f.scenario, "--choices", "2,1,1"], environment: ["SAMENOP_STORE": f.store])
        let finished = try #require(REPLFixture.sessionIDs(f.store).first)
        #expect(try Self.line(f, finished).hasSuffix("afgerond, 3 stappen"))
        let result = try Self.run(f, ["delete", String(finished.prefix(5)), "--yes"])
        #expect(result.status == 0)
        #expect(result.stdout == "Sessie \(finished) is verwijderd.\n")
        #expect(result.stderr == "")
        #expect(try REPLFixture.sessionIDs(f.store).isEmpty)
    }

    @Test("without a terminal and without --yes `samenop delete` refuses as a usage error and deletes nothing")
    func shellPipedRefused() throws {
        let (f, ids) = try Self.sessions(1)
        let result = try Self.run(f, ["delete", ids[0]], input: "j\n")
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "`samenop delete` vraagt eerst of het mag, maar de invoer is geen terminal. Voeg --yes toe om zonder vragen te verwijderen.\n")
        let english = try Self.run(f, ["delete", ids[0]], lang: "en_GB.UTF-8")
        #expect(english.stderr == "`samenop delete` asks before it deletes, but standard input is not a terminal. Add --yes to delete without asking.\n")
        #expect(try REPLFixture.sessionIDs(f.store) == ids)
    }

    @Test("an unknown id is wrong input (status 1) and with several ids nothing is deleted; no store is created")
    func shellUnknown() throws {
        let (f, ids) = try Self.sessions(1)
        let one = try Self.run(f, ["delete", "nope", "--yes"])
        #expect(one.status == 1)
        #expect(one.stderr == "Geen bewaarde sessie 'nope' (zie `samenop sessions`).\n")
        let several = try Self.run(f, ["delete", ids[0], "nope", "-y"])
        #expect(several.status == 1)
        #expect(several.stderr == "Geen bewaarde sessie 'nope' (zie `samenop sessions`).\nNiets verwijderd.\n")
        #expect(try REPLFixture.sessionIDs(f.store) == ids)
        let empty = Binary.temporaryFolder().appendingPathComponent("store.sqlite").path
        let none = try Binary.run(["delete", "abcd2345", "--yes"], environment: ["SAMENOP_STORE": empty])
        #expect(none.status == 1)
        #expect(!FileManager.default.fileExists(atPath: empty))
    }

    @Test("a session open in another REPL is refused by `samenop delete` and by `verwijder`, and goes once that REPL ended")
    func openElsewhere() throws {
        let (f, ids) = try Self.sessions(1)
        let first = Process()
        first.executableURL = Binary.executable
        first.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TERM": "dumb", "LANG": "nl_NL.UTF-8",
                             "HOME": f.folder.path, "SAMENOP_STORE": f.store]
        let input = Pipe(), output = Pipe()
        first.standardInput = input
        first.standardOutput = output
        first.standardError = FileHandle.nullDevice
        try first.run()
        input.fileHandleForWriting.write(Data("hervat \(ids[0])\n".utf8))
        // The first REPL holds the session once it has shown the scene.
        var seen = Data()
        let deadline = Date().addingTimeInterval(20)
        while !String(decoding: seen, as: UTF8.self).contains("Wie doet wat?"), Date() < deadline {
            seen += output.fileHandleForReading.availableData
        }
        let shell = try Self.run(f, ["delete", ids[0], "--yes"])
        #expect(shell.status == 1)
        #expect(shell.stderr == "Sessie \(ids[0]) is open in een ander samenop-venster en wordt niet verwijderd. Sluit haar daar eerst (`stop`).\n")
        let repl = try Self.run(f, [], input: "verwijder \(ids[0])\nj\n")
        #expect(repl.stderr == "Sessie \(ids[0]) is open in een ander samenop-venster en wordt niet verwijderd. Sluit haar daar eerst (`stop`).\n")
        #expect(try REPLFixture.sessionIDs(f.store) == ids)
        try input.fileHandleForWriting.close()
        first.waitUntilExit()
        #expect(try Self.run(f, ["delete", ids[0], "--yes"]).status == 0)
        #expect(try REPLFixture.sessionIDs(f.store).isEmpty)
    }

    @Test("`samenop verwijder` at the shell points to `delete`")
    func dutchWordAtShell() throws {
        let (f, ids) = try Self.sessions(1)
        let result = try Self.run(f, ["verwijder", ids[0]])
        #expect(result.status == 2)
        #expect(result.stderr == "samenop: onbekende opdracht 'verwijder'. Bedoel je `samenop delete`? (`samenop help` toont ze allemaal.)\n")
    }
}
