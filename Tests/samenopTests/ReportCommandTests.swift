import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

@Suite("ReportCommand")
struct ReportCommandTests {
    /// A stored self-study session of two steps, with its id.
    static func played() throws -> (f: (folder: URL, scenario: String, store: String), id: String) {
        let f = try REPLFixture.folder()
        let play = try Binary.run(["play", f.scenario, "--choices", "2,1", "--note", "1:samen"], environment: ["SAMENOP_STORE": f.store])
        #expect(play.status == 0)
        return (f, try #require(REPLFixture.sessionIDs(f.store).first))
    }

    @Test("prints the stored session's report in each format, by id or a unique start of it")
    func formats() throws {
        let (f, id) = try Self.played()
        let env = ["SAMENOP_STORE": f.store]
        let md = try Binary.run(["report", id], environment: env)
        #expect(md.status == 0)
        #expect(md.stderr == "")
        #expect(md.stdout.hasPrefix("# Reflectieverslag: Proefscenario\n"))
        #expect(md.stdout.contains("- **Notities**:\n  - samen\n"))
        let json = try Binary.run(["report", String(id.prefix(4)), "--format", "json"], environment: env)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["format"] as? String == "samenop-report/1")
        #expect((report["session"] as? [String: Any])?["id"] as? String == id)
        #expect((report["steps"] as? [Any])?.count == 2)
        #expect(report["team"] is NSNull)
        let html = try Binary.run(["report", id, "--format", "html", "--lang", "en"], environment: env)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("Reflection report"))
    }

    @Test("--output writes the report with mode 0600; the session is not resumed by it")
    func output() throws {
        let (f, id) = try Self.played()
        let before = try SessionStore(path: f.store).load(id).events.count
        let file = f.folder.appendingPathComponent("verslag.html").path
        let result = try Binary.run(["report", id, "--format", "html", "--output", file], environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "Verslag geschreven naar \(file).\n")
        let mode = (try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try SessionStore(path: f.store).load(id).events.count == before)
    }

    @Test("an unknown id exits 1 with a message and creates no store; a bad format is a usage error")
    func unknown() throws {
        let (f, _) = try Self.played()
        let unknown = try Binary.run(["report", "zzzz"], environment: ["SAMENOP_STORE": f.store])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Geen bewaarde sessie 'zzzz' (zie `samenop sessions`).\n")
        #expect(unknown.stdout == "")
        let empty = Binary.temporaryFolder().appendingPathComponent("samenop.sqlite").path
        let none = try Binary.run(["report", "abc"], environment: ["SAMENOP_STORE": empty])
        #expect(none.status == 1)
        #expect(none.stderr == "Geen bewaarde sessie 'abc' (zie `samenop sessions`).\n")
        #expect(!FileManager.default.fileExists(atPath: empty))
        let format = try Binary.run(["report", "abc", "--format", "pdf"], environment: ["SAMENOP_STORE": f.store])
        #expect(format.status == 2)
    }

    @Test("from the shell, an unknown id points to `samenop sessions`, not the REPL's `sessies`")
    func unknownPointsToShellCommand() throws {
        let (f, _) = try Self.played()
        let resume = try Binary.run(["resume", "zzzz"], input: "", environment: ["SAMENOP_STORE": f.store])
        #expect(resume.status == 1)
        #expect(resume.stderr == "Geen bewaarde sessie 'zzzz' (zie `samenop sessions`).\n")
        let en = ["SAMENOP_STORE": f.store, "LANG": "en_GB.UTF-8"]
        let report = try Binary.run(["report", "zzzz"], environment: en)
        #expect(report.stderr == "No stored session 'zzzz' (see `samenop sessions`).\n")
        let resumeEN = try Binary.run(["resume", "zzzz"], input: "", environment: en)
        #expect(resumeEN.stderr == "No stored session 'zzzz' (see `samenop sessions`).\n")
        // Inside the REPL the REPL's own command is the right pointer.
        let repl = try Binary.run([], input: "resume zzzz\n", environment: en)
        #expect(repl.stderr.contains("No stored session 'zzzz' (see `sessions`).\n"))
    }
}
