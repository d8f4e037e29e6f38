import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// `samenop check`, `list` and `play` speak the run's language (`--lang`, else `LANG`) in
/// their diagnostics; `check --json` keeps English in `message`/`hint` for tools.
@Suite("CheckLanguage")
struct CheckLanguageTests {
    static let broken = CheckCommandTests.valid
        .replacingOccurrences(of: "summary:", with: "sumary:")
        .replacingOccurrences(of: "stage: melding", with: "stage: meldingg")

    func folder() throws -> URL {
        let url = Binary.temporaryFolder()
        try Data(Self.broken.utf8).write(to: url.appendingPathComponent("kort.yaml"))
        return url
    }

    static let dutch = """
        kort.yaml:1:1: error: sleutel 'summary' ontbreekt in het scenario [SO009]
        format: samenop/1
        ^
        kort.yaml:5:1: error: onbekende sleutel 'sumary' in het scenario [SO008]
        sumary: Een korte casus.
        ^
          hint: bedoel je 'summary'?
        kort.yaml:11:12: error: onbekende stap van de mantra 'meldingg' [SO024]
            stage: meldingg
                   ^
          hint: bedoel je 'melding'?
        3 fouten, 0 waarschuwingen in 1 bestand

        """

    @Test("--lang nl and LANG=nl_NL.UTF-8 print Dutch messages and hints under the same frame")
    func dutch() throws {
        let dir = try folder()
        let option = try Binary.run(["check", "--lang", "nl", "kort.yaml"], environment: ["LANG": "en_GB.UTF-8"], currentDirectory: dir)
        #expect(option.status == 1)
        #expect(option.stderr == Self.dutch)
        let environment = try Binary.run(["check", "kort.yaml"], environment: ["LANG": "nl_NL.UTF-8"], currentDirectory: dir)
        #expect(environment.stderr == option.stderr)
    }

    @Test("--lang en and LANG=en print the English messages")
    func english() throws {
        let dir = try folder()
        let option = try Binary.run(["check", "--lang", "en", "kort.yaml"], currentDirectory: dir)
        #expect(option.status == 1)
        #expect(option.stderr == """
            kort.yaml:1:1: error: missing key 'summary' in the scenario [SO009]
            format: samenop/1
            ^
            kort.yaml:5:1: error: unknown key 'sumary' in the scenario [SO008]
            sumary: Een korte casus.
            ^
              hint: did you mean 'summary'?
            kort.yaml:11:12: error: unknown stage 'meldingg' [SO024]
                stage: meldingg
                       ^
              hint: did you mean 'melding'?
            3 errors, 0 warnings in 1 file

            """)
        let environment = try Binary.run(["check", "kort.yaml"], environment: ["LANG": "en_US.UTF-8"], currentDirectory: dir)
        #expect(environment.stderr == option.stderr)
    }

    @Test("--json keeps English message and hint and adds them in the run's language")
    func json() throws {
        let dir = try folder()
        let result = try Binary.run(["check", "--json", "kort.yaml"], currentDirectory: dir)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let stage = try #require(array.first { $0["code"] as? String == "SO024" })
        #expect(stage["message"] as? String == "unknown stage 'meldingg'")
        #expect(stage["hint"] as? String == "did you mean 'melding'?")
        #expect(stage["messageLocalized"] as? String == "onbekende stap van de mantra 'meldingg'")
        #expect(stage["hintLocalized"] as? String == "bedoel je 'melding'?")
        let english = try Binary.run(["check", "--json", "--lang", "en", "kort.yaml"], currentDirectory: dir)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [[String: Any]])
        #expect(records.first { $0["code"] as? String == "SO024" }?["messageLocalized"] as? String == "unknown stage 'meldingg'")
    }

    @Test("play refuses a broken scenario with its diagnostics in the run's language")
    func play() throws {
        let dir = try folder()
        let dutch = try Binary.run(["play", "kort.yaml", "--choices", "1"], currentDirectory: dir)
        #expect(dutch.status == 1)
        #expect(dutch.stderr.hasPrefix("kort.yaml bevat fouten; er is geen sessie gestart:\n" + Self.dutch.replacingOccurrences(of: "3 fouten, 0 waarschuwingen in 1 bestand\n", with: "")),
                "\(dutch.stderr)")
        let english = try Binary.run(["play", "--lang", "en", "kort.yaml", "--choices", "1"], currentDirectory: dir)
        #expect(english.stderr.contains("kort.yaml:11:12: error: unknown stage 'meldingg' [SO024]\n"), "\(english.stderr)")
    }

    @Test("list names a broken file's first error in the run's language")
    func list() throws {
        let dir = try folder()
        let dutch = try Binary.run(["list", "--scenarios", dir.path])
        #expect(dutch.stderr.contains("\n  \(dir.path)/kort.yaml:1:1: sleutel 'summary' ontbreekt in het scenario\n"), "\(dutch.stderr)")
        let english = try Binary.run(["list", "--lang", "en", "--scenarios", dir.path])
        #expect(english.stderr.contains("\n  \(dir.path)/kort.yaml:1:1: missing key 'summary' in the scenario\n"), "\(english.stderr)")
    }
}
