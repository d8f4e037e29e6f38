import SamenOpEngine
import SamenOpModel
/// Why the session store refused to open, read or write.
///
/// Each case names the store's path so that a trainer can see which file is meant; the
/// messages (``message(_:)``) are localised. When one is thrown, nothing was written.
public enum StoreError: Error, Hashable, Sendable {
    /// The file exists but is not an SQLite database.
    case notAStore(path: String)
    /// The store was written by a newer version of samenop (it holds migrations this one does
    /// not know); it is left untouched.
    case newerVersion(path: String)
    /// The file or its folder is read-only.
    case readOnly(path: String)
    /// The disk is full.
    case diskFull(path: String)
    /// The file or its folder may not be read or written by this user.
    case permissionDenied(path: String)
    /// No stored session has this id (or id prefix).
    case unknownSession(String)
    /// More than one stored session starts with this prefix.
    case ambiguousSession(String, matches: [String])
    /// Anything else SQLite or the file system reported.
    case failed(path: String, reason: String)
    /// The session is open in another samenop process (``SessionLock``).
    case sessionOpenElsewhere(String)
    /// Another process recorded the session's next event first: this copy is out of date.
    case sessionMovedOn(String)
}
