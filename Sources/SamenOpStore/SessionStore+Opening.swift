import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Two ways of opening a store that the plain path does not cover: several processes creating
/// the same new store at once, and a store on read-only media.
extension SessionStore {
    /// An exclusive `flock` on the store's folder while a store is opened and migrated.
    ///
    /// Two REPLs or scripts started at the same moment on a fresh store both create and migrate
    /// it; GRDB reads the applied migrations before it takes SQLite's write lock, and about one
    /// start in 150 failed ("no such table: grdb_migrations"). Holding this lock, the second
    /// process waits until the first has finished and then finds a complete store. The lock is
    /// on the folder, not the database file: closing any descriptor of the file would drop
    /// SQLite's own POSIX locks, and a lock file would be one more file beside the store.
    struct OpeningLock {
        private let fd: Int32

        /// Waits for the lock on `folder` (the current folder when empty). Without a folder that
        /// can be opened there is nothing to share it with, and opening goes on unlocked.
        init(folder: String) {
            fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                while flock(fd, LOCK_EX) != 0, errno == EINTR {}
            }
        }

        func release() {
            if fd >= 0 { close(fd) }
        }
    }

    /// Whether the store at `path` exists but cannot be written: the file or its folder is
    /// read-only (a read-only mount, a CD, a file its owner made read-only). Such a store is
    /// opened read-only (``openReadOnly(path:configuration:)``).
    static func isReadOnly(path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        if access(path, W_OK) != 0 { return true }
        // SQLite must create the -wal and -shm files beside a WAL store.
        return access(folder.isEmpty ? "." : folder, W_OK) != 0
    }

    /// Opens a read-only store for reading: `sessions` and `report` work; every write throws
    /// ``StoreError/readOnly(path:)``.
    ///
    /// SQLite cannot open a WAL database read-only when its `-shm` file is missing and cannot
    /// be created (the usual state of a store closed cleanly and copied to read-only media).
    /// So the file (with its `-wal`, if any) is copied into a private temporary folder, turned
    /// into a rollback-journal database there, opened with `SQLITE_OPEN_READONLY`, and the copy
    /// is removed at once: the open connection keeps reading it, and nothing stays behind.
    static func openReadOnly(path: String, configuration: Configuration) throws(StoreError) -> DatabaseQueue {
        let folder = NSTemporaryDirectory() + "/samenop-readonly-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(folder, 0o700) == 0 else {
            throw StoreError.fromSystem(path: path, errno: errno, reason: String(cString: strerror(errno)))
        }
        let copy = folder + "/store.sqlite"
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(copy + suffix) }
            rmdir(folder)
        }
        for suffix in ["", "-wal"] where suffix.isEmpty || FileManager.default.fileExists(atPath: path + suffix) {
            guard let data = FileManager.default.contents(atPath: path + suffix) else {
                throw StoreError.fromSystem(path: path, errno: EACCES, reason: String(cString: strerror(EACCES)))
            }
            do { try SecureFile.write(data, to: copy + suffix) } catch {
                throw StoreError.failed(path: path, reason: error.reason)
            }
        }
        do {
            do {
                let writable = try DatabaseQueue(path: copy)
                try writable.writeWithoutTransaction { db in
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
                }
                try writable.close()
            }
            var readOnly = configuration
            readOnly.readonly = true
            let queue = try DatabaseQueue(path: copy, configuration: readOnly)
            // Read once while the copy still has its name, so the file is open for good.
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch {
            throw StoreError(error, path: path)
        }
    }
}
