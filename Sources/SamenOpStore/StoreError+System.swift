import Foundation
import SamenOpEngine
import SamenOpModel
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StoreError {
    /// Translates what GRDB or SQLite threw into a ``StoreError``.
    init(_ error: any Error, path: String) {
        if let error = error as? StoreError {
            self = error
            return
        }
        guard let error = error as? DatabaseError else {
            self = .failed(path: path, reason: "\(error)")
            return
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: self = .notAStore(path: path)
        case .SQLITE_READONLY: self = .readOnly(path: path)
        case .SQLITE_FULL: self = .diskFull(path: path)
        case .SQLITE_PERM, .SQLITE_AUTH: self = .permissionDenied(path: path)
        case .SQLITE_CANTOPEN:
            self = access(path, R_OK | W_OK) != 0 && errno == EACCES
                ? .permissionDenied(path: path) : .failed(path: path, reason: error.message ?? "\(error)")
        default: self = .failed(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Translates a failed system call on `path`.
    static func fromSystem(path: String, errno code: Int32, reason: String) -> StoreError {
        switch code {
        case EACCES, EPERM: .permissionDenied(path: path)
        case EROFS: .readOnly(path: path)
        case ENOSPC: .diskFull(path: path)
        default: .failed(path: path, reason: reason)
        }
    }
}
