import Foundation
@testable import SamenOpEngine
@testable import SamenOpStore
import GRDB
import Testing

/// `SessionStore.delete`: a session goes with everything stored with it, in one transaction,
/// and a session open elsewhere or an unknown id deletes nothing (trainer trial, finding 17).
@Suite("SessionStore: deleting")
struct SessionStoreDeletingTests {
    typealias F = EngineFixture

    /// A store in a fresh folder (a file, so that sessions can be claimed by a lock).
    static func fileStore() throws -> (store: SessionStore, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-delete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("store.sqlite").path
        return (try SessionStore(path: path), path)
    }

    /// A team session in group "VT Noord" with participants, a typed vote, a room vote and a
    /// safety judgement stored: 5 events.
    static func team(_ store: SessionStore, id: String) throws {
        var header = F.header(mode: .team, id: id)
        header.group = "VT Noord"
        var session = Session(scenario: F.scenario(), header: header)
        try store.create(session, scenarioPath: "/tmp/fixture.yaml")
        try session.join(name: "Sanne", role: "politie", at: F.at(1)); try store.record(session)
        try session.join(name: "Ahmed", role: "vt", at: F.at(2)); try store.record(session)
        try session.vote(name: "Sanne", shown: 2, reason: "samen", at: F.at(3)); try store.record(session)
        try session.vote(name: "Ahmed", shown: 2, reason: nil, from: .room, at: F.at(4)); try store.record(session)
        // The store keeps any event it is given; a judgement needs no scale scene here.
        try store.append(.scale(name: "Ahmed", value: 4, reason: "twijfel", phone: true, at: F.at(5)),
                         sequence: 4, to: id, finishedAt: nil)
    }

    /// Rows in `table` for `id`, counted straight from the file.
    static func rows(_ path: String, _ sql: String, _ id: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: sql, arguments: [id]) ?? -1 }
    }

    @Test("a team session goes with its events, votes, judgements and group; the other session stays as it was")
    func deletesEverything() throws {
        let (store, path) = try Self.fileStore()
        try Self.team(store, id: "team2345")
        _ = try SessionStoreTests.play(store, id: "solo2345", finish: true)
        let other = try store.load("solo2345")
        #expect(try store.delete(["team2345"]) == 5)
        #expect(try store.sessions().map(\.id) == ["solo2345"])
        #expect(try store.sessions(group: "VT Noord").isEmpty)
        #expect(throws: StoreError.unknownSession("team2345")) { try store.load("team2345") }
        #expect(try Self.rows(path, "SELECT COUNT(*) FROM events WHERE sessionID = ?", "team2345") == 0)
        #expect(try Self.rows(path, "SELECT COUNT(*) FROM sessions WHERE id = ?", "team2345") == 0)
        #expect(try store.load("solo2345") == other)
    }

    @Test("a finished session is deleted like an unfinished one")
    func finished() throws {
        let store = try SessionStore.inMemory()
        _ = try SessionStoreTests.play(store, id: "klaar234", finish: true)
        #expect(try store.load("klaar234").finishedAt != nil)
        #expect(try store.delete(["klaar234"]) == 5)
        #expect(try store.sessions().isEmpty)
    }

    @Test("an unknown id, or only the start of an id, deletes nothing: ids are exact here")
    func unknownDeletesNothing() throws {
        let store = try SessionStore.inMemory()
        _ = try SessionStoreTests.play(store, id: "abcd2345")
        _ = try SessionStoreTests.play(store, id: "efgh2345")
        #expect(throws: StoreError.unknownSession("zzzz9999")) { try store.delete(["abcd2345", "zzzz9999"]) }
        #expect(throws: StoreError.unknownSession("efgh")) { try store.delete(["efgh"]) }
        #expect(try store.sessions().map(\.id).sorted() == ["abcd2345", "efgh2345"])
        #expect(try store.load("abcd2345").events.count == 4)
    }

    @Test("a session claimed by another samenop is refused and nothing is deleted; once released it goes")
    func lockedRefused() throws {
        let (store, path) = try Self.fileStore()
        _ = try SessionStoreTests.play(store, id: "open2345")
        _ = try SessionStoreTests.play(store, id: "free2345")
        var claim: SessionLock? = try SessionLock.claim("open2345", storePath: path)
        #expect(throws: StoreError.sessionOpenElsewhere("open2345")) { try store.delete(["free2345", "open2345"]) }
        #expect(try store.sessions().count == 2)
        #expect(claim != nil)
        claim = nil
        #expect(try store.delete(["free2345", "open2345", "free2345"]) == 8)
        #expect(try store.sessions().isEmpty)
        // The deleting run holds no claim afterwards: the id can be claimed again.
        #expect(throws: Never.self) { try SessionLock.claim("open2345", storePath: path) }
    }
}
