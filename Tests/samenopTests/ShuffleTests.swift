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

/// Shuffled options end to end (issue 11, part 3): `play --shuffle`, the REPL's default and
/// its flags, and a resume after kill -9 that shows the same order.
@Suite("Shuffled options")
struct ShuffleTests {
    static let scenario = "Scenarios/wurging-op-vrijdag.yaml"

    /// `steps[].order` of a `play` run's JSON report.
    static func orders(_ arguments: [String]) throws -> [[Int]] {
        let result = try Binary.run(["play", scenario, "--choices", "1,1,1", "--report", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let steps = try #require(report?["steps"] as? [[String: Any]])
        return steps.compactMap { $0["order"] as? [Int] }
    }

    @Test("play --shuffle 7 twice gives the same order, --shuffle 8 another, and play without it the authored order")
    func playShuffle() throws {
        let seven = try Self.orders(["--shuffle", "7"])
        #expect(seven.count == 3)
        #expect(try Self.orders(["--shuffle", "7"]) == seven)
        let eight = try Self.orders(["--shuffle", "8"])
        #expect(eight.count == 3)
        #expect(eight != seven)
        let authored = try Self.orders([])
        #expect(authored.allSatisfy { $0 == Array(1...$0.count) })
        #expect(seven != authored)
    }

    @Test("play --shuffle refuses a negative seed as a usage error")
    func badSeed() throws {
        let result = try Binary.run(["play", Self.scenario, "--choices", "1", "--shuffle=-3"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--shuffle verwacht een getal van 0 of meer, niet '-3'."))
    }

    /// The numbered options the REPL printed last in `output`.
    static func lastOptions(_ output: String) -> [String] {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let last = lines.lastIndex(where: { $0.hasPrefix("  1. ") }) else { return [] }
        return Array(lines[last...].prefix { !$0.isEmpty })
    }

    @Test("the REPL shuffles self-study by default, says so, and --op-volgorde keeps the authored order")
    func replDefault() throws {
        let shuffled = try Binary.run([], input: "start \(Self.scenario)\n", environment: ["SAMENOP_SHUFFLE": "on"])
        let text = shuffled.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("De opties staan in een vaste, geschudde volgorde (seed "))
        #expect(text.contains("met start ID --op-volgorde staan ze in de volgorde van de auteur."))
        let store = Binary.temporaryFolder().appendingPathComponent("s.sqlite").path
        let inOrder = try Binary.run([], input: "start \(Self.scenario) --op-volgorde\n", environment: ["SAMENOP_SHUFFLE": "on", "SAMENOP_STORE": store])
        #expect(!inOrder.stdout.contains("geschudde volgorde"))
        let id = try #require(REPLFixture.sessionIDs(store).first)
        #expect(try SessionStore(path: store).load(id).header.shuffleSeed == nil)
        let team = try Binary.run([], input: "start \(Self.scenario) team\n", environment: ["SAMENOP_SHUFFLE": "on"])
        #expect(team.stdout.replacingOccurrences(of: "\n", with: " ").contains("De opties staan in een vaste, geschudde volgorde (seed "))
        let off = try Binary.run([], input: "start \(Self.scenario)\n", environment: ["SAMENOP_SHUFFLE": "off"])
        #expect(!off.stdout.contains("geschudde volgorde"))
        let english = try Binary.run([], input: "start \(Self.scenario) --in-order\n", environment: ["SAMENOP_SHUFFLE": "on"])
        #expect(!english.stdout.contains("geschudde volgorde"))
        #expect(english.stderr == "")
    }

    @Test("a past case in review keeps the authored order unless --door-elkaar asks for a shuffle")
    func reviewAuthored() throws {
        let store = Binary.temporaryFolder().appendingPathComponent("s.sqlite").path
        let env = ["SAMENOP_SHUFFLE": "on", "SAMENOP_STORE": store]
        let plain = try Binary.run([], input: "start Scenarios/casus-baby-met-blauwe-plek.yaml review\n", environment: env)
        #expect(!plain.stdout.contains("geschudde volgorde"), "\(plain.stderr)")
        let asked = try Binary.run([], input: "start Scenarios/casus-baby-met-blauwe-plek.yaml review --door-elkaar\n", environment: env)
        #expect(asked.stdout.contains("geschudde volgorde"), "\(asked.stderr)")
        let headers = try REPLFixture.sessionIDs(store).map { try SessionStore(path: store).load($0).header }
        #expect(headers.map { $0.shuffleSeed != nil }.sorted { !$0 && $1 } == [false, true])
    }

    @Test("kill -9 during a shuffled session: resume shows the options in the same order as before")
    func killAndResume() throws {
        let f = try REPLFixture.folder()
        let process = Process()
        process.executableURL = Binary.executable
        process.arguments = []
        process.currentDirectoryURL = Binary.packageRoot
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TERM": "dumb", "LANG": "nl_NL.UTF-8",
                               "HOME": f.folder.path, "SAMENOP_STORE": f.store]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("start \(Self.scenario)\n1\n".utf8))
        var events = 0
        let deadline = Date().addingTimeInterval(30)
        while events < 1, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            guard FileManager.default.fileExists(atPath: f.store) else { continue }
            if let store = try? SessionStore(path: f.store), let id = try? store.sessions().first?.id {
                events = (try? store.load(id).events.count) ?? 0
            }
        }
        #expect(events == 1)
        // Let the REPL print the next scene, then kill it without warning.
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        try? input.fileHandleForWriting.close()
        let before = Self.lastOptions(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        #expect(before.count >= 2)

        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let header = try SessionStore(path: f.store).load(id).header
        #expect(header.shuffleSeed != nil)
        let resumed = try Binary.run(["resume", id], input: "", environment: ["SAMENOP_STORE": f.store, "SAMENOP_SHUFFLE": "on"])
        #expect(resumed.status == 0)
        #expect(Self.lastOptions(resumed.stdout) == before)
        // And the order is the seed's, not the authored one.
        let session = try REPLFixture.replay(id, store: f.store, scenario: Binary.packageRoot.appendingPathComponent(Self.scenario).path)
        let authored = session.scene.choices.filter { choice in session.visibleChoices.contains { $0.number == choice.number } }
        #expect(session.visibleChoices.map(\.number) == OptionOrder.permutation(count: session.scene.choices.count, seed: try #require(header.shuffleSeed), scene: session.scene.id).map { $0 + 1 }.filter { n in authored.contains { $0.number == n } })
    }
}
