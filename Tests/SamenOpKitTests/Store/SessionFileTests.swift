import Foundation
@testable import SamenOpEngine
@testable import SamenOpModel
@testable import SamenOpStore
import GRDB
import Testing

@Suite("Session files")
struct SessionFileTests {
    typealias F = EngineFixture

    /// A finished team session with two participants of one role, a vote with a reason and a note.
    static func teamSession(id: String = "team2345") throws -> Session {
        var header = F.header(mode: .team, id: id)
        header.group = "VT Noord, mei"
        var session = Session(scenario: F.scenario(), header: header)
        try session.join(name: "Anna de Vries", role: "politie", at: F.at(1))
        try session.join(name: "Bram Jansen", role: "politie", at: F.at(2))
        try session.vote(name: "Anna de Vries", shown: 2, reason: "samen sterker", at: F.at(3))
        try session.note("Anna twijfelt", at: F.at(4))
        try session.choose(shown: 2, at: F.at(5))
        try session.choose(shown: 1, at: F.at(6))
        return session
    }

    static func store(with sessions: [Session]) throws -> SessionStore {
        let store = try SessionStore.inMemory()
        for session in sessions { try store.create(session, scenarioPath: "/tmp/fixture.yaml") }
        return store
    }

    @Test("a session written as a line and parsed back is the stored session, group included")
    func roundTrip() throws {
        let store = try Self.store(with: [try Self.teamSession()])
        let stored = try store.load("team2345")
        let line = SessionFile.line(stored)
        #expect(line.contains("\"format\":\"samenop-session/1\""))
        let parsed = try SessionFile.parse(line + "\n\n") { _ in "/tmp/fixture.yaml" }
        #expect(parsed == [stored])
        #expect(parsed[0].header.group == "VT Noord, mei")
    }

    @Test("pseudonymised lines carry role labels for names, and still replay")
    func pseudonymise() throws {
        let store = try Self.store(with: [try Self.teamSession()])
        let line = SessionFile.line(try store.load("team2345"), pseudonymise: true)
        #expect(!line.contains("Anna de Vries") && !line.contains("Bram Jansen"))
        let parsed = try SessionFile.parse(line) { _ in "" }
        let replayed = try Session.replay(scenario: F.scenario(), header: parsed[0].header, events: parsed[0].events)
        #expect(replayed.state.participants.map(\.name) == ["politie", "politie 2"])
        #expect(replayed.state.steps[0].votes.map(\.name) == ["politie"])
    }

    @Test("a malformed line is refused with its number", arguments: [
        ("{not json", SessionFile.Failure.notJSON(line: 2)),
        ("{\"format\":\"samenop-session/2\"}", .wrongFormat(line: 2, found: "samenop-session/2")),
        ("{\"format\":\"samenop-session/1\",\"header\":{},\"scenario\":{},\"events\":[]}", .invalid(line: 2, field: "header.id")),
        ("{\"format\":\"samenop-session/1\",\"scenario\":{},\"events\":[]}", .invalid(line: 2, field: "header")),
    ])
    func malformed(bad: String, failure: SessionFile.Failure) throws {
        let store = try Self.store(with: [try Self.teamSession()])
        let good = SessionFile.line(try store.load("team2345"))
        #expect(throws: failure) { try SessionFile.parse(good + "\n" + bad + "\n") { _ in "" } }
    }

    @Test("the same id twice in one file is refused at its second line")
    func duplicate() throws {
        let store = try Self.store(with: [try Self.teamSession()])
        let good = SessionFile.line(try store.load("team2345"))
        #expect(throws: SessionFile.Failure.duplicate(line: 2, id: "team2345")) {
            try SessionFile.parse(good + "\n" + good) { _ in "" }
        }
    }

    @Test("import adds new sessions, skips stored ids, and filters by group afterwards")
    func importing() throws {
        let source = try Self.store(with: [try Self.teamSession(), F.session()])
        let all = try source.storedSessions(SessionFilter())
        let target = try Self.store(with: [F.session()])
        let outcome = try target.importSessions(all)
        #expect(outcome == ImportOutcome(added: ["team2345"], skipped: ["abcd2345"]))
        #expect(try target.sessions(group: "VT Noord, mei").map(\.id) == ["team2345"])
        #expect(try target.sessions().first { $0.id == "team2345" }?.group == "VT Noord, mei")
        #expect(try target.storedSessions(SessionFilter(group: "VT Noord, mei", finishedOnly: true)).map(\.header.id) == ["team2345"])
        #expect(try target.load("team2345") == source.load("team2345"))
    }

    @Test("an import that fails part-way stores nothing")
    func allOrNothing() throws {
        let source = try Self.store(with: [try Self.teamSession(id: "aaaa2345"), try Self.teamSession(id: "bbbb2345")])
        let all = try source.storedSessions(SessionFilter())
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-import-\(UUID().uuidString).sqlite").path
        let target = try SessionStore(path: path)
        // The second session's insert fails inside the transaction, after the first one's.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON sessions WHEN NEW.id = 'bbbb2345'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """)
        }
        #expect(throws: StoreError.self) { try target.importSessions(all) }
        #expect(try target.sessions().isEmpty)
    }
}
