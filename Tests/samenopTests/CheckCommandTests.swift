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
        #expect(result.stderr.hasPrefix("Fout: Noem ten minste één scenariobestand of map.\n"))
        #expect(try Binary.run(["check", "--nope", "x.yaml"]).status == 2)
    }

    /// One file with each lint of issue 11 (SO082-SO086), and the same file without the mistakes.
    static let linted = """
        format: samenop/1
        id: lint
        title: Lint
        language: nl
        summary: Een korte casus.
        roles:
          politie:
            name: Politie
        variables:
          veiligheid: 2
        cards:
          mutatie:
            title: Mutatie
            text: Twee eerdere meldingen van burenoverlast op dit adres, allebei op vrijdag.
            role: politie
        start: begin
        scenes:
          begin:
            stage: melding
            text: Er komt een melding binnen over twee eerdere meldingen van burenoverlast op dit adres, allebei op vrijdag.
            choices:
              - text: Samen erop af met Veilig Thuis
                goto: vervolg
                expert: true
                elements: [samen-op, info-delen]
                add: {veiligheid: 3}
              - text: Alleen gaan
                goto: vervolg
                elements: [samen-op]
                if: veiligheid >= 2
          vervolg:
            stage: opvolgen
            text: Weken later.
            choices:
              - text: Samen een veiligheidsplan maken
                goto: plan
                expert: true
              - text: Het gaat weer mis
                goto: begin
          plan:
            stage: veiligheidsplan
            text: Het plan.
            end: true
            outcome: Een plan.

        """

    static let lintFixed = linted
        .replacingOccurrences(of: "binnen over twee eerdere meldingen van burenoverlast op dit adres, allebei op vrijdag.", with: "binnen over burenoverlast.")
        .replacingOccurrences(of: "Samen erop af met Veilig Thuis", with: "Samen gaan")
        .replacingOccurrences(of: "Samen een veiligheidsplan maken", with: "Het plan")
        .replacingOccurrences(of: "elements: [samen-op]\n", with: "elements: [contact]\n")
        .replacingOccurrences(of: "veiligheid >= 2", with: "veiligheid >= 3")
        .replacingOccurrences(of: "goto: begin\n", with: "goto: begin\n        set: {veiligheid: 2}\n")

    @Test("check --strict --json reports each lint at its line and column; without the mistakes the file is clean")
    func lints() throws {
        let dir = try folder(["lint.yaml": Self.linted, "fixed.yaml": Self.lintFixed.replacingOccurrences(of: "id: lint", with: "id: fixed")])
        let relaxed = try Binary.run(["check", "--json", "lint.yaml"], currentDirectory: dir)
        #expect(relaxed.status == 0)
        let result = try Binary.run(["check", "--strict", "--json", "lint.yaml"], currentDirectory: dir)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let found = array.map { "\($0["line"] as? Int ?? 0):\($0["column"] as? Int ?? 0) \($0["severity"] as? String ?? "") \($0["code"] as? String ?? "")" }
        #expect(found == [
            "18:3 warning SO082",   // the first scene where the expert option is the longest (2 of 2)
            "20:11 warning SO085",  // the scene text that retells the police card
            "29:20 warning SO086",  // samen-op on the wrong option
            "30:13 warning SO083",  // veiligheid >= 2 inside acuut (0-2)
            "39:15 warning SO084",  // the goto from opvolgen back to the report
        ])
        #expect(array.first?["message"] as? String
            == "the expert option is the longest in 2 of 2 decisions (first in scene 'begin'), so a trainee can pick by length")
        #expect(array[3]["message"] as? String
            == "'veiligheid >= 2' splits the band of 'acuut' (0 to 2) between 1 and 2: at 2 the situation is still 'acuut'")
        #expect(array[3]["hintLocalized"] as? String
            == "vergelijk op een bandgrens, zoals 'veiligheid >= 3', zodat de optie wisselt waar de fase wisselt")
        let fixed = try Binary.run(["check", "--strict", "--json", "fixed.yaml"], currentDirectory: dir)
        #expect(fixed.status == 0)
        #expect(fixed.stdout == "[]\n")
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
    @Test("the example in Docs/examples and the bundled scenarios pass check --strict, the authoring lints included")
    func projectScenarios() throws {
        let result = try Binary.run(["check", "--strict", "Docs/examples"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "0 fouten, 0 waarschuwingen in 1 bestand\n")
        guard FileManager.default.fileExists(atPath: Binary.scenarios.path) else { return }
        let library = try Binary.run(["check", "--strict", "--json", "Scenarios"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(library.stdout.utf8)) as? [[String: Any]])
        #expect(array.isEmpty, "\(array)")
        #expect(library.status == 0)
    }
}
