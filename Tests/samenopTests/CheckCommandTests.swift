import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// `samenop check` end to end through the built binary.
@Suite("CheckCommand")
struct CheckCommandTests {
    static let valid = """
        format: samenop/1
        id: kort
        title: Kort
        language: nl
        summary: Een korte casus.
        variables:
          veiligheid: 2
        start: begin
        scenes:
          begin:
            stage: melding
            text: Er komt een melding binnen.
            choices:
              - text: Erop af
                goto: plan
          plan:
            stage: veiligheidsplan
            text: Het plan.
            end: true
            outcome: Een plan.

        """

    func folder(_ files: [String: String]) throws -> URL {
        let url = Binary.temporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test("a clean file exits 0 with a summary on stderr")
    func clean() throws {
        let dir = try folder(["kort.yaml": Self.valid])
        let result = try Binary.run(["check", "kort.yaml"], currentDirectory: dir)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "0 fouten, 0 waarschuwingen in 1 bestand\n")
    }

    @Test("errors print FILE:LINE:COL lines with the source line, a caret and a hint, and exit 1")
    func errors() throws {
        let broken = Self.valid.replacingOccurrences(of: "stage: melding", with: "stage: meldingg")
        let dir = try folder(["kort.yaml": broken])
        let result = try Binary.run(["check", "kort.yaml"], environment: ["LANG": "en_GB.UTF-8"], currentDirectory: dir)
        #expect(result.status == 1)
        #expect(result.stderr == """
            kort.yaml:11:12: error: unknown stage 'meldingg' [SO024]
                stage: meldingg
                       ^
              hint: did you mean 'melding'?
            1 error, 0 warnings in 1 file

            """)
    }

    @Test("warnings exit 0, and 1 with --strict")
    func strict() throws {
        let dir = try folder(["anders.yaml": Self.valid])
        let relaxed = try Binary.run(["check", "--lang", "en", "anders.yaml"], currentDirectory: dir)
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.hasPrefix("anders.yaml:2:5: warning: the id 'kort' differs from the file name 'anders.yaml' [SO080]\n"))
        #expect(relaxed.stderr.hasSuffix("0 errors, 1 warning in 1 file\n"))
        let strict = try Binary.run(["check", "--strict", "anders.yaml"], currentDirectory: dir)
        #expect(strict.status == 1)
    }

    @Test("--json prints every diagnostic as an object on stdout")
    func json() throws {
        let dir = try folder(["kort.yaml": Self.valid.replacingOccurrences(of: "goto: plan", with: "goto: plna")])
        let result = try Binary.run(["check", "--json", "kort.yaml", "missing.yaml"], currentDirectory: dir)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["code"] as? String } == ["SO079", "SO071", "SO060", "SO070", "SO001"])
        let goto = array[2]
        #expect(goto["file"] as? String == "kort.yaml")
        #expect(goto["line"] as? Int == 15)
        #expect(goto["column"] as? Int == 15)
        #expect(goto["severity"] as? String == "error")
        #expect(goto["message"] as? String == "'goto' leads to an unknown scene 'plna'")
        #expect(goto["hint"] as? String == "did you mean 'plan'?")
        #expect(array[4]["file"] as? String == "missing.yaml")
        #expect(array[4]["line"] is NSNull)
        #expect(array[4]["message"] as? String == "no such file")
    }

    @Test("--json on a clean file prints an empty array")
    func jsonClean() throws {
        let dir = try folder(["kort.yaml": Self.valid])
        let result = try Binary.run(["check", "--json", "kort.yaml"], currentDirectory: dir)
        #expect(result.status == 0)
        #expect(result.stdout == "[]\n")
    }

    @Test("a folder is checked file by file, with ids unique across it")
    func folderCheck() throws {
        let dir = try folder(["kort.yaml": Self.valid, "tweede.yaml": Self.valid.replacingOccurrences(of: "id: kort", with: "id: tweede")])
        let clean = try Binary.run(["check", dir.path])
        #expect(clean.status == 0)
        #expect(clean.stderr == "0 fouten, 0 waarschuwingen in 2 bestanden\n")
        try Data(Self.valid.utf8).write(to: dir.appendingPathComponent("z.yaml"))
        let duplicate = try Binary.run(["check", "--lang", "en", "."], currentDirectory: dir)
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("./z.yaml:2:5: error: scenario id 'kort' is already used by ./kort.yaml [SO090]"))
    }

    @Test("an empty folder is said so")
    func emptyFolder() throws {
        let dir = try folder([:])
        let result = try Binary.run(["check", dir.path])
        #expect(result.status == 0)
        #expect(result.stderr == "\(dir.path): geen scenariobestanden (.yaml of .yml) in deze map\n0 fouten, 0 waarschuwingen in 0 bestanden\n")
    }

    @Test("no path is a usage error with exit status 2")
    func usage() throws {
        let result = try Binary.run(["check"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: Name at least one scenario file or folder.\n"))
        #expect(try Binary.run(["check", "--nope", "x.yaml"]).status == 2)
    }

    @Test("hostile files end with exit 1 and a located error: binary, deep nesting, an alias bomb")
    func hostile() throws {
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let dir = try folder([
            "binary.yaml": String(decoding: [0x80, 0xFF, 0x00, 0x41], as: UTF8.self),
            "deep.yaml": String(repeating: "[", count: 20_000),
            "bomb.yaml": bomb,
        ])
        try Data([0xC3, 0x28]).write(to: dir.appendingPathComponent("latin.yaml"))
        for name in ["binary.yaml", "deep.yaml", "bomb.yaml", "latin.yaml"] {
            let result = try Binary.run(["check", name], currentDirectory: dir)
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr.hasPrefix(name + ":"), "\(name): \(result.stderr)")
        }
    }
}

/// The project's own scenarios are the format's first users: they must pass `check --strict`.
@Suite("CheckCommandLibrary")
struct CheckCommandLibraryTests {
    @Test("the example in Docs/examples and every bundled scenario pass check --strict")
    func projectScenarios() throws {
        var paths = ["Docs/examples"]
        if FileManager.default.fileExists(atPath: Binary.scenarios.path) { paths.append("Scenarios") }
        let result = try Binary.run(["check", "--strict"] + paths)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("0 fouten, 0 waarschuwingen in "))
        #expect(!result.stderr.hasPrefix("0 fouten, 0 waarschuwingen in 0 bestanden"))
    }
}
