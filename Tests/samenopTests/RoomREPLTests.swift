import Foundation
import Testing
import SamenOpEngine
import SamenOpStore
import SamenOpRoom

#if canImport(Glibc)
import Glibc
#endif

/// The REPL with the room open, end to end through the binary; the room is bound to 127.0.0.1.
@Suite("Room: the REPL with phones", .serialized, .timeLimit(.minutes(3)))
struct RoomREPLTests {
    /// A running REPL: lines in, everything it printed so far out.
    final class Running: @unchecked Sendable {
        let process = Process()
        private let input = Pipe(), output = Pipe()
        private let lock = NSLock()
        private var printed = ""

        init(home: URL, store: String) throws {
            process.executableURL = Binary.executable
            process.arguments = ["repl"]
            process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TERM": "dumb", "LANG": "nl_NL.UTF-8",
                                   "HOME": home.path, "SAMENOP_STORE": store]
            process.currentDirectoryURL = Binary.packageRoot
            process.standardInput = input
            process.standardOutput = output
            process.standardError = output
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.withLock { self.printed += String(decoding: data, as: UTF8.self) }
            }
            try process.run()
        }

        func type(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

        var text: String { lock.withLock { printed } }

        /// Waits (at most 20 s) until the output matches `pattern`, and returns the match's first group.
        func wait(for pattern: String) -> String? {
            let regex = try! NSRegularExpression(pattern: pattern)
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                let now = text
                if let match = regex.firstMatch(in: now, range: NSRange(now.startIndex..., in: now)) {
                    return match.numberOfRanges > 1 ? Range(match.range(at: 1), in: now).map { String(now[$0]) } : ""
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return nil
        }

        func stop() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            output.fileHandleForReading.readabilityHandler = nil
        }
    }

    static let address = #"Deelnemers gaan naar: (http://127\.0\.0\.1:\d+/r/[A-Za-z0-9_-]+/)"#

    static func parse(_ url: String) -> (port: UInt16, code: String) {
        let parts = url.split(separator: "/")
        return (UInt16(parts[1].split(separator: ":")[1])!, String(parts[3]))
    }

    func join(_ client: LoopbackClient, _ code: String, _ name: String, _ role: String) throws -> String {
        let answer = try client.send("POST", "/r/\(code)/api/join", json: ["name": name, "role": role])
        try #require(answer.status == 200, "\(answer.text)")
        return try #require(answer.json()?["token"] as? String)
    }

    @Test("kill -9 after acknowledged phone votes and judgements; resume has them all, a new code, and the old code gets 404")
    func killAndResume() throws {
        let home = Binary.temporaryFolder(), store = home.appendingPathComponent("store.sqlite").path
        let first = try Running(home: home, store: store)
        defer { first.stop() }
        first.type("start het-plan-ligt-klaar team --in-order --zaal --bind 127.0.0.1 --port 0")
        let url = try #require(first.wait(for: Self.address), "\(first.text)")
        let (port, code) = Self.parse(url)
        let client = LoopbackClient(port: port)
        let anna = try join(client, code, "Anna", "politie"), bram = try join(client, code, "Bram", "veilig-thuis")
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: anna, json: ["step": 1, "shown": 1, "reason": "snel"]).status == 200)
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: bram, json: ["step": 1, "shown": 1]).status == 200)
        first.type("stand")
        #expect(first.wait(for: "\\(2 van 2 gestemd\\)") != nil)
        first.type("1")
        first.type("1")
        #expect(first.wait(for: "Stap 3") != nil)
        // Each sees only their own role's card.
        let annaCards = try client.send("GET", "/r/\(code)/api/state", token: anna).text
        #expect(annaCards.contains("\"id\":\"politie-registratie\"") && !annaCards.contains("vt-veiligheidsplan"))
        let bramCards = try client.send("GET", "/r/\(code)/api/state", token: bram).text
        #expect(bramCards.contains("\"id\":\"vt-veiligheidsplan\"") && !bramCards.contains("politie-registratie"))
        #expect(try client.send("GET", "/r/\(code)/api/cards/politie-registratie", token: bram).status == 403)
        first.type("1")
        #expect(first.wait(for: "Stap 4") != nil)
        #expect(try client.send("POST", "/r/\(code)/api/scale", token: anna, json: ["step": 4, "value": 3, "reason": "letsel"]).status == 200)
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: anna, json: ["step": 4, "shown": 1]).status == 200)
        first.type("schaal Bram 6 plan ligt er")
        #expect(first.wait(for: "Bram geeft veiligheid 6\\.") != nil)
        first.type("stand")
        #expect(first.wait(for: "Eigen oordelen over de veiligheid: 2 gegeven \\(verborgen tot `onthul`\\)\\.") != nil)
        let id = try #require(first.wait(for: "sessie ([a-z0-9]+), team"))
        first.stop()
        #expect(first.process.terminationReason == .uncaughtSignal)

        let stored = try SessionStore(path: store).load(id)
        let kinds = stored.events.map { event -> String in
            switch event {
            case .roomVote(let name, let shown, _, _): "room-vote \(name) \(shown)"
            case .scale(let name, let value, _, let phone, _): "scale \(name) \(value) \(phone)"
            case .join(let name, _, _): "join \(name)"
            case .choose(_, let shown, _, _, _): "choose \(shown)"
            default: "other"
            }
        }
        #expect(kinds == ["join Anna", "join Bram", "room-vote Anna 1", "room-vote Bram 1", "choose 1", "choose 1", "choose 1",
                          "scale Anna 3 true", "room-vote Anna 1", "scale Bram 6 false"])

        let second = try Running(home: home, store: store)
        defer { second.stop() }
        second.type("hervat \(id) --bind 127.0.0.1 --port 0")
        let reopened = try #require(second.wait(for: Self.address), "\(second.text)")
        let (newPort, newCode) = Self.parse(reopened)
        #expect(newCode != code)
        let again = LoopbackClient(port: newPort)
        #expect(try again.send("GET", "/r/\(code)/api/state", token: anna).status == 404)
        #expect(try again.send("GET", "/r/\(code)/").status == 404)
        // Anna's phone joins again under her name and role and finds her vote and judgement.
        let annaAgain = try join(again, newCode, "Anna", "politie")
        let state = try again.send("GET", "/r/\(newCode)/api/state", token: annaAgain).text
        #expect(state.contains(#""myVote":{"shown":1}"#))
        #expect(state.contains(#""myScale":{"reason":"letsel","value":3}"#))
        #expect(state.contains(#""votes":{"cast":1,"of":2}"#))
        #expect(state.contains(#""revealed":false"#) && !state.contains("tally"))
        second.type("onthul")
        #expect(second.wait(for: "Stemmen en oordelen zijn nu zichtbaar voor de zaal\\.") != nil)
        second.type("stand")
        #expect(second.wait(for: "Politie \\(noodhulp\\): 3") != nil)
        #expect(second.wait(for: "Veilig Thuis \\(crisisdienst\\): 6") != nil)
        let revealed = try again.send("GET", "/r/\(newCode)/api/state", token: annaAgain).text
        #expect(revealed.contains(#""tally":[{"shown":1,"votes":1}"#))
        second.type("zaal dicht")
        #expect(second.wait(for: "De zaal is dicht; de oude code werkt niet meer\\.") != nil)
        #expect((try? again.send("GET", "/r/\(newCode)/api/state", token: annaAgain).status) != 200)
        second.type("stop")
        second.process.waitUntilExit()
        #expect(second.process.terminationStatus == 0)
    }
}
