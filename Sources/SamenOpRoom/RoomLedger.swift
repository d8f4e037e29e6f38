import Foundation
import SamenOpEngine

/// The one place where the room and the trainer's terminal change the session.
///
/// Phones act on server threads while the trainer types in the REPL; both go through
/// ``perform(_:)``, which applies the action to a copy, hands it to `commit` (the store) and
/// only then keeps it, all under one lock. So every acknowledged vote is stored before its 200
/// is sent, events keep one order, and what a phone sees is what is stored.
public final class RoomLedger: @unchecked Sendable {
    /// Stores the session's last event; throws when it cannot (the action is then dropped).
    public typealias Commit = @Sendable (Session) throws -> Void

    private let lock = NSLock()
    private var current: Session
    private let commit: Commit
    private var listeners: [UUID: @Sendable () -> Void] = [:]
    private var projectorNames = false
    private var changes: UInt64 = 0

    public init(session: Session, commit: @escaping Commit) {
        current = session
        self.commit = commit
    }

    /// The session as stored now.
    public var session: Session { lock.withLock { current } }

    /// The session and how many changes it has been through, read together: a view built from
    /// a higher version is newer (``SnapshotCache``).
    var versioned: (session: Session, version: UInt64) { lock.withLock { (current, changes) } }

    /// Whether the projector shows names and reasons after reveal (`onthul namen`).
    public var showsNames: Bool {
        get { lock.withLock { projectorNames } }
        set { lock.withLock { projectorNames = newValue }; notify() }
    }

    /// Applies `action` to a copy, commits it, keeps it and tells every listener.
    /// The session is unchanged when the action or the commit throws.
    @discardableResult
    public func perform<T>(_ action: (inout Session) throws -> T) throws -> T {
        let result: T = try lock.withLock {
            var next = current
            let result = try action(&next)
            try commit(next)
            current = next
            changes += 1
            return result
        }
        notify()
        return result
    }

    /// Calls `listener` after every change; the returned id removes it.
    func listen(_ listener: @escaping @Sendable () -> Void) -> UUID {
        let id = UUID()
        lock.withLock { listeners[id] = listener }
        return id
    }

    func stopListening(_ id: UUID) { lock.withLock { listeners[id] = nil } }

    /// Tells every listener that something changed.
    public func notify() {
        let all = lock.withLock { Array(listeners.values) }
        for listener in all { listener() }
    }
}
