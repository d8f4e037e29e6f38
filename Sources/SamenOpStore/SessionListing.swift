import Foundation
import GRDB
import SamenOpEngine

/// What `samenop sessions` gets from the store: the sessions it could read, and the rows it
/// could not.
public struct SessionListing: Sendable, Hashable {
    /// Newest first.
    public var sessions: [SessionSummary]
    /// Rows skipped because a column could not be read.
    public var damaged: [DamagedSession]

    public init(sessions: [SessionSummary], damaged: [DamagedSession]) {
        self.sessions = sessions
        self.damaged = damaged
    }
}

/// A stored session whose row is damaged: its id (as far as it can be read) and the column.
public struct DamagedSession: Error, Sendable, Hashable {
    public var id: String
    public var column: String
}

extension SessionSummary {
    /// The summary in `row`, or which column is damaged. GRDB's typed subscripts trap on a
    /// value that does not convert (a date written as `gisteren`); these conversions do not.
    static func read(_ row: Row) -> Result<SessionSummary, DamagedSession> {
        let idValue: DatabaseValue = row["id"]
        let id = String.fromDatabaseValue(idValue) ?? idValue.description
        func damaged(_ column: String) -> Result<SessionSummary, DamagedSession> {
            .failure(DamagedSession(id: id, column: column))
        }
        guard String.fromDatabaseValue(idValue) != nil else { return damaged("id") }
        guard let scenario = String.fromDatabaseValue(row["scenarioID"]) else { return damaged("scenarioID") }
        guard let modeText = String.fromDatabaseValue(row["mode"]) else { return damaged("mode") }
        let mode = SessionMode(rawValue: modeText) ?? .selfStudy
        guard let startedAt = Date.fromDatabaseValue(row["startedAt"]) else { return damaged("startedAt") }
        let finishedValue: DatabaseValue = row["finishedAt"]
        var finishedAt: Date?
        if !finishedValue.isNull {
            guard let date = Date.fromDatabaseValue(finishedValue) else { return damaged("finishedAt") }
            finishedAt = date
        }
        let steps = Int.fromDatabaseValue(row["steps"]) ?? 0
        return .success(SessionSummary(id: id, scenario: scenario, mode: mode, startedAt: startedAt,
                                       finishedAt: finishedAt, steps: steps))
    }
}
