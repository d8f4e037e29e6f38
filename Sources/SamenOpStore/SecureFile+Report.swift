import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SecureFile {
    /// Writes a report where the user asked for it (`--output FILE`, `verslag FILE`) without
    /// ever replacing something that is not a regular file.
    ///
    /// - A regular file, or a new name, is written atomically with mode 0600 (``write(_:to:)``).
    /// - A device, FIFO or terminal (`/dev/null`, `/dev/stdout`, a named pipe that a viewer
    ///   reads) is written through, in place: replacing `/dev/null` with a file, as root, broke
    ///   the system. Opening a FIFO waits for its reader, as the shell's `>` does.
    /// - A symbolic link is followed on purpose: the report replaces the file the link points
    ///   at and the link stays a link. A link to nothing is refused rather than guessed at.
    /// - A folder, a socket, and every write error (a full disk, `/dev/full`) are thrown with
    ///   the system's reason, so the caller can say it and exit non-zero.
    public static func writeReport(_ data: Data, to path: String) throws(WriteError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            var link = stat()
            if code == ENOENT, lstat(path, &link) != 0 {
                return try write(data, to: path)
            }
            // A dangling link (lstat works, stat does not), a loop, or no access.
            throw WriteError(path: path, reason: String(cString: strerror(code)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            // Follow a link deliberately: replace its target, keep the link.
            let target = realpath(path, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? path
            try write(data, to: target)
        case S_IFDIR:
            throw WriteError(path: path, reason: String(cString: strerror(EISDIR)))
        default:
            try writeThrough(data, to: path)
        }
    }

    /// Writes `data` into an existing device or FIFO without creating, truncating or renaming.
    private static func writeThrough(_ data: Data, to path: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure = writeAll(data, to: fd)
        if close(fd) != 0, failure == nil, errno != EINTR { failure = String(cString: strerror(errno)) }
        if let failure { throw WriteError(path: path, reason: failure) }
    }

    /// Writes all of `data` to `fd`, retrying after signals; the system's reason on failure.
    static func writeAll(_ data: Data, to fd: Int32) -> String? {
        data.withUnsafeBytes { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                #else
                let written = Darwin.write(fd, base + offset, buffer.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                if written == 0 { return String(cString: strerror(EIO)) }
                offset += written
            }
            return nil
        }
    }
}
