import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// `samenop list` end to end through the built binary.
@Suite("ListCommand")
struct ListCommandTests {
    func library(_ files: [String: String]) throws -> URL {
        let url = Binary.temporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    var second: String {
        CheckCommandTests.valid.replacingOccurrences(of: "id: kort", with: "id: casus")
            .replacingOccurrences(of: "language: nl", with: "language: en\nkind: past-case\nanonymised: true\nprofiles: [intiem-terreur, gezin-in-de-stress]")
            .replacingOccurrences(of: "goto: plan", with: "goto: plan\n        actual: true")
    }

    @Test("lists id, title, language, kind, profiles and number of scenes")
    func table() throws {
        let dir = try library(["kort.yaml": CheckCommandTests.valid, "casus.yaml": second])
        let result = try Binary.run(["list", "--scenarios", dir.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            id     titel  taal  soort     profielen                           scènes
            casus  Kort   en    casus     Intiem terreur, Gezin in de stress  2
            kort   Kort   nl    training                                      2

            """)
    }

    @Test("--json lists the same as objects; SAMENOP_SCENARIOS names the library")
    func json() throws {
        let dir = try library(["kort.yaml": CheckCommandTests.valid, "casus.yaml": second])
        let result = try Binary.run(["list", "--json"], environment: ["SAMENOP_SCENARIOS": dir.path])
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["casus", "kort"])
        #expect(array[0]["kind"] as? String == "past-case")
        #expect(array[0]["profiles"] as? [String] == ["intiem-terreur", "gezin-in-de-stress"])
        #expect(array[0]["scenes"] as? Int == 2)
        #expect(array[1]["language"] as? String == "nl")
        #expect(array[1]["summary"] as? String == "Een korte casus.")
    }

    @Test("a broken file is named on stderr and left out; the rest is listed; exit 1")
    func broken() throws {
        let dir = try library(["kort.yaml": CheckCommandTests.valid, "kapot.yaml": "format: [\n"])
        let result = try Binary.run(["list", "--scenarios", dir.path], environment: ["LANG": "en_US.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stdout == "id    title  language  kind      profiles  scenes\nkort  Kort   nl        training            2\n")
        #expect(result.stderr.hasPrefix("\(dir.path)/kapot.yaml skipped: 1 error. See 'samenop check \(dir.path)/kapot.yaml'.\n  \(dir.path)/kapot.yaml:2:1: YAML syntax:"))
    }

    @Test("a library without scenarios says so")
    func empty() throws {
        let dir = try library([:])
        let result = try Binary.run(["list", "--scenarios", dir.path])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "Geen scenario's in \(dir.path).\n")
        let missing = try Binary.run(["list", "--scenarios", dir.path + "/nope"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "\(dir.path)/nope: geen map\n")
    }
}
