import Foundation
import Testing
@testable import SamenOpModel
@testable import SamenOpEngine
@testable import SamenOpStore
@testable import SamenOpReport
@testable import SamenOpRoom

/// The room over HTTP on 127.0.0.1 only, bounded in count and time (room.md).
@Suite("Room: the HTTP API on loopback", .serialized, .timeLimit(.minutes(3)))
struct RoomServerTests {
    func join(_ client: LoopbackClient, _ code: String, _ name: String, _ role: String) throws -> String {
        let answer = try client.send("POST", "/r/\(code)/api/join", json: ["name": name, "role": role])
        try #require(answer.status == 200, "\(answer.status) \(answer.text)")
        return try #require(answer.json()?["token"] as? String)
    }

    @Test("wrong code 404 with no body, no token 401, other role's card 403, unknown card 404, 413, 409, 400 and 429")
    func statuses() async throws {
        let (server, _, client) = try await RoomFixture.open()
        let result = await offPool { try self.statuses(server, client) }
        await server.close()
        try result.get()
    }

    func statuses(_ server: RoomServer, _ client: LoopbackClient) throws {
        let code = server.code
        #expect(server.code.count >= 16)
        let wrong = try client.send("GET", "/r/AAAAAAAAAAAAAAAAAAAAAA/api/state")
        #expect(wrong.status == 404)
        #expect(wrong.body.isEmpty)
        #expect(try client.send("GET", "/").status == 404)
        #expect(try client.send("GET", "/r/\(code)/api/state").status == 401)
        #expect(try client.send("GET", "/r/\(code)/api/state", token: "not-a-token").status == 401)
        #expect(try client.send("GET", "/r/\(code)/scherm?key=wrong").status == 401)

        let page = try client.send("GET", "/r/\(code)/")
        #expect(page.status == 200)
        #expect(page.headers["content-security-policy"] == "default-src 'self'")
        #expect(page.text.contains("<html lang=\"nl\">"))

        #expect(try client.send("POST", "/r/\(code)/api/join", json: ["name": "", "role": "vt"]).status == 400)
        #expect(try client.send("POST", "/r/\(code)/api/join", json: ["name": String(repeating: "x", count: 61), "role": "vt"]).status == 400)
        #expect(try client.send("POST", "/r/\(code)/api/join", json: ["name": "Anna", "role": "brandweer"]).status == 400)
        let anna = try join(client, code, "Anna", "politie")
        #expect(try client.send("POST", "/r/\(code)/api/join", json: ["name": "anna", "role": "politie"]).status == 409)

        #expect(try client.send("GET", "/r/\(code)/api/cards/pol", token: anna).status == 200)
        #expect(try client.send("GET", "/r/\(code)/api/cards/a", token: anna).status == 200)
        #expect(try client.send("GET", "/r/\(code)/api/cards/vtk", token: anna).status == 403)
        #expect(try client.send("GET", "/r/\(code)/api/cards/nope", token: anna).status == 404)

        let big = Data(repeating: UInt8(ascii: "a"), count: 5000)
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: anna, body: big).status == 413)
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: anna, json: ["step": 1, "shown": 9]).status == 400)
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: anna, json: ["step": 2, "shown": 1]).status == 409)
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: anna,
                                json: ["step": 1, "shown": 1, "reason": String(repeating: "r", count: 501)]).status == 400)
        #expect(try client.send("POST", "/r/\(code)/api/scale", token: anna, json: ["step": 1, "value": 11]).status == 400)

        // Flooding: more than 20 requests in a second from one token.
        let bram = try join(client, code, "Bram", "vt")
        var statuses: [Int] = []
        for _ in 0..<25 { statuses.append(try client.send("GET", "/r/\(code)/api/state", token: bram).status) }
        #expect(statuses.contains(429))
        #expect(statuses.prefix(20).allSatisfy { $0 == 200 })
    }

    @Test("the state shows own and open cards only, the tally and the spread only after reveal")
    func stateAndReveal() async throws {
        let (server, _, client) = try await RoomFixture.open()
        let result = await offPool { try self.stateAndReveal(server, client) }
        await server.close()
        try result.get()
    }

    func stateAndReveal(_ server: RoomServer, _ client: LoopbackClient) throws {
        let code = server.code
        let anna = try join(client, code, "Anna", "politie")
        let state = try #require(client.send("GET", "/r/\(code)/api/state", token: anna).json())
        #expect((state["cards"] as? [[String: Any]])?.map { $0["id"] as? String } == ["a", "pol"])
        #expect(state["tally"] == nil)
        #expect(state["askScale"] as? Bool == true)
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: anna, json: ["step": 1, "shown": 2, "reason": "<b>samen</b>"]).status == 200)
        #expect(try client.send("POST", "/r/\(code)/api/scale", token: anna, json: ["step": 1, "value": 4, "reason": "dreiging"]).status == 200)
        let after = try #require(client.send("GET", "/r/\(code)/api/state", token: anna).json())
        let text = try client.send("GET", "/r/\(code)/api/state", token: anna).text
        #expect(text.contains(#""myVote":{"reason":"<b>samen</b>","shown":2}"#))
        #expect(text.contains(#""myScale":{"reason":"dreiging","value":4}"#))
        #expect(text.contains(#""votes":{"cast":1,"of":1}"#))
        #expect(after["revealed"] as? Bool == false)
        let screen = try #require(client.send("GET", "/r/\(code)/api/screen?key=\(server.trainerKey)").json())
        #expect(screen["spread"] == nil)
        #expect(screen["tally"] == nil)

        try server.ledger.perform { try $0.revealVotes(at: Date()) }
        let revealed = try client.send("GET", "/r/\(code)/api/state", token: anna).text
        #expect(revealed.contains(#""tally":[{"shown":1,"votes":0},{"shown":2,"votes":1}]"#))
        let shown = try client.send("GET", "/r/\(code)/api/screen?key=\(server.trainerKey)").text
        #expect(shown.contains(#""spread":[{"role":"politie","values":[4]}]"#))
        #expect(shown.contains(#""veiligheid":3"#))
        #expect(!shown.contains("names"), "names only when the trainer asks")
        server.ledger.showsNames = true
        let named = try client.send("GET", "/r/\(code)/api/screen?key=\(server.trainerKey)").text
        #expect(named.contains(#""names":[{"name":"Anna","reason":"<b>samen</b>","role":"politie","scale":4,"shown":2}]"#))
    }

    @Test("30 phones join and vote: every acknowledged vote is stored and reported; none saw the tally or another role's card before reveal")
    func thirtyPhones() async throws {
        let (server, store, client) = try await RoomFixture.open()
        let code = server.code
        let phones = (0..<30).map { (name: "Deelnemer \($0)", role: $0 % 2 == 0 ? "politie" : "vt") }
        let opened = await offPool { () throws -> ([String], [EventReader]) in
            var tokens: [String] = []
            for phone in phones { tokens.append(try self.join(client, code, phone.name, phone.role)) }
            return (tokens, try tokens.map { try client.events("/r/\(code)/api/events", token: $0) })
        }
        let (tokens, readers) = try opened.get()
        let seen = SeenEvents(count: 30)
        let reading = (0..<30).map { i in
            Thread.detached(name: "phone \(i)") {
                while let data = readers[i].next() {
                    seen.add(i, data)
                    if let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any], json["revealed"] as? Bool == true { break }
                }
            }
        }
        let acknowledged = SeenEvents(count: 30)
        let voting = tokens.enumerated().map { i, token in
            Thread.detached(name: "vote \(i)") {
                let answer = try? client.send("POST", "/r/\(code)/api/vote", token: token,
                                              json: ["step": 1, "shown": i % 2 + 1, "reason": "reden \(i)"])
                if answer?.status == 200 { acknowledged.add(i, Data()) }
            }
        }
        for thread in voting { await thread.value }
        #expect(acknowledged.phones == 30)
        try await Task.sleep(for: .milliseconds(300))
        let beforeReveal = seen.all()
        try server.ledger.perform { try $0.revealVotes(at: Date()) }
        for thread in reading { await thread.value }
        await server.close()

        for (i, messages) in beforeReveal.enumerated() {
            let own = phones[i].role == "politie" ? "pol" : "vtk", other = phones[i].role == "politie" ? "vtk" : "pol"
            for data in messages {
                let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                #expect(json["tally"] == nil)
                let cards = (json["cards"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(cards == ["a", own])
                #expect(!String(decoding: data, as: UTF8.self).contains("Kaart \(other)"))
            }
        }
        let last = seen.all().map { $0.last.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } }
        #expect(last.allSatisfy { ($0?["tally"] as? [[String: Int]])?.map { $0["votes"] } == [15, 15] })

        let stored = try store.load(server.ledger.session.state.header.id)
        let votes = stored.events.compactMap { event -> String? in
            if case .roomVote(let name, _, _, _) = event { return name }
            return nil
        }
        #expect(Set(votes) == Set(phones.map(\.name)))
        var session = try Session.replay(scenario: RoomFixture.scenario(), header: stored.header, events: stored.events)
        try session.choose(shown: 2, at: Date())
        let report = ReportRenderer.render(session: session, format: .md, language: .nl)
        for i in 0..<30 { #expect(report.contains("reden \(i)")) }
    }
}

/// Runs blocking client calls on a thread of their own, so that they never hold one of the
/// few threads the server's tasks run on.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async -> Result<T, any Error> {
    let box = ResultHolder<T>()
    await Thread.detached(name: "client") { box.result = Result { try work() } }.value
    return box.result ?? .failure(CancellationError())
}

final class ResultHolder<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// What each phone received, gathered from the reader threads.
final class SeenEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [[Data]]

    init(count: Int) { messages = Array(repeating: [], count: count) }

    func add(_ phone: Int, _ data: Data) { lock.withLock { messages[phone].append(data) } }
    func all() -> [[Data]] { lock.withLock { messages } }
    var phones: Int { lock.withLock { messages.count { !$0.isEmpty } } }
}

extension Thread {
    /// Runs blocking work on its own thread (a reader of one event stream) and awaits it.
    static func detached(name: String, _ work: @escaping @Sendable () -> Void) -> Task<Void, Never> {
        Task {
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                let thread = Thread {
                    work()
                    done.resume()
                }
                thread.name = name
                thread.start()
            }
        }
    }
}
