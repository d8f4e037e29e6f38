import GRDB
import SamenOpEngine
import SamenOpModel

extension SessionStore {
    /// The store's schema history. Append-only: a released migration is never edited, and
    /// migrations name tables and columns by strings, never by app types, so that an old
    /// migration keeps meaning what it meant when it shipped (GRDB `Migrations.md`).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-sessions-and-events") { db in
            try db.create(table: "sessions") { t in
                t.primaryKey("id", .text)
                t.column("scenarioID", .text).notNull()
                t.column("scenarioSHA256", .text).notNull()
                t.column("mode", .text).notNull()
                t.column("startedAt", .datetime).notNull().indexed()
                t.column("finishedAt", .datetime)
                t.column("scenarioPath", .text).notNull()
                t.column("header", .text).notNull()
            }
            try db.create(table: "events") { t in
                t.column("sessionID", .text).notNull().references("sessions", onDelete: .cascade)
                t.column("sequence", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("event", .text).notNull()
                t.column("at", .datetime).notNull()
                t.primaryKey(["sessionID", "sequence"])
            }
        }
        // Groups (issue 17): the header's optional `group`, as a column to filter on. Older
        // headers have no group; a header that has one (written by a newer build before this
        // migration ran) is copied over.
        migrator.registerMigration("v2-session-groups") { db in
            try db.alter(table: "sessions") { t in t.add(column: "groupName", .text) }
            try db.execute(sql: "UPDATE sessions SET groupName = json_extract(header, '$.group')")
            try db.create(index: "sessions_on_groupName", on: "sessions", columns: ["groupName"])
        }
        return migrator
    }
}
