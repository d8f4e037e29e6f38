import Foundation
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("SessionStore")
struct SessionStoreTests {
    typealias F = EngineFixture

    static func folder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-store-\(UUID().uuidString)").path
        return path
    }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
    }

    /// The process's file mode mask, read without changing it (`umask(2)` can only set it).
    static func umask() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
        return line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
    }

    /// Plays a few actions, committing each event as the REPL does.
    static func play(_ store: SessionStore, id: String = "abcd2345", finish: Bool = false) throws -> Session {
        var session = Session(scenario: F.scenario(), header: F.header(id: id))
        try store.create(session, scenarioPath: "/tmp/fixture.yaml")
        try session.note("waarom", at: F.at(1)); try store.record(session)
        try session.choose(shown: 2, at: F.at(2)); try store.record(session)
        try session.choose(shown: 2, at: F.at(3)); try store.record(session)
        try session.undo(at: F.at(4)); try store.record(session)
        if finish {
            try session.choose(shown: 1, at: F.at(5)); try store.record(session)
        }
        return session
    }

    @Test("a stored session loads back and replays to the same state")
    func roundTrip() throws {
        let store = try SessionStore.inMemory()
        let session = try Self.play(store)
        let stored = try store.load("abcd2345")
        #expect(stored.header == session.state.header)
        #expect(stored.scenarioPath == "/tmp/fixture.yaml")
        #expect(stored.events == session.state.events)
        #expect(stored.finishedAt == nil)
        let replayed = try Session.replay(scenario: F.scenario(), header: stored.header, events: stored.events)
        #expect(replayed.state == session.state)
    }

    @Test("sessions are listed newest first with steps taken and not undone")
    func listing() throws {
        let store = try SessionStore.inMemory()
        _ = try Self.play(store, id: "aaaa2222", finish: true)
        var later = Session(scenario: F.scenario(), header: SessionHeader(
            id: "bbbb3333", scenarioID: "fixture", scenarioSHA256: "sha-1", mode: .team, startedAt: F.at(60)))
        try store.create(later, scenarioPath: "/tmp/fixture.yaml")
        try later.choose(shown: 1, at: F.at(61)); try store.record(later)
        let summaries = try store.sessions()
        #expect(summaries.map(\.id) == ["bbbb3333", "aaaa2222"])
        #expect(summaries.map(\.steps) == [1, 2])
        #expect(summaries.map(\.mode) == [.team, .selfStudy])
        #expect(summaries[0].finishedAt == nil)
        #expect(summaries[1].finishedAt != nil)
        #expect(summaries[1].scenario == "fixture")
    }

    @Test("finishedAt follows the session: set at an ending, cleared by undo")
    func finished() throws {
        let store = try SessionStore.inMemory()
        var session = try Self.play(store, finish: true)
        #expect(try store.load("abcd2345").finishedAt != nil)
        try session.undo(at: F.at(9)); try store.record(session)
        #expect(try store.load("abcd2345").finishedAt == nil)
    }

    @Test("a session is found by a unique prefix of its id")
    func prefixes() throws {
        let store = try SessionStore.inMemory()
        _ = try Self.play(store, id: "abcd2345")
        _ = try Self.play(store, id: "abzz7777")
        #expect(try store.resolve("abc") == "abcd2345")
        #expect(try store.resolve("ABZ") == "abzz7777")
        #expect(throws: StoreError.ambiguousSession("ab", matches: ["abcd2345", "abzz7777"])) { try store.resolve("ab") }
        #expect(throws: StoreError.unknownSession("xyz")) { try store.load("xyz") }
        #expect(throws: StoreError.unknownSession("")) { try store.resolve("") }
    }

    @Test("new ids are 8 characters of lowercase base32")
    func ids() throws {
        let store = try SessionStore.inMemory()
        let ids = try (0..<50).map { _ in try store.newSessionID() }
        #expect(ids.allSatisfy { $0.count == 8 && $0.allSatisfy { "abcdefghijklmnopqrstuvwxyz234567".contains($0) } })
        #expect(Set(ids).count == 50)
    }

    @Test("an event appended twice at the same position is refused and changes nothing")
    func sequenceUnique() throws {
        let store = try SessionStore.inMemory()
        let session = try Self.play(store)
        #expect(throws: StoreError.self) { try store.record(session) }
        #expect(try store.load("abcd2345").events == session.state.events)
    }

    @Test("the file store is created with a 0700 folder and 0600 files, in WAL mode")
    func fileModes() throws {
        let folder = Self.folder() + "/nested/samenop"
        let path = folder + "/samenop.sqlite"
        let store = try SessionStore(path: path)
        _ = try Self.play(store)
        #expect(Self.mode(folder) == 0o700)
        // Only the store's own folder is private: parents made on the way get the usual mode.
        #expect(Self.mode((folder as NSString).deletingLastPathComponent) == 0o777 & ~Self.umask())
        #expect(Self.mode(path) == 0o600)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(Self.mode(path + "-wal") == 0o600)
        #expect(Self.mode(path + "-shm") == 0o600)
        let reader = try DatabaseQueue(path: path)
        #expect(try reader.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try reader.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == ["v1-sessions-and-events", "v2-session-groups"])
        // A second opening sees everything the first one committed.
        #expect(try SessionStore(path: path).load("abcd2345").events.count == 4)
    }

    @Test("several connections opening one new store at the same moment all succeed")
    func concurrentCreation() async throws {
        let path = Self.folder() + "/samenop.sqlite"
        // Each opening has its own connection, as two REPLs started at once would.
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<6 {
                group.addTask { (try? SessionStore(path: path)) != nil }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 6))
        let store = try SessionStore(path: path)
        _ = try Self.play(store)
        #expect(try store.sessions().count == 1)
    }

    @Test("a file that is not a database is refused and left untouched")
    func notADatabase() throws {
        let folder = Self.folder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/notes.txt"
        let text = String(repeating: "dit is geen database\n", count: 200)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notAStore(path: path)) { try SessionStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test("a store from a newer version is refused and left untouched")
    func newerVersion() throws {
        let path = Self.folder() + "/samenop.sqlite"
        do { _ = try Self.play(try SessionStore(path: path)) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        // Move everything into the main file, so that the comparison below sees all of it.
        _ = try queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerVersion(path: path)) { try SessionStore(path: path) }
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after == before ? true : false)
    }

    @Test("a folder that cannot be created is reported as permission denied", .enabled(if: getuid() != 0, "root may write anywhere"))
    func permissionDenied() throws {
        let folder = Self.folder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o500])
        #expect(throws: StoreError.permissionDenied(path: folder + "/sub")) { try SessionStore(path: folder + "/sub/s.sqlite") }
    }

    @Test("a read-only store file is reported as read-only when written", .enabled(if: getuid() != 0, "root ignores file modes"))
    func readOnly() throws {
        let path = Self.folder() + "/samenop.sqlite"
        _ = try Self.play(try SessionStore(path: path))
        chmod(path, 0o400)
        let result = Result { try SessionStore(path: path).create(Self.fresh(), scenarioPath: "x") }
        #expect(throws: StoreError.readOnly(path: path)) { try result.get() }
    }

    @Test("SQLite's and the system's failures map onto the store's errors")
    func errorMapping() {
        let path = "/x/samenop.sqlite"
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_FULL), path: path) == .diskFull(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_READONLY), path: path) == .readOnly(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_NOTADB), path: path) == .notAStore(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_PERM), path: path) == .permissionDenied(path: path))
        #expect(StoreError.fromSystem(path: path, errno: EACCES, reason: "") == .permissionDenied(path: path))
        #expect(StoreError.fromSystem(path: path, errno: EROFS, reason: "") == .readOnly(path: path))
        #expect(StoreError.fromSystem(path: path, errno: ENOSPC, reason: "") == .diskFull(path: path))
        #expect(StoreError.fromSystem(path: path, errno: EIO, reason: "I/O") == .failed(path: path, reason: "I/O"))
    }

    static func fresh() -> Session { Session(scenario: F.scenario(), header: F.header(id: "ffff6666")) }
}
