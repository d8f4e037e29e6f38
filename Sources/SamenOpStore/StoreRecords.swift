import Foundation
import GRDB
import SamenOpEngine
import SamenOpModel

/// A row of the `sessions` table: the header of one session.
///
/// The readable columns are for listing and sorting; `header` holds the exact
/// ``SessionHeader`` as JSON, so that a replay starts from the very same values.
struct SessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sessions"

    var id: String
    var scenarioID: String
    var scenarioSHA256: String
    var mode: String
    var startedAt: Date
    var finishedAt: Date?
    /// The scenario file the session was started on, for `resume`.
    var scenarioPath: String
    var header: String
    /// The header's `group`, as a column so that `sessions --group` and `stats --group` filter in SQL.
    var groupName: String?

    enum Columns {
        static let finishedAt = Column(CodingKeys.finishedAt)
        static let groupName = Column(CodingKeys.groupName)
    }
}

/// A row of the `events` table: one ``SessionEvent`` as JSON, in order.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "events"

    var sessionID: String
    /// 0-based position in the session's event list; unique per session.
    var sequence: Int
    /// `choose`, `note`, `undo`, ... (lets SQL count steps without decoding the JSON).
    var kind: String
    var event: String
    var at: Date

    enum Columns {
        static let sessionID = Column(CodingKeys.sessionID)
        static let sequence = Column(CodingKeys.sequence)
    }
}

extension SessionEvent {
    /// The event's name as stored in the `kind` column.
    var kind: String {
        switch self {
        case .choose: "choose"
        case .note: "note"
        case .undo: "undo"
        case .join: "join"
        case .vote: "vote"
        case .share: "share"
        case .resume: "resume"
        case .roomVote: "room-vote"
        case .scale: "scale"
        case .reveal: "reveal"
        }
    }
}
