import Foundation

/// Random, URL-safe secrets: the room code (128 bits, the contract asks at least 96), the
/// trainer key and participant tokens (256 bits, at least 128). `SystemRandomNumberGenerator`
/// reads the system's cryptographic source (getrandom on Linux).
enum RoomSecrets {
    static func code() -> String { random(bytes: 16) }
    static func token() -> String { random(bytes: 32) }

    static func random(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// At most `limit` requests in any second per key (a participant's token); the room answers
/// 429 beyond that, so one phone cannot crowd out the others.
final class RateLimiter: @unchecked Sendable {
    private let lock = NSLock()
    private var recent: [String: [TimeInterval]] = [:]
    let limit: Int

    init(limit: Int = 20) { self.limit = limit }

    /// Counts a request by `key` at `now`; `false` when it is over the limit.
    func allow(_ key: String, now: TimeInterval = ProcessInfo.processInfo.systemUptime) -> Bool {
        lock.withLock {
            var times = recent[key, default: []].filter { now - $0 < 1 }
            guard times.count < limit else {
                recent[key] = times
                return false
            }
            times.append(now)
            recent[key] = times
            return true
        }
    }
}
