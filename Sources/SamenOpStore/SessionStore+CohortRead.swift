import Foundation
import GRDB
import SamenOpEngine
import SamenOpModel

extension SessionStore {
    /// The stored sessions that match `filter`, oldest first, with their events: the same
    /// sessions as ``storedSessions(_:)``, read for `samenop stats` over thousands of them.
    ///
    /// One query whatever the number of sessions (SQLite gathers each session's events into one
    /// array), and the header and events read by ``StoredJSONReader`` rather than
    /// `JSONDecoder`, which alone took longer than the target for ten thousand sessions. A row
    /// the lean reader does not know the form of is decoded by `JSONDecoder`, so the result is
    /// always the same as ``storedSessions(_:)``'s. The store only reads: what the events mean
    /// is for the engine and the cohort to say.
    public func cohortSessions(_ filter: SessionFilter) throws(StoreError) -> [StoredSession] {
        let (sql, arguments) = filter.sessionRows
        return try read { db in
            var sessions: [StoredSession] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let headerText: String = row[0]
                let eventsText: String = row[3]
                sessions.append(StoredSession(
                    header: try Self.readHeader(headerText), scenarioPath: row[1],
                    events: try Self.readEvents(eventsText), finishedAt: row[2]))
            }
            return sessions
        }
    }

    /// A header, by the lean reader or else `JSONDecoder`.
    static func readHeader(_ text: String) throws -> SessionHeader {
        if let header = try? StoredJSONReader.header(text) { return header }
        return try JSONDecoder().decode(SessionHeader.self, from: Data(text.utf8))
    }

    /// A session's events, by the lean reader or else `JSONDecoder`.
    static func readEvents(_ text: String) throws -> [SessionEvent] {
        if let events = try? StoredJSONReader.events(text) { return events }
        return try JSONDecoder().decode([SessionEvent].self, from: Data(text.utf8))
    }
}

extension SessionFilter {
    /// The `WHERE` clause over `sessions s` and its arguments.
    /// The query for the matching sessions, each row its header, scenario path, end and its
    /// events gathered by SQLite into one JSON array; oldest first.
    var sessionRows: (String, [any DatabaseValueConvertible & Sendable]) {
        let (whereClause, arguments) = sqlCondition
        let sql = """
            SELECT s.header, s.scenarioPath, s.finishedAt,
                   (SELECT '[' || COALESCE(group_concat(event, ','), '') || ']'
                      FROM (SELECT event FROM events e WHERE e.sessionID = s.id ORDER BY e.sequence)) AS events
            FROM sessions s \(whereClause)
            ORDER BY s.startedAt, s.rowid
            """
        return (sql, arguments)
    }

    var sqlCondition: (String, [any DatabaseValueConvertible & Sendable]) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible & Sendable] = []
        if let ids {
            conditions.append("s.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))")
            arguments += ids
        }
        if let group { conditions.append("s.groupName = ?"); arguments.append(group) }
        if let scenario { conditions.append("s.scenarioID = ?"); arguments.append(scenario) }
        if let mode { conditions.append("s.mode = ?"); arguments.append(mode.rawValue) }
        if let since { conditions.append("s.startedAt >= ?"); arguments.append(since) }
        if let until { conditions.append("s.startedAt < ?"); arguments.append(until) }
        if finishedOnly { conditions.append("s.finishedAt IS NOT NULL") }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}
