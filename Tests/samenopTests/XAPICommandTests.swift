import Foundation
import Testing
import SamenOpEngine
import SamenOpStore

/// `samenop xapi` end to end: to a file, and to a real LRS (Ralph) on loopback.
@Suite("xapi", .serialized)
struct XAPICommandTests {
    /// A group's sessions, one of them a team session with a named participant, a vote reason
    /// and a note; and a session of another group that must not be sent.
    static func sessions(_ f: CohortFixture) throws {
        try f.play("proef-a", "2,1,1", group: "Noord", note: "1:Anna twijfelt nog")
        try f.play("proef-a", "1,2", group: "Noord")
        try f.play("proef-b", "2,2", group: "Zuid")
        let team = try Binary.run([], input: """
            start proef-b team --op-volgorde --groep Noord
            deelnemer "Anna de Vries" politie
            deelnemer Bram vt
            stem Anna de Vries 2 zeker weten
            notitie Bram wil eerst bellen
            2
            2
            stop

            """, environment: f.env)
        #expect(team.status == 0, "\(team.stderr)")
    }

    /// Launched, one answered per step, completed: 1 + 3 + 1, 1 + 2 + 1, 1 + 2 + 1.
    static let expectedCount = 13
    static let secrets = ["Anna", "Bram", "twijfelt", "bellen", "zeker weten"]

    @Test("statements to a file: the group's only, pseudonymous, no names or notes")
    func toFile() throws {
        let f = try CohortFixture()
        try Self.sessions(f)
        let file = f.folder.appendingPathComponent("noord.json").path
        let result = try Binary.run(["xapi", "--group", "Noord", "--output", file], environment: f.env)
        #expect(result.status == 0)
        #expect(result.stderr == "\(Self.expectedCount) xAPI-statements geschreven naar \(file)\n")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        for secret in Self.secrets { #expect(!text.contains(secret), "\(secret)") }
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(statements.count == Self.expectedCount)
        #expect(try Binary.run(["xapi", "--group", "Noord"], environment: f.env).stderr.contains("--output BESTAND.json of --lrs URL"))
    }

    @Test("sent to Ralph on loopback: read back, valid, pseudonymous; sending again adds nothing",
          .enabled(if: RalphLRS.executable != nil,
                   "Ralph is not installed: pip install 'ralph-malph[cli,lrs]' (.ci/setup installs it), or set SAMENOP_RALPH"),
          .timeLimit(.minutes(4)))
    func toRalph() throws {
        let f = try CohortFixture()
        try Self.sessions(f)
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let arguments = ["xapi", "--group", "Noord", "--lrs", lrs.endpoint, "--user", RalphLRS.user, "--password", RalphLRS.password]
        let first = try Binary.run(arguments, environment: f.env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Naar \(lrs.endpoint): \(Self.expectedCount) nieuw, 0 stond er al.\n")
        let (json, statements) = try lrs.statements()
        #expect(statements.count == Self.expectedCount)
        for secret in Self.secrets { #expect(!json.contains(secret), "\(secret)") }
        let uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
        for s in statements {
            #expect((s["id"] as? String)?.wholeMatch(of: uuid) != nil)
            #expect(s["version"] as? String == "1.0.3")
            #expect(s["timestamp"] is String)
            let verb = try #require(s["verb"] as? [String: Any])
            #expect((verb["id"] as? String).map { $0.hasPrefix("http://adlnet.gov/expapi/verbs/") } == true)
            let actor = try #require(s["actor"] as? [String: Any])
            #expect(Set(actor.keys) == ["objectType", "account"])
            #expect(((actor["account"] as? [String: Any])?["name"] as? String)?.hasPrefix("session-") == true)
            #expect(((s["object"] as? [String: Any])?["id"] as? String)?.hasPrefix("https://samenop.invalid/xapi/scenarios/") == true)
        }
        let verbs = statements.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        #expect(verbs.filter { $0.hasSuffix("/launched") }.count == 3)
        #expect(verbs.filter { $0.hasSuffix("/completed") }.count == 3)

        let again = try Binary.run(arguments, environment: f.env)
        #expect(again.stdout == "Naar \(lrs.endpoint): 0 nieuw, \(Self.expectedCount) stond er al.\n")
        #expect(try lrs.statements().statements.count == Self.expectedCount)

        let wrong = try Binary.run(["xapi", "--group", "Noord", "--lrs", lrs.endpoint, "--user", "samenop", "--password", "fout"], environment: f.env)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.hasPrefix("Het LRS \(lrs.endpoint) weigerde de statements (HTTP 401): "))
    }
}
