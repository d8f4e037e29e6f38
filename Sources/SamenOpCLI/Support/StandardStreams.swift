import Foundation
import SamenOpText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error as a command line must treat them: a closed stream or a full disk
/// is a failure to say (exit 1), never a silent success and never a crash.
///
/// `print` and `FileHandle` ignore write errors, so the run checks standard output once at the
/// end (``finish(_:)``): a report piped to `/dev/full` or printed with standard output closed
/// (`samenop report ID >&-`) ends with a clear message and status 1. A stream that is closed
/// when samenop starts is first given a stand-in (`/dev/full` for output, `/dev/null` for
/// input), so that no file samenop opens later (the store, a report) gets descriptor 1 or 2 and
/// receives the program's text by mistake.
enum StandardStreams {
    /// Whether standard output was closed when the program started.
    nonisolated(unsafe) private(set) static var outputWasClosed = false

    /// Gives closed descriptors 0, 1 and 2 a stand-in; call first thing in `main`.
    static func prepare() {
        for fd: Int32 in [0, 1, 2] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            if fd == 1 { outputWasClosed = true }
            let standIn = fd == 0 ? open("/dev/null", O_RDONLY) : open("/dev/full", O_WRONLY)
            let fallback = standIn >= 0 ? standIn : open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if fallback >= 0, fallback != fd {
                dup2(fallback, fd)
                close(fallback)
            }
        }
    }

    /// Flushes standard output; when anything written to it was lost, says so on standard error
    /// and returns `false` (the caller exits 1).
    static func finish(_ l: Localizer) -> Bool {
        guard let output = cStandardOutput() else { return fflush(nil) == 0 }
        let code0 = errno
        let flushed = fflush(output) == 0
        let code = flushed ? code0 : errno
        guard !flushed || ferror(output) != 0 else { return true }
        let message: String
        if outputWasClosed {
            message = l(.cliOutputStdoutClosed)
        } else {
            // A failure during an earlier automatic flush leaves its errno behind, usually.
            message = l(.cliOutputStdoutFailed, String(cString: strerror(code != 0 ? code : EIO)))
        }
        Terminal.printError(message)
        return false
    }

    /// The C library's `stdout`, looked up by name: Swift 6 refuses to touch the C global
    /// directly (shared mutable state), and `print` writes through it.
    private static func cStandardOutput() -> UnsafeMutablePointer<FILE>? {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "stdout") else { return nil }
        return symbol.load(as: UnsafeMutablePointer<FILE>?.self)
        #else
        return nil
        #endif
    }

    /// Writes `text` to standard output with its control characters made visible
    /// (``TerminalText``), keeping colour only where it is allowed.
    static func print(_ text: String, terminator: String = "\n", keepingStyle: Bool = false) {
        Swift.print(TerminalText.visible(text, keepingStyle: keepingStyle), terminator: terminator)
    }
}
