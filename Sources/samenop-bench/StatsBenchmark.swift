import Foundation
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpStore
import SamenOpCohort

/// `samenop-bench stats [--sessions N] [--with-replay] [--keep]`: the cohort report over N (10,000)
/// sessions imported into a fresh file store, as `samenop stats --format json` computes it:
/// read the finished sessions (``SessionStore/cohortSessions(_:)``), walk them over the tree of
/// distinct paths (``CohortTally``), count across sessions, write the JSON. `--with-replay`
/// also times the straightforward path (replay and reflect every session) and checks that it
/// gives the same JSON.
/// When `samenop` is built beside the bench, the command itself is timed too (start-up,
/// loading the scenario file and all).
///
/// The reference is decoding the same sessions' events from the store's JSON with
/// `JSONDecoder`: the least any figure across sessions has to do. The target (issue 17) is
/// under one second for 10,000 sessions.
enum StatsBenchmark {
    static func run(_ arguments: [String]) {
        let count = RenderBenchmark.option("--sessions", in: arguments) ?? 10_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // `--keep` leaves the store for profiling the command by hand (its path is printed).
        let keep = arguments.contains("--keep")
        defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
        let scenarioPath = folder.appendingPathComponent("bench.yaml").path
        try? yaml.write(toFile: scenarioPath, atomically: true, encoding: .utf8)
        let loaded = ScenarioLoader.load(path: scenarioPath)
        guard let scenario = loaded.scenario, !loaded.hasErrors else {
            FileHandle.standardError.write(Data("bench scenario has errors: \(loaded.diagnostics.map(\.message))\n".utf8))
            exit(1)
        }
        let storePath = folder.appendingPathComponent("store/samenop.sqlite").path
        let store: SessionStore
        let importSeconds: Double
        do {
            store = try SessionStore(path: storePath)
            let text = try sessionFile(scenario, count: count)
            var sessions: [StoredSession] = []
            importSeconds = Timing.seconds {
                sessions = (try? SessionFile.parse(text) { _ in scenarioPath }) ?? []
                _ = try? store.importSessions(sessions)
            }
            guard try store.sessions().count == count else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            FileHandle.standardError.write(Data("bench store failed: \(error)\n".utf8))
            exit(1)
        }

        let rows = try? store.storedSessions(SessionFilter(finishedOnly: true))
        let decoder = JSONDecoder()
        let encoded = (rows ?? []).map { try! JSONEncoder().encode($0.events) }
        let reference = Timing.median(runs: 5) { for data in encoded { _ = try? decoder.decode([SessionEvent].self, from: data) } }
        var json = ""
        var walked = 0
        var parts: [(read: Double, walk: Double, report: Double)] = []
        let stats = Timing.median(runs: 5) {
            var stored: [StoredSession] = []
            var tally = CohortTally()
            var report: CohortReport?
            let read = Timing.seconds { stored = (try? store.cohortSessions(SessionFilter(finishedOnly: true))) ?? [] }
            let walk = Timing.seconds {
                for session in stored { try? tally.add(header: session.header, events: session.events, scenario: scenario) }
            }
            let counted = Timing.seconds {
                report = tally.report
                json = CohortJSON.render(report!)
            }
            walked = tally.walked
            parts.append((read, walk, counted))
        }
        print("samenop-bench stats: \(count) sessions imported into a file store in \(Timing.milliseconds(importSeconds)), median of 5 runs")
        print(RenderBenchmark.pad("reference: JSONDecoder of the events", 48) + Timing.milliseconds(reference))
        print(RenderBenchmark.pad("stats in-process (read, walk, count, JSON)", 48) + Timing.milliseconds(stats)
              + String(format: "  %.2fx", stats / reference))
        print("  of which: read \(Timing.milliseconds(Timing.median(parts.map(\.read)))), walk \(Timing.milliseconds(Timing.median(parts.map(\.walk))))"
              + " (\(walked) of \(count) sessions walked), count and JSON \(Timing.milliseconds(Timing.median(parts.map(\.report))))")
        if arguments.contains("--with-replay") {
            // The straightforward path the report must equal: replay and reflect every session.
            var replayed = ""
            let replay = Timing.median(runs: 3) {
                let stored = (try? store.storedSessions(SessionFilter(finishedOnly: true))) ?? []
                let sessions = stored.compactMap { try? Session.replay(scenario: scenario, header: $0.header, events: $0.events) }
                replayed = CohortJSON.render(CohortReport(reflections: sessions.map(Reflection.init(session:))))
            }
            print(RenderBenchmark.pad("  replay + Reflection per session (median of 3)", 48) + Timing.milliseconds(replay)
                  + String(format: "  %.1fx", replay / reference) + (replayed == json ? "  same JSON" : "  JSON DIFFERS"))
        }

        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let samenop = products.appendingPathComponent("samenop").path
        if FileManager.default.isExecutableFile(atPath: samenop) {
            setenv("SAMENOP_STORE", storePath, 1)
            let command = Timing.median(runs: 5) { Timing.runProcess(samenop, ["stats", "--format", "json"]) }
            print(RenderBenchmark.pad("samenop stats --format json (the command)", 48) + Timing.milliseconds(command)
                  + String(format: "  %.2fx", command / reference))
        }
        print("cohort JSON: \(json.utf8.count / 1024) KiB; target: under 1 s for 10,000 sessions")
        if keep { print("store kept: \(storePath)") }
    }

    /// `count` finished sessions along seeded pseudo-random paths, as a session file.
    static func sessionFile(_ scenario: Scenario, count: Int) throws -> String {
        var seed: UInt64 = 17
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var lines: [String] = []
        lines.reserveCapacity(count)
        for i in 0..<count {
            let header = SessionHeader(
                id: String(format: "b%07d", i), scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256,
                mode: .selfStudy, startedAt: start.addingTimeInterval(Double(i) * 60), group: i % 2 == 0 ? "Noord" : "Zuid")
            var session = Session(scenario: scenario, header: header)
            var clock = header.startedAt
            while !session.isFinished {
                clock.addTimeInterval(Double(5 + next(40)))
                if next(4) == 0 { try session.note("waarom", at: clock) }
                try session.choose(shown: 1 + next(session.visibleChoices.count), at: clock)
            }
            lines.append(SessionFile.line(StoredSession(
                header: header, scenarioPath: "", events: session.state.events, finishedAt: session.state.finishedAt)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A scenario of six decisions with three options each, expert options, pitfalls and core questions.
    static let yaml: String = {
        var text = """
            format: samenop/1
            id: bench-stats
            title: Bench
            language: nl
            summary: Gegenereerd voor samenop-bench stats.
            variables:
              veiligheid: 2
            start: s1
            scenes:

            """
        let stages = ["melding", "eerste-beoordeling", "erop-af", "veiligstellen", "veiligheidsbeoordeling", "veiligheidsmaatregelen"]
        for (i, stage) in stages.enumerated() {
            let next = i == stages.count - 1 ? "einde" : "s\(i + 2)"
            text += """
                  s\(i + 1):
                    stage: \(stage)
                    text: Scène \(i + 1).
                    choices:
                      - text: Samen optrekken.
                        goto: \(next)
                        expert: true
                        phase: acuut
                        kernvragen: [\(i % 5 + 1)]
                        elements: [samen-op]
                        add: {veiligheid: 1}
                      - text: Alleen doorgaan.
                        goto: \(next)
                        phase: herstel
                        pitfalls: [incident-focus]
                      - text: Even wachten.
                        goto: \(next)
                        kernvragen: [\((i + 2) % 5 + 1)]

                """
        }
        text += """
              einde:
                stage: veiligheidsplan
                text: Afgerond.
                end: true
                outcome: Klaar.

            """
        return text
    }()
}
