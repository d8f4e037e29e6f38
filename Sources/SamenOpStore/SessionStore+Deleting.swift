import Foundation
import GRDB

extension SessionStore {
    /// Removes the sessions `ids` and everything stored with them, all of them or none
    /// (`samenop delete`, the REPL's `verwijder`; trainer trial, finding 17).
    ///
    /// A stray `start` leaves an empty session in the list for good, and a trainer clears test
    /// runs before pooling sessions for `stats`. What a session is in the store is its row in
    /// `sessions` (with the header, the scenario's path and hash, and the group) and its rows
    /// in `events` (every step, note, undo, participant, vote, shared card, room vote and safety
    /// judgement); both go in one transaction, so an interruption leaves every session whole.
    ///
    /// Each session is claimed first (``SessionLock``) and held until the transaction is over,
    /// so a session open in another samenop process is refused
    /// (``StoreError/sessionOpenElsewhere(_:)``) and none can be opened while it goes. The
    /// lock file is one per store (a byte per session), so nothing of it is left to remove.
    /// An id that is not stored (ids are exact here; ``resolve(_:)`` turns a prefix into one)
    /// is ``StoreError/unknownSession(_:)``, and then nothing is removed. Finished sessions
    /// are removed like unfinished ones: asking first is the caller's, and the store decides
    /// nothing about what a session was worth.
    ///
    /// - Returns: the number of events removed.
    @discardableResult
    public func delete(_ ids: [String]) throws(StoreError) -> Int {
        var seen = Set<String>()
        let unique = ids.filter { seen.insert($0).inserted }
        var locks: [SessionLock] = []
        for id in unique { locks.append(try SessionLock.claim(id, storePath: path)) }
        defer { withExtendedLifetime(locks) {} }
        return try write { db in
            var events = 0
            for id in unique {
                guard try SessionRecord.exists(db, key: id) else { throw StoreError.unknownSession(id) }
                events += try EventRecord.filter(EventRecord.Columns.sessionID == id).deleteAll(db)
                try SessionRecord.deleteOne(db, key: id)
            }
            return events
        }
    }
}
