import Foundation
import Testing
import SamenOpModel
import SamenOpScript
import SamenOpAnalysis

/// `samenop paths`, `check --explore` and the cover set, end to end through the binary.
@Suite("PathsCommand")
struct PathsCommandTests {
    static let fixture = Binary.packageRoot.appendingPathComponent("Tests/SamenOpKitTests/Analysis/Fixtures/paden.yaml").path

    /// `branches` two-way choices that rejoin, written to a temporary file.
    static func branching(_ branches: Int) throws -> String {
        var yaml = "format: samenop/1\nid: takken\ntitle: Takken\nlanguage: nl\nsummary: Tweewegskeuzes.\nvariables:\n  veiligheid: 5\nstart: tak-1\nscenes:\n"
        for i in 1...branches {
            let next = i == branches ? "einde" : "tak-\(i + 1)"
            yaml += "  tak-\(i):\n    stage: melding\n    text: Keuze.\n    choices:\n"
            yaml += "      - text: Links.\n        goto: \(next)\n        expert: true\n      - text: Rechts.\n        goto: \(next)\n"
        }
        yaml += "  einde:\n    stage: veiligheidsplan\n    text: Klaar.\n    end: true\n    outcome: Klaar.\n"
        let file = Binary.temporaryFolder().appendingPathComponent("takken.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test("paths --json on forty rejoining branches prints the exact count as a string")
    func fortyBranches() throws {
        let result = try Binary.run(["paths", try Self.branching(40), "--json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  \"paths\": \"1099511627776\",\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "samenop-paths/1")
        #expect(json["complete"] as? Bool == true)
        #expect(json["states"] as? Int == 41)
        #expect((json["cover"] as? [String])?.count == 2)
    }

    @Test("paths prints each finding as a diagnostic at its line, in Dutch by default")
    func fixtureText() throws {
        let result = try Binary.run(["paths", Self.fixture])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Paden in paden\nonderzochte toestanden: 8\ncomplete paden: oneindig"))
        #expect(result.stdout.contains("""
            paden.yaml:23:3: warning: elke optie van scène 'midden' is verborgen na --choices 2 [SO200]
              midden:
              ^
              hint: geef de scène een optie zonder voorwaarde, of zorg dat in die toestand één voorwaarde waar is
            """))
        for code in ["21:9: warning:", "31:9: warning:", "53:3: warning:", "64:3: warning:"] {
            #expect(result.stdout.contains("paden.yaml:" + code), "\(code)")
        }
    }

    @Test("paths --limit reports a partial answer clearly; a limit below 1 is a usage error")
    func limit() throws {
        let result = try Binary.run(["paths", Self.fixture, "--limit", "3", "--lang", "en"])
        #expect(result.stdout.contains("PARTIAL: the limit of 3 states was reached; counts are lower bounds and only all-hidden findings are reported (raise --limit)\n"))
        let json = try Binary.run(["paths", Self.fixture, "--limit", "3", "--json"])
        #expect(json.stdout.contains("  \"complete\": false,\n"))
        let bad = try Binary.run(["paths", Self.fixture, "--limit", "0", "--lang", "en"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--limit takes a positive number of states, not 0"))
    }

    @Test("check --explore adds the path findings to the check; --strict then fails")
    func checkExplore() throws {
        let plain = try Binary.run(["check", Self.fixture])
        #expect(plain.status == 0)
        #expect(!plain.stderr.contains("SO20"))
        let explored = try Binary.run(["check", "--explore", "--strict", Self.fixture, "--lang", "en"])
        #expect(explored.status == 1)
        for code in ["SO200", "SO201", "SO202", "SO203", "SO204"] { #expect(explored.stderr.contains("[\(code)]")) }
        #expect(explored.stderr.hasSuffix("0 errors, 5 warnings in 1 file\n"))
        let library = try Binary.run(["check", "--explore", "--strict", Binary.scenarios.path])
        #expect(library.status == 0)
        #expect(library.stderr == "0 fouten, 0 waarschuwingen in 15 bestanden\n")
    }

    @Test("every cover line, played with samenop play, ends at an ending; together they take every option paths can show",
          arguments: ["zij-mag-niet-kiezen", "middag-na-school", "the-boy-upstairs"])
    func coverPlays(id: String) throws {
        let paths = try Binary.run(["paths", id, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(paths.stdout.utf8)) as? [String: Any])
        let cover = try #require(json["cover"] as? [String])
        var taken = Set<OptionRef>()
        for line in cover {
            let played = try Binary.run(["play", id, "--choices", line, "--report", "json"])
            #expect(played.status == 0, "\(id) --choices \(line): \(played.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(played.stdout.utf8)) as? [String: Any])
            #expect(report["ending"] is [String: Any], "\(id) --choices \(line) does not end")
            for step in report["steps"] as? [[String: Any]] ?? [] {
                taken.insert(OptionRef(scene: step["scene"] as! String, number: step["choice"] as! Int))
            }
        }
        let scenario = try #require(ScenarioLoader.load(path: Binary.scenarios.appendingPathComponent(id + ".yaml").path).scenario)
        #expect(taken == Set(PathExplorer.explore(scenario).showable))
    }
}
