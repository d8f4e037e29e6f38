import Foundation
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpStore
import SamenOpRoom

/// `samenop-bench room`: 30 phones on loopback (127.0.0.1 only), each with its event stream
/// open; one phone after another votes, and the time from the start of the vote's POST to the
/// moment each of the other 29 phones has the state event that counts that vote is measured.
///
/// Measured run: the room stores every vote in an SQLite file before answering (as in a real
/// session: WAL, `synchronous = FULL`). Reference run, in the same command: the same room with
/// an in-memory store, so the ratio is what durability costs. Rounds are bounded (10 rounds
/// of 30 votes, at most 5 s of waiting per vote, a receive timeout on every read), and the
/// bench stops by itself.
enum RoomBenchmark {
    static let phones = 30, rounds = 10

    static func run() {
        guard let scenario = loadScenario() else { return fail("het-plan-ligt-klaar.yaml not found or not valid") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-bench-room-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let reference = try measure(scenario, store: try SessionStore.inMemory())
            let measured = try measure(scenario, store: try SessionStore(path: folder.appendingPathComponent("bench.sqlite").path))
            let ratio = measured.p95 / reference.p95
            print("room: \(phones) phones, \(rounds) rounds of \(phones) votes, \(measured.samples) deliveries"
                  + " (missing after 5 s: \(measured.missing) measured, \(reference.missing) reference)")
            print("  vote POST -> state event on the other phones, SQLite store:  p50 \(Timing.milliseconds(measured.p50))  p95 \(Timing.milliseconds(measured.p95))")
            print("  reference, in-memory store:                                  p50 \(Timing.milliseconds(reference.p50))  p95 \(Timing.milliseconds(reference.p95))")
            print(String(format: "  ratio p95: %.2f; target p95 < 100 ms: %@", ratio, measured.p95 < 0.1 ? "met" : "NOT met"))
            print("  where the time goes (p50 / p95):")
            for (name, figures) in [("SQLite store", measured), ("in-memory store", reference)] {
                print("    \(name): storing the vote \(figures.commit), POST -> 200 \(figures.answer)")
            }
        } catch {
            fail("\(error)")
        }
    }

    struct Figures {
        var p50: Double, p95: Double, samples: Int, missing: Int
        /// p50 / p95 of the store's commit of a vote, and of a vote's POST until its 200.
        var commit: String, answer: String
    }

    /// `p50 / p95` of `values`.
    static func quantiles(_ values: [Double]) -> String {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return "-" }
        return Timing.milliseconds(sorted[sorted.count / 2]) + " / " + Timing.milliseconds(sorted[min(sorted.count - 1, sorted.count * 95 / 100)])
    }

    static func measure(_ scenario: Scenario, store: SessionStore) throws -> Figures {
        let header = SessionHeader(id: "bench\(Int.random(in: 100...999))", scenarioID: scenario.id.value,
                                   scenarioSHA256: scenario.sha256, mode: .team, startedAt: Date())
        let session = Session(scenario: scenario, header: header)
        try store.create(session, scenarioPath: scenario.file)
        let commits = Durations()
        let ledger = RoomLedger(session: session) { session in
            let start = DispatchTime.now().uptimeNanoseconds
            try store.record(session)
            if case .roomVote? = session.lastEvent { commits.add(DispatchTime.now().uptimeNanoseconds - start) }
        }
        let server = try wait { try await RoomServer.open(ledger: ledger, language: .nl, bind: "127.0.0.1", port: 0) }
        defer { _ = try? wait { await server.close() } }
        let client = LoopbackClient(port: server.port)
        let code = server.code
        let roles = scenario.roles.map(\.id)
        var tokens: [String] = []
        for i in 0..<phones {
            let answer = try client.send("POST", "/r/\(code)/api/join", json: ["name": "Telefoon \(i)", "role": roles[i % roles.count]])
            guard let token = answer.json()?["token"] as? String else { throw LoopbackClient.Failure.malformed }
            tokens.append(token)
        }
        let arrivals = Arrivals(phones: phones)
        // A reader outlives a slow moment of the machine (a vote that times out must not end
        // every stream); `stop()` ends them all at the end.
        let listening = LoopbackClient(port: server.port, timeout: 60)
        let readers = try tokens.map { try listening.events("/r/\(code)/api/events", token: $0) }
        let done = DispatchGroup()
        for (i, reader) in readers.enumerated() {
            done.enter()
            Thread.detachNewThread {
                while let data = reader.next() {
                    let now = DispatchTime.now().uptimeNanoseconds
                    guard let cast = cast(in: data) else { continue }
                    arrivals.record(phone: i, cast: cast, at: now)
                }
                done.leave()
            }
        }
        // Every phone has its first state (its stream is open) before the first vote.
        let opened = Date().addingTimeInterval(10)
        while !arrivals.all(cast: 0, except: -1), Date() < opened { usleep(1000) }
        var latencies: [Double] = [], missing = 0, answers: [Double] = []
        for _ in 0..<rounds {
            arrivals.reset()
            var started: [UInt64] = []
            let step = ledger.session.stepNumber
            for (i, token) in tokens.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                started.append(start)
                let answer = try client.send("POST", "/r/\(code)/api/vote", token: token, json: ["step": step, "shown": 1])
                guard answer.status == 200 else { throw LoopbackClient.Failure.malformed }
                answers.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                // Wait until the other phones have this vote's state (at most 5 s).
                let deadline = Date().addingTimeInterval(5)
                while !arrivals.all(cast: i + 1, except: i), Date() < deadline { usleep(200) }
            }
            for vote in 0..<phones {
                for phone in 0..<phones where phone != vote {
                    // An arrival from before the POST would be a stale event: counted as missing.
                    if let at = arrivals.time(phone: phone, cast: vote + 1), at >= started[vote] {
                        latencies.append(Double(at - started[vote]) / 1e9)
                    } else {
                        missing += 1
                    }
                }
            }
            try nextDecision(ledger)
        }
        for reader in readers { reader.stop() }
        done.wait()
        let sorted = latencies.sorted()
        guard !sorted.isEmpty else { throw LoopbackClient.Failure.malformed }
        return Figures(p50: sorted[sorted.count / 2], p95: sorted[min(sorted.count - 1, sorted.count * 95 / 100)],
                       samples: sorted.count, missing: missing, commit: quantiles(commits.all), answer: quantiles(answers))
    }

    /// The trainer commits the room's choice: the next decision starts without votes. At an
    /// ending the bench goes back two steps and forward one (`terug` keeps a step's votes, so
    /// taking back alone would not give an empty decision), all as one change.
    static func nextDecision(_ ledger: RoomLedger) throws {
        try ledger.perform { session in
            try session.choose(shown: 1, at: Date())
            guard session.isFinished || session.visibleChoices.isEmpty else { return }
            _ = try session.undo(at: Date())
            _ = try session.undo(at: Date())
            try session.choose(shown: 1, at: Date())
        }
    }

    private static let castKey = Array(#""votes":{"cast":"#.utf8)

    /// The count of votes in a state event, read from its bytes: the phones' threads share two
    /// cores with the room they time, so they do not parse the whole view (text in the view is
    /// a JSON string, where a quote is escaped, so the key cannot be matched inside text).
    static func cast(in data: Data) -> Int? {
        let bytes = [UInt8](data)
        guard let at = EventReader.find(castKey, in: bytes, from: 0) else { return nil }
        var value = 0, i = at + castKey.count, digits = 0
        while i < bytes.count, let digit = bytes[i].digitValue {
            value = value * 10 + digit
            i += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    static func loadScenario() -> Scenario? {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let file = url.appendingPathComponent("Scenarios/het-plan-ligt-klaar.yaml")
            if FileManager.default.fileExists(atPath: file.path) { return ScenarioLoader.load(path: file.path).scenario }
        }
        return nil
    }

    static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        nonisolated(unsafe) var result: Result<T, any Error>?
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { result = .success(try await work()) } catch { result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try result!.get()
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("samenop-bench room: \(message)\n".utf8))
        exit(1)
    }
}

extension UInt8 {
    /// 0-9 for an ASCII digit.
    var digitValue: Int? { (48...57).contains(self) ? Int(self) - 48 : nil }
}

/// How long each of the store's commits of a vote took, from the ledger's thread.
final class Durations: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Double] = []

    func add(_ nanoseconds: UInt64) { lock.withLock { values.append(Double(nanoseconds) / 1e9) } }
    var all: [Double] { lock.withLock { values } }
}

/// When each phone first saw each count of votes.
final class Arrivals: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [[Int: UInt64]]

    init(phones: Int) { seen = Array(repeating: [:], count: phones) }

    func reset() { lock.withLock { seen = Array(repeating: [:], count: seen.count) } }

    func record(phone: Int, cast: Int, at: UInt64) {
        lock.withLock { if seen[phone][cast] == nil { seen[phone][cast] = at } }
    }

    func time(phone: Int, cast: Int) -> UInt64? { lock.withLock { seen[phone][cast] } }

    func all(cast: Int, except: Int) -> Bool {
        lock.withLock { seen.indices.allSatisfy { $0 == except || seen[$0][cast] != nil } }
    }
}
