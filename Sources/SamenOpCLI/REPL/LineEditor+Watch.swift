internal import CReadline
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// `--watch`: notices that the scenario file of the session in play has changed, by polling
/// its modification time, size and inode about every 250 ms (no inotify and no dependency;
/// an editor that saves by writing a new file and renaming it is noticed too).
///
/// On a terminal readline's event hook polls while the REPL waits for a key, and ends the
/// read when the file changed; the REPL then reloads and puts back what was typed. In a piped
/// run the file is checked before each line is read. Readline calls back from C, so the state
/// lives at module level.
enum FileWatch {
    private struct Stamp: Equatable {
        var seconds: Int, nanoseconds: Int, size: Int64, inode: UInt64
    }

    private struct State {
        var path: String?
        var stamp: Stamp?
        var lastCheck: TimeInterval = 0
        var fired = false
        var pending = ""
    }

    private static let state = Mutex(State())
    static let interval: TimeInterval = 0.25

    /// Watches `path` (or nothing). A new path is taken as it is now, so only later changes count.
    static func watch(_ path: String?) {
        state.withLock { s in
            guard s.path != path else { return }
            s.path = path
            s.stamp = path.flatMap(stamp)
        }
    }

    /// Whether the file changed since it was last seen; at most one look per `interval` when
    /// `throttled`. A change is taken as seen.
    static func changed(throttled: Bool) -> Bool {
        state.withLock { s in
            guard let path = s.path else { return false }
            let now = Date().timeIntervalSince1970
            if throttled, now - s.lastCheck < interval { return false }
            s.lastCheck = now
            let current = stamp(path)
            // A file being rewritten may be missing for a moment: wait until it is back.
            guard let current, current != s.stamp else { return false }
            s.stamp = current
            s.fired = true
            return true
        }
    }

    /// Whether the last read was ended by a change (cleared by ``takeFired()``).
    static var hasFired: Bool { state.withLock { $0.fired } }

    /// Clears and returns whether the last read was ended by a change.
    static func takeFired() -> Bool {
        state.withLock { s in
            defer { s.fired = false }
            return s.fired
        }
    }

    /// Text put back on the next prompt (what was typed when the file changed).
    static func putBack(_ text: String) { state.withLock { $0.pending = text } }

    fileprivate static func takePending() -> String {
        state.withLock { s in
            defer { s.pending = "" }
            return s.pending
        }
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec),
                     size: Int64(info.st_size), inode: UInt64(info.st_ino))
    }
}

extension LineEditor {
    /// Installs readline's hooks for `--watch` (on a terminal only).
    func enableWatch() {
        guard interactive else { return }
        samenop_rl_set_event_hook(watchEvent)
        samenop_rl_set_startup_hook(putBackPending)
    }
}

/// Readline's event hook: ends the read when the watched file changed.
private func watchEvent() -> Int32 {
    if FileWatch.changed(throttled: true) { samenop_rl_set_done(1) }
    return 0
}

/// Readline's start-up hook: puts back what was typed before a reload.
private func putBackPending() -> Int32 {
    let text = FileWatch.takePending()
    if !text.isEmpty { rl_insert_text(text) }
    return 0
}
