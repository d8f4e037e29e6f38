import Foundation
import GRDB
import SamenOpEngine
import SamenOpModel

/// Which stored sessions a cross-session command (`stats`, `export`, `xapi`) reads.
public struct SessionFilter: Sendable, Hashable {
    /// Exact session ids; `nil` for any.
    public var ids: [String]?
    public var group: String?
    public var scenario: String?
    public var mode: SessionMode?
    /// Started at or after.
    public var since: Date?
    /// Started before.
    public var until: Date?
    /// Only sessions that reached an ending.
    public var finishedOnly: Bool

    public init(
        ids: [String]? = nil, group: String? = nil, scenario: String? = nil, mode: SessionMode? = nil,
        since: Date? = nil, until: Date? = nil, finishedOnly: Bool = false
    ) {
        self.ids = ids
        self.group = group
        self.scenario = scenario
        self.mode = mode
        self.since = since
        self.until = until
        self.finishedOnly = finishedOnly
    }
}

/// What ``SessionStore/importSessions(_:)`` did.
public struct ImportOutcome: Sendable, Hashable {
    /// Ids added, in file order.
    public var added: [String]
    /// Ids already in the store, left as they were.
    public var skipped: [String]
}

extension SessionStore {
    /// The stored sessions that match `filter`, oldest first, with their events.
    ///
    /// Two queries whatever the number of sessions, and one JSON decode per session (its
    /// events gathered by SQLite into one array), so that `stats` over ten thousand sessions
    /// spends its time on the figures, not on reading.
    public func storedSessions(_ filter: SessionFilter) throws(StoreError) -> [StoredSession] {
        let (sql, arguments) = filter.sessionRows
        let rows = try read { db in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) }
        let decoder = JSONDecoder()
        var sessions: [StoredSession] = []
        sessions.reserveCapacity(rows.count)
        for row in rows {
            let headerText: String = row["header"]
            let eventsText: String = row["events"]
            do {
                let header = try decoder.decode(SessionHeader.self, from: Data(headerText.utf8))
                let events = try decoder.decode([SessionEvent].self, from: Data(eventsText.utf8))
                sessions.append(StoredSession(
                    header: header, scenarioPath: row["scenarioPath"], events: events, finishedAt: row["finishedAt"]))
            } catch {
                throw .failed(path: path, reason: "\(error)")
            }
        }
        return sessions
    }

    /// Adds `sessions` (from a session file) in one transaction: all of them or, on any
    /// failure, none. Sessions whose id is already stored are skipped and left as they were.
    @discardableResult
    public func importSessions(_ sessions: [StoredSession]) throws(StoreError) -> ImportOutcome {
        var prepared: [(SessionRecord, [EventRecord])] = []
        for stored in sessions {
            let header = stored.header
            let record = SessionRecord(
                id: header.id, scenarioID: header.scenarioID, scenarioSHA256: header.scenarioSHA256,
                mode: header.mode.rawValue, startedAt: header.startedAt, finishedAt: stored.finishedAt,
                scenarioPath: stored.scenarioPath, header: try Self.json(header), groupName: header.group)
            let events = try stored.events.enumerated().map { (i, event) throws(StoreError) in
                try Self.eventRecord(event, sessionID: header.id, sequence: i)
            }
            prepared.append((record, events))
        }
        return try write { db in
            var outcome = ImportOutcome(added: [], skipped: [])
            for (record, events) in prepared {
                if try SessionRecord.exists(db, key: record.id) {
                    outcome.skipped.append(record.id)
                    continue
                }
                try record.insert(db)
                for event in events { try event.insert(db) }
                outcome.added.append(record.id)
            }
            return outcome
        }
    }
}
