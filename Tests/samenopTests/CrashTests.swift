import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Crash safety")
struct CrashTests {
    /// What the state of a session is, without the clock.
    static func outline(_ session: Session) -> [String] {
        func sorted(_ values: [String: Value]) -> String { values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") }
        return session.state.steps.map { "\($0.scene):\($0.choice):\($0.undone):\(sorted($0.variablesAfter)):\($0.notes)" }
            + [session.scene.id, sorted(session.state.variables), "\(session.state.revealed)", "\(session.state.visited)"]
    }

    @Test("kill -9 after some choices loses nothing: resume ends in the same state as an uninterrupted run")
    func killAndResume() throws {
        let f = try REPLFixture.folder()
        // The uninterrupted run.
        let whole = f.folder.appendingPathComponent("whole.sqlite").path
        try Binary.run([], input: "start \(f.scenario)\nnotitie samen\n2\n1\n1\n", environment: ["SAMENOP_STORE": whole])
        let wholeID = try #require(REPLFixture.sessionIDs(whole).first)
        let expected = Self.outline(try REPLFixture.replay(wholeID, store: whole, scenario: f.scenario))

        // The same run, killed after two choices while the REPL waits for more input.
        let process = Process()
        process.executableURL = Binary.executable
        process.arguments = []
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TERM": "dumb", "LANG": "nl_NL.UTF-8",
                               "HOME": f.folder.path, "SAMENOP_STORE": f.store, "SAMENOP_SHUFFLE": "off"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("start \(f.scenario)\nnotitie samen\n2\n1\n".utf8))
        var events = 0
        let deadline = Date().addingTimeInterval(30)
        while events < 3, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            // Open the store only once the REPL has made it: opening creates a missing one.
            guard FileManager.default.fileExists(atPath: f.store) else { continue }
            if let store = try? SessionStore(path: f.store), let id = try? store.sessions().first?.id {
                events = (try? store.load(id).events.count) ?? 0
            }
        }
        #expect(events == 3)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        try? input.fileHandleForWriting.close()

        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let resumed = try Binary.run(["resume", id], input: "1\n", environment: ["SAMENOP_STORE": f.store])
        #expect(resumed.status == 0)
        #expect(resumed.stdout.contains("── Stap 3 · week 2 · Opvolgen ──"))
        let actual = Self.outline(try REPLFixture.replay(id, store: f.store, scenario: f.scenario))
        #expect(actual == expected)
    }
}
