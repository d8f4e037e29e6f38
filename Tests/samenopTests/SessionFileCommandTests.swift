import Foundation
import Testing
import SamenOpStore

/// `samenop export` and `samenop import` end to end.
@Suite("export and import")
struct SessionFileCommandTests {
    @Test("export then import into an empty store gives the same sessions, reports and cohort report")
    func roundTrip() throws {
        let f = try CohortFixture()
        try f.playCohort()
        let file = f.folder.appendingPathComponent("alles.jsonl").path
        let exported = try Binary.run(["export", "--all", "--output", file], environment: f.env)
        #expect(exported.status == 0)
        #expect(exported.stderr == "16 sessies geschreven naar \(file)\n")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 16)

        var pooled = f.env
        pooled["SAMENOP_STORE"] = f.folder.appendingPathComponent("pooled/samenop.sqlite").path
        let imported = try Binary.run(["import", file], environment: pooled)
        #expect(imported.status == 0)
        #expect(imported.stdout == "Toegevoegd: 16; al aanwezig en overgeslagen: 0.\n")
        let again = try Binary.run(["import", file], environment: pooled)
        #expect(again.stdout == "Toegevoegd: 0; al aanwezig en overgeslagen: 16.\n")

        #expect(try Binary.run(["sessions", "--json"], environment: pooled).stdout == Binary.run(["sessions", "--json"], environment: f.env).stdout)
        for id in try SessionStore(path: f.store).sessions().map(\.id) {
            for format in ["md", "json"] {
                let mine = try Binary.run(["report", id, "--format", format], environment: f.env)
                let theirs = try Binary.run(["report", id, "--format", format], environment: pooled)
                #expect(mine.status == 0 && mine.stdout == theirs.stdout, "report \(id) \(format)")
            }
        }
        for format in ["md", "json"] {
            #expect(try Binary.run(["stats", "--format", format], environment: pooled).stdout
                    == Binary.run(["stats", "--format", format], environment: f.env).stdout)
        }
    }

    @Test("a corrupted line is refused with its number and nothing is imported")
    func corrupted() throws {
        let f = try CohortFixture()
        try f.play("proef-a", "2,2", group: "Noord")
        try f.play("proef-a", "1,2", group: "Noord")
        try f.play("proef-b", "2,1,1", group: "Noord")
        let file = f.folder.appendingPathComponent("noord.jsonl").path
        #expect(try Binary.run(["export", "--group", "Noord", "--output", file], environment: f.env).status == 0)
        var lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2] = String(lines[2].dropLast(7))
        let broken = f.folder.appendingPathComponent("kapot.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: broken, atomically: true, encoding: .utf8)
        var empty = f.env
        empty["SAMENOP_STORE"] = f.folder.appendingPathComponent("leeg/samenop.sqlite").path
        let refused = try Binary.run(["import", broken], environment: empty)
        #expect(refused.status == 1)
        #expect(refused.stderr == "\(broken):3: geen JSON-object; niets geïmporteerd.\n")
        #expect(try Binary.run(["sessions", "--json"], environment: empty).stdout == "[]\n")

        lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "\"events\":[", with: "\"events\":[{\"oops\":1},")
        try (lines.joined(separator: "\n") + "\n").write(toFile: broken, atomically: true, encoding: .utf8)
        let invalid = try Binary.run(["import", broken], environment: empty)
        #expect(invalid.stderr == "\(broken):2: ongeldig veld 'events.0'; niets geïmporteerd.\n")
        #expect(try Binary.run(["sessions", "--json"], environment: empty).stdout == "[]\n")
    }

    @Test("export needs ids, a group or --all")
    func selection() throws {
        let f = try CohortFixture()
        let result = try Binary.run(["export", "--output", f.folder.appendingPathComponent("x.jsonl").path], environment: f.env)
        #expect(result.status == 2)
        #expect(result.stderr == "Noem sessies: ID…, --group NAAM of --all.\n")
    }
}
