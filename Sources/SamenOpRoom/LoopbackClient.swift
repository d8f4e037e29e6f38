import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small blocking HTTP/1.1 client for the room's tests and `samenop-bench room`.
///
/// It only ever connects to loopback (127.0.0.1), with a receive timeout, so a test or a
/// benchmark cannot send traffic elsewhere or hang. One request per connection
/// (`Connection: close`), or one long-lived event stream read line by line. The timeout is
/// generous (15 s): in the full test run, two cores shared with hundreds of tests, one answer
/// of the room once took longer than the 5 s it used to be.
package struct LoopbackClient: Sendable {
    package let port: UInt16
    package var timeout: TimeInterval = 15

    package init(port: UInt16, timeout: TimeInterval = 15) {
        self.port = port
        self.timeout = timeout
    }

    package struct Answer: Sendable {
        package var status: Int
        package var headers: [String: String]
        package var body: Data
        package var text: String { String(decoding: body, as: UTF8.self) }
        package func json() -> [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
    }

    package enum Failure: Error { case connect, malformed }

    /// One request; `token` goes in `Authorization: Bearer`.
    package func send(_ method: String, _ path: String, token: String? = nil, body: Data? = nil) throws -> Answer {
        let fd = try connect()
        defer { close(fd) }
        try write(fd, head(method, path, token: token, length: body?.count, close: true) + (body ?? Data()))
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return try Self.parse(data)
    }

    /// A JSON request body.
    package func send(_ method: String, _ path: String, token: String? = nil, json: [String: Any]) throws -> Answer {
        try send(method, path, token: token, body: try JSONSerialization.data(withJSONObject: json))
    }

    /// Opens an event stream; read it with ``EventReader/next()``.
    package func events(_ path: String, token: String? = nil) throws -> EventReader {
        let fd = try connect()
        try write(fd, head("GET", path, token: token, length: nil, close: false))
        return EventReader(fd: fd)
    }

    private func head(_ method: String, _ path: String, token: String?, length: Int?, close: Bool) -> Data {
        var lines = ["\(method) \(path) HTTP/1.1", "Host: 127.0.0.1:\(port)"]
        if let token { lines.append("Authorization: Bearer \(token)") }
        if let length { lines.append("Content-Type: application/json"); lines.append("Content-Length: \(length)") }
        if close { lines.append("Connection: close") }
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    private func connect() throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure.connect }
        var time = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw Failure.connect }
        return fd
    }

    private func write(_ fd: Int32, _ data: Data) throws {
        var sent = 0
        try data.withUnsafeBytes { raw in
            while sent < raw.count {
                let n = Glibc.send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                guard n > 0 else { throw Failure.connect }
                sent += n
            }
        }
    }

    /// Splits a whole response into status, headers and body (de-chunked).
    static func parse(_ data: Data) throws -> Answer {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure.malformed }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let parts = head[0].split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure.malformed }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[end.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Answer(status: status, headers: headers, body: body)
    }

    static func dechunk(_ data: Data) -> Data {
        var out = Data(), rest = data[...]
        while let line = rest.range(of: Data("\r\n".utf8)) {
            guard let size = Int(String(decoding: rest[..<line.lowerBound], as: UTF8.self), radix: 16), size > 0 else { break }
            let start = line.upperBound
            guard rest.distance(from: start, to: rest.endIndex) >= size else { break }
            let stop = rest.index(start, offsetBy: size)
            out.append(rest[start..<stop])
            rest = rest[min(rest.index(stop, offsetBy: 2, limitedBy: rest.endIndex) ?? rest.endIndex, rest.endIndex)...]
        }
        return out
    }
}

/// The `data:` of each `event: state` of an open event stream, one at a time.
///
/// Scans bytes, not strings: 30 of these read every change in `samenop-bench room`, on the
/// same two cores as the room they measure, so the reader must cost little.
package final class EventReader: @unchecked Sendable {
    private let fd: Int32
    private var pending: [UInt8] = []
    /// Where the unread bytes of `pending` start.
    private var start = 0
    private var headerDone = false
    private static let headerEnd: [UInt8] = Array("\r\n\r\n".utf8)
    private static let messageEnd: [UInt8] = Array("\n\n".utf8)
    private static let dataLine: [UInt8] = Array("data: ".utf8)

    init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    /// Ends the stream from this side.
    package func stop() { shutdown(fd, Int32(SHUT_RDWR)) }

    /// The next event's data, or `nil` when the stream ended or the timeout passed.
    package func next() -> Data? {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            if !headerDone, let end = Self.find(Self.headerEnd, in: pending, from: start) {
                start = end + Self.headerEnd.count
                headerDone = true
            }
            if headerDone, let end = Self.find(Self.messageEnd, in: pending, from: start) {
                // A chunk's size line may come first; the message's `data: ` line ends at `end`.
                let data = Self.find(Self.dataLine, in: pending, from: start).flatMap { $0 < end ? $0 : nil }
                let message = data.map { Data(pending[($0 + Self.dataLine.count)..<end]) }
                start = end + Self.messageEnd.count
                if start > 65536 {
                    pending.removeFirst(start)
                    start = 0
                }
                if let message { return message }
                continue
            }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return nil }
            pending.append(contentsOf: buffer[0..<n])
        }
    }

    /// The first position of `needle` in `bytes` at or after `from`.
    package static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard bytes.count - from >= needle.count else { return nil }
        return bytes.withUnsafeBufferPointer { hay in
            let first = needle[0]
            var i = from
            while i <= hay.count - needle.count {
                if hay[i] == first {
                    var j = 1
                    while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return i }
                }
                i += 1
            }
            return nil
        }
    }
}
