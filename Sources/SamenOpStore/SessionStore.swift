import Foundation
import SamenOpEngine
import SamenOpModel
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `samenop sessions` lists about one stored session.
public struct SessionSummary: Sendable, Hashable {
    public var id: String
    public var scenario: String
    public var mode: SessionMode
    public var startedAt: Date
    /// `nil` while the session has not reached an ending.
    public var finishedAt: Date?
    /// Decisions taken and not undone.
    public var steps: Int
}

/// A stored session as recorded: enough to rebuild it with ``Session/replay(scenario:header:events:)``.
public struct StoredSession: Sendable, Hashable {
    public var header: SessionHeader
    /// The scenario file the session was started on.
    public var scenarioPath: String
    public var events: [SessionEvent]
    public var finishedAt: Date?
}

/// The session store: an SQLite file (through GRDB) that holds every session's header and
/// events.
///
/// Every event is committed the moment it happens, in its own transaction, so that a crash,
/// a closed laptop or `kill -9` loses nothing; ``Session/replay(scenario:header:events:)``
/// rebuilds the exact state later. The file and its WAL companions are readable by their owner
/// only (0600), its folder is created 0700.
///
/// ```swift
/// let store = try SessionStore(path: "~/.local/share/samenop/samenop.sqlite")
/// try store.create(session, scenarioPath: path)
/// try session.choose(shown: 2, at: Date())
/// try store.record(session)
/// ```
public struct SessionStore: Sendable {
    /// The database file, or `:memory:`.
    public let path: String
    private let writer: any DatabaseWriter

    /// Opens the store at `path`, creating it (and its folder) on first use.
    ///
    /// Refuses a file that is not an SQLite database, and a store written by a newer version
    /// of samenop (leaving it untouched). A store that cannot be written (read-only media) is
    /// opened for reading only; a store that several processes create at once is created once.
    public init(path: String) throws(StoreError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do { try SecureFile.createPrivateFolder(folder) } catch {
                // FileManager's error does not keep errno; ask the nearest existing parent why.
                var parent = (folder as NSString).deletingLastPathComponent
                while !parent.isEmpty, parent != "/", !FileManager.default.fileExists(atPath: parent) {
                    parent = (parent as NSString).deletingLastPathComponent
                }
                let code = access(parent.isEmpty ? "." : parent, W_OK | X_OK) == 0 ? 0 : errno
                throw StoreError.fromSystem(path: folder, errno: code, reason: error.reason)
            }
        }
        let lock = OpeningLock(folder: folder)
        defer { lock.release() }
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        if Self.isReadOnly(path: path) {
            writer = try Self.openReadOnly(path: path, configuration: configuration)
            try read { db in
                if try Self.migrator.hasBeenSuperseded(db) { throw StoreError.newerVersion(path: path) }
                // An incomplete store cannot be migrated here; say it is read-only.
                if try !Self.migrator.hasCompletedMigrations(db) { throw StoreError.readOnly(path: path) }
            }
            return
        }
        if !FileManager.default.fileExists(atPath: path) {
            // Create the file ourselves so that it is 0600 from the first byte; SQLite gives
            // the -wal and -shm files the main file's permissions.
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd < 0, errno != EEXIST {
                throw StoreError.fromSystem(path: path, errno: errno, reason: String(cString: strerror(errno)))
            }
            if fd >= 0 { close(fd) }
        }
        // FULL: a committed event survives a power cut too, not only a crash (sessions are small).
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            writer = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError(error, path: path)
        }
        try migrate()
        // Take away what group and others may do with an older or hand-made file; never add
        // rights (a store its owner made read-only stays read-only).
        for suffix in ["", "-wal", "-shm"] {
            var info = stat()
            if stat(path + suffix, &info) == 0, info.st_mode & 0o077 != 0 {
                chmod(path + suffix, info.st_mode & 0o700)
            }
        }
    }

    private init(memory writer: DatabaseQueue) throws(StoreError) {
        path = ":memory:"
        self.writer = writer
        try migrate()
    }

    /// A store that lives in memory only (tests).
    public static func inMemory() throws(StoreError) -> SessionStore {
        do {
            return try SessionStore(memory: DatabaseQueue())
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, path: ":memory:")
        }
    }

    /// Refuses a newer store before writing anything, then switches to WAL and migrates.
    ///
    /// WAL is set here rather than through GRDB's `journalMode` option, which writes a dummy
    /// transaction on opening, so that a refused store stays byte for byte as it was.
    private func migrate() throws(StoreError) {
        let migrator = Self.migrator
        try read { db in
            if try migrator.hasBeenSuperseded(db) { throw StoreError.newerVersion(path: path) }
        }
        do {
            if path != ":memory:" {
                try writer.writeWithoutTransaction { db in
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                }
            }
            try migrateAcrossProcesses(migrator)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Runs the migrations, tolerating another process that migrates the same new file at
    /// the same moment (two REPLs started at once on a fresh store).
    ///
    /// GRDB reads which migrations were applied before it takes the write lock, so the
    /// slower of two processes may try to create the tables again and fail. That failure is
    /// harmless when the other process has completed the migrations meanwhile: check, and
    /// try again a few times before giving up.
    private func migrateAcrossProcesses(_ migrator: DatabaseMigrator) throws {
        var attempt = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                attempt += 1
                if (try? writer.read({ try migrator.hasCompletedMigrations($0) })) == true { return }
                if attempt >= 5 { throw error }
                usleep(UInt32(20_000 * attempt))
            }
        }
    }

    // MARK: - Writing

    /// A new session id: 8 characters of base32, unique in this store.
    public func newSessionID() throws(StoreError) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        while true {
            let id = String((0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
            let exists = try read { db in try SessionRecord.exists(db, key: id) }
            if !exists { return id }
        }
    }

    /// Records a new session (its header, and any events it already has).
    public func create(_ session: Session, scenarioPath: String) throws(StoreError) {
        let header = session.state.header
        let record = SessionRecord(
            id: header.id, scenarioID: header.scenarioID, scenarioSHA256: header.scenarioSHA256,
            mode: header.mode.rawValue, startedAt: header.startedAt, finishedAt: session.state.finishedAt,
            scenarioPath: scenarioPath, header: try Self.json(header))
        let events = try session.state.events.enumerated().map { (i, event) throws(StoreError) in
            try Self.eventRecord(event, sessionID: header.id, sequence: i)
        }
        try write { db in
            try record.insert(db)
            for event in events { try event.insert(db) }
        }
    }

    /// Commits the session's last event, and its finished state, in one transaction.
    ///
    /// Call it right after each successful action on the session.
    public func record(_ session: Session) throws(StoreError) {
        guard let event = session.lastEvent else { return }
        try append(event, sequence: session.state.events.count - 1, to: session.state.header.id,
                   finishedAt: session.state.finishedAt)
    }

    /// Commits one event at position `sequence` and sets the session's `finishedAt`.
    public func append(_ event: SessionEvent, sequence: Int, to sessionID: String, finishedAt: Date?) throws(StoreError) {
        let record = try Self.eventRecord(event, sessionID: sessionID, sequence: sequence)
        try write { db in
            guard try SessionRecord.exists(db, key: sessionID) else { throw StoreError.unknownSession(sessionID) }
            // Another process wrote this position first: the session went on elsewhere.
            let taken = try EventRecord.filter(EventRecord.Columns.sessionID == sessionID && EventRecord.Columns.sequence == sequence)
                .fetchCount(db) > 0
            guard !taken else { throw StoreError.sessionMovedOn(sessionID) }
            try record.insert(db)
            try SessionRecord.filter(key: sessionID).updateAll(db, SessionRecord.Columns.finishedAt.set(to: finishedAt))
        }
    }

    // MARK: - Reading

    /// All stored sessions, newest first; a damaged row is left out (see ``listing()``).
    public func sessions() throws(StoreError) -> [SessionSummary] {
        try listing().sessions
    }

    /// All stored sessions, newest first, and the rows that could not be read.
    ///
    /// A row whose date, id or mode is damaged (edited by hand, a disk error) is skipped and
    /// named, so that one bad row never hides the others or stops the program.
    public func listing() throws(StoreError) -> SessionListing {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.id, s.scenarioID, s.mode, s.startedAt, s.finishedAt,
                       COALESCE(SUM(e.kind = 'choose'), 0) - COALESCE(SUM(e.kind = 'undo'), 0) AS steps
                FROM sessions s LEFT JOIN events e ON e.sessionID = s.id
                GROUP BY s.id ORDER BY s.startedAt DESC, s.rowid DESC
                """)
            var listing = SessionListing(sessions: [], damaged: [])
            for row in rows {
                switch SessionSummary.read(row) {
                case .success(let summary): listing.sessions.append(summary)
                case .failure(let damaged): listing.damaged.append(damaged)
                }
            }
            return listing
        }
    }

    /// The session whose id is `idOrPrefix`, or the only one whose id starts with it.
    public func resolve(_ idOrPrefix: String) throws(StoreError) -> String {
        let wanted = idOrPrefix.lowercased()
        let ids = try read { db in try String.fetchAll(db, sql: "SELECT id FROM sessions ORDER BY id") }
        if ids.contains(wanted) { return wanted }
        let matches = wanted.isEmpty ? [] : ids.filter { $0.hasPrefix(wanted) }
        switch matches.count {
        case 0: throw .unknownSession(idOrPrefix)
        case 1: return matches[0]
        default: throw .ambiguousSession(idOrPrefix, matches: matches)
        }
    }

    /// The stored session with this id (or unique id prefix).
    public func load(_ idOrPrefix: String) throws(StoreError) -> StoredSession {
        let id = try resolve(idOrPrefix)
        let (record, events) = try read { db in
            guard let record = try SessionRecord.fetchOne(db, key: id) else { throw StoreError.unknownSession(id) }
            let events = try EventRecord.filter(EventRecord.Columns.sessionID == id)
                .order(EventRecord.Columns.sequence).fetchAll(db)
            return (record, events)
        }
        let decoder = JSONDecoder()
        do {
            let header = try decoder.decode(SessionHeader.self, from: Data(record.header.utf8))
            let decoded = try events.map { try decoder.decode(SessionEvent.self, from: Data($0.event.utf8)) }
            return StoredSession(header: header, scenarioPath: record.scenarioPath, events: decoded, finishedAt: record.finishedAt)
        } catch {
            throw .failed(path: path, reason: "session \(id): \(error)")
        }
    }

    // MARK: - Internals

    private static func json(_ value: some Encodable) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .failed(path: "", reason: "\(error)")
        }
    }

    private static func eventRecord(_ event: SessionEvent, sessionID: String, sequence: Int) throws(StoreError) -> EventRecord {
        EventRecord(sessionID: sessionID, sequence: sequence, kind: event.kind, event: try json(event), at: event.date)
    }

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError(error, path: path)
        }
    }
}
