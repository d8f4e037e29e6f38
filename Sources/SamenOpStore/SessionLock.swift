import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A claim on one stored session by this process, so that a second REPL on the same session
/// is told so at once instead of failing later on a write (trainer trial, finding 10).
///
/// The claim is an advisory lock on one byte of `STORE.lock` (the byte is the session id's
/// hash), held by an open file description: it ends when the lock is released or deinitialised,
/// and when the process ends in any way, `kill -9` included, so a crash never leaves a session
/// locked. Where no lock file can be made (a read-only folder) there is no claim and nothing is
/// refused: the store itself still refuses a stale write (``StoreError/sessionMovedOn(_:)``).
public final class SessionLock: Sendable {
    private let fd: Int32
    public let sessionID: String

    private init(fd: Int32, sessionID: String) {
        self.fd = fd
        self.sessionID = sessionID
    }

    /// Claims `sessionID` in the store at `storePath`; throws
    /// ``StoreError/sessionOpenElsewhere(_:)`` when another process holds it.
    public static func claim(_ sessionID: String, storePath: String) throws(StoreError) -> SessionLock {
        guard storePath != ":memory:" else { return SessionLock(fd: -1, sessionID: sessionID) }
        let fd = open(storePath + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return SessionLock(fd: -1, sessionID: sessionID) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(offset(sessionID))
        lock.l_len = 1
        lock.l_pid = 0
        if fcntl(fd, lockCommand, &lock) != 0 {
            let code = errno
            close(fd)
            if code == EACCES || code == EAGAIN { throw StoreError.sessionOpenElsewhere(sessionID) }
            return SessionLock(fd: -1, sessionID: sessionID)
        }
        return SessionLock(fd: fd, sessionID: sessionID)
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Linux's open-file-description lock (`F_OFD_SETLK`), so that two claims in one process
    /// also exclude each other; elsewhere the process lock.
    private static var lockCommand: Int32 {
        #if os(Linux)
        37
        #else
        F_SETLK
        #endif
    }

    /// The byte for `id`: FNV-1a of its lowercase UTF-8, within 2^40.
    static func offset(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.lowercased().utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash & 0xFF_FFFF_FFFF
    }
}
