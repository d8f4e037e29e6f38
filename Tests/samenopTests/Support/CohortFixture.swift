import Foundation
import Testing
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpStore

/// Three copies of the REPL fixture scenario (`proef-a`, `proef-b`, `proef-c`) in one library
/// folder, and sessions played on them in groups, for `stats`, `export`, `import` and `xapi`.
struct CohortFixture {
    let folder: URL
    let store: String
    var env: [String: String] { ["SAMENOP_STORE": store, "SAMENOP_SCENARIOS": folder.path] }

    init() throws {
        folder = Binary.temporaryFolder()
        for id in ["proef-a", "proef-b", "proef-c"] {
            let yaml = REPLFixture.yaml.replacingOccurrences(of: "id: proef\n", with: "id: \(id)\n")
            try yaml.write(to: folder.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        store = folder.appendingPathComponent("store/samenop.sqlite").path
    }

    /// Plays `scenario` along `choices` in `group`; the command must succeed.
    func play(_ scenario: String, _ choices: String, group: String?, note: String? = nil) throws {
        var arguments = ["play", scenario, "--choices", choices]
        if let group { arguments += ["--group", group] }
        if let note { arguments += ["--note", note] }
        let result = try Binary.run(arguments, environment: env)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }

    /// The sessions of the test: three scenarios, two groups; Zuid has four sessions.
    func playCohort() throws {
        for path in ["2,1,1", "2,2", "1,2", "2,1,1", "2,2", "1,1,1"] { try play("proef-a", path, group: "Noord") }
        try play("proef-a", "2", group: "Noord")  // stops before an ending: not in the report
        for path in ["2,2", "2,2", "1,2", "2,1,1", "2,2"] { try play("proef-b", path, group: "Noord") }
        try play("proef-b", "1,2", group: "Zuid")
        for path in ["2,2", "2,1,1", "1,2"] { try play("proef-c", path, group: "Zuid", note: "1:Anna twijfelt") }
    }

    /// The stored sessions of `group` (all when `nil`), replayed on their scenario files.
    func sessions(group: String? = nil) throws -> [Session] {
        let opened = try SessionStore(path: store)
        return try opened.sessions(group: group).map { summary in
            let stored = try opened.load(summary.id)
            let scenario = try #require(ScenarioLoader.load(path: folder.appendingPathComponent("\(stored.header.scenarioID).yaml").path).scenario)
            return try Session.replay(scenario: scenario, header: stored.header, events: stored.events)
        }
    }
}
