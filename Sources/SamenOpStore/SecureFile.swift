import Foundation
import SamenOpEngine
import SamenOpModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files that may hold notes about cases: readable by their owner only, and atomic.
public enum SecureFile {
    public struct WriteError: Error, Sendable, Equatable {
        public var path: String
        /// The system's description of what went wrong (disk full, read-only, ...).
        public var reason: String
    }

    /// Writes `data` to `path` through a temporary file in the same folder and a rename, so a
    /// reader never sees half a file and a crash never leaves one. The file gets mode 0600.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure = writeAll(data, to: fd)
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
    }

    /// Creates `path` and its missing parents; only `path` itself gets mode 0700.
    ///
    /// Parents get the usual mode so that a store placed deep in a new tree does not lock
    /// the user out of folders they meant to share; an existing `path` keeps its mode.
    public static func createPrivateFolder(_ path: String) throws(WriteError) {
        do {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw WriteError(path: path, reason: error.localizedDescription)
        }
    }
}
