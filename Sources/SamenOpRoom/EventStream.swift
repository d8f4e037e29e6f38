import Foundation
import FlyingSocks

/// Server-Sent Events as a chunked HTTP body: each `send` becomes one chunk on the wire at once.
///
/// FlyingFox writes a body of unknown length chunk by chunk as its sequence yields, so an
/// `AsyncStream` of byte arrays behind FlyingSocks' buffered-sequence protocol is all SSE needs.
struct EventStream: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty { pending = await base.next() ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if !pending.isEmpty {
                defer { pending = [] }
                return pending
            }
            return await base.next()
        }
    }

    /// One `event: NAME` message with `data` on one line (JSON has no raw newlines).
    static func message(_ name: String, _ data: Data) -> [UInt8] {
        var out = prefix(name)
        out.reserveCapacity(out.count + data.count + suffix.count)
        out += data
        out += suffix
        return out
    }

    /// What comes before the data of an `event: NAME` message.
    static func prefix(_ name: String) -> [UInt8] { Array("event: \(name)\ndata: ".utf8) }

    /// What ends a message.
    static let suffix: [UInt8] = Array("\n\n".utf8)
}
