import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A headless Chromium driven over the DevTools protocol (a WebSocket on 127.0.0.1), for the
/// room's browser test: open tabs, run a line of JavaScript in them, read the answer.
///
/// Debian's `chromium` (installed by `.ci/setup`); the browser is started with a fresh profile
/// in a temporary folder and killed at the end. Every read has a timeout.
final class DevTools: @unchecked Sendable {
    private let process = Process()
    private let fd: Int32
    private var nextID = 0
    private var pending = Data()

    /// `chromium`, when it is installed.
    static var executable: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    init(executable: String) throws {
        let profile = Binary.temporaryFolder()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-extensions", "--disable-background-networking", "--disable-sync",
                             "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                             "--user-data-dir=\(profile.path)", "about:blank"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID"
        var text = "", url: String?
        let deadline = Date().addingTimeInterval(30)
        while url == nil, Date() < deadline {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { Thread.sleep(forTimeInterval: 0.05); continue }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: #"ws://127\.0\.0\.1:\d+/devtools/browser/[A-Za-z0-9-]+"#, options: .regularExpression) {
                url = String(text[range])
            }
        }
        guard let url, let parsed = URL(string: url), let port = parsed.port else {
            process.terminate()
            throw DevToolsError.notStarted(text)
        }
        fd = try Self.connect(port: UInt16(port), path: parsed.path)
    }

    deinit { quit() }

    func quit() {
        close(fd)
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
    }

    enum DevToolsError: Error { case notStarted(String), socket, timeout, failed(String) }

    /// A new tab at `url`; returns the session id for ``evaluate(_:in:)``.
    func open(_ url: String) throws -> String {
        let target = try call("Target.createTarget", ["url": url])
        guard let id = target["targetId"] as? String else { throw DevToolsError.failed("\(target)") }
        let attached = try call("Target.attachToTarget", ["targetId": id, "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw DevToolsError.failed("\(attached)") }
        return session
    }

    /// The value of `expression` (JSON-serialisable) in the tab of `session`.
    func evaluate(_ expression: String, in session: String) throws -> Any? {
        let answer = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true],
                              session: session)
        return (answer["result"] as? [String: Any])?["value"]
    }

    /// Evaluates `expression` every 100 ms until it is `true` (at most `seconds`).
    func wait(until expression: String, in session: String, seconds: Double = 30) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try evaluate(expression, in: session) as? Bool == true { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    private func call(_ method: String, _ params: [String: Any], session: String? = nil) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        try sendFrame(try JSONSerialization.data(withJSONObject: message))
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            guard let frame = try readFrame(),
                  let json = try JSONSerialization.jsonObject(with: frame) as? [String: Any] else { continue }
            guard json["id"] as? Int == nextID else { continue }
            if let error = json["error"] { throw DevToolsError.failed("\(method): \(error)") }
            return json["result"] as? [String: Any] ?? [:]
        }
        throw DevToolsError.timeout
    }

    // MARK: - WebSocket (RFC 6455), just enough for DevTools

    private static func connect(port: UInt16, path: String) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw DevToolsError.socket }
        var time = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw DevToolsError.socket }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: c2FtZW5vcC1kZXZ0b29scw==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        _ = request.withCString { Glibc.send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        var head = Data(), byte: UInt8 = 0
        while !head.suffix(4).elementsEqual([13, 10, 13, 10]) {
            guard recv(fd, &byte, 1, 0) == 1 else { close(fd); throw DevToolsError.socket }
            head.append(byte)
        }
        guard String(decoding: head, as: UTF8.self).hasPrefix("HTTP/1.1 101") else { close(fd); throw DevToolsError.socket }
        return fd
    }

    private func sendFrame(_ payload: Data) throws {
        var frame: [UInt8] = [0x81]
        let count = payload.count
        if count < 126 {
            frame.append(0x80 | UInt8(count))
        } else if count < 65536 {
            frame += [0x80 | 126, UInt8(count >> 8), UInt8(count & 0xFF)]
        } else {
            frame.append(0x80 | 127)
            for shift in stride(from: 56, through: 0, by: -8) { frame.append(UInt8((count >> shift) & 0xFF)) }
        }
        let mask: [UInt8] = [0x12, 0x34, 0x56, 0x78]
        frame += mask
        frame += payload.enumerated().map { $0.element ^ mask[$0.offset % 4] }
        var sent = 0
        while sent < frame.count {
            let n = frame.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, frame.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw DevToolsError.socket }
            sent += n
        }
    }

    private func read(_ count: Int) throws -> Data {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while pending.count < count {
            let n = recv(fd, &buffer, buffer.count, 0)
            guard n > 0 else { throw DevToolsError.timeout }
            pending.append(contentsOf: buffer[0..<n])
        }
        let out = pending.prefix(count)
        pending = Data(pending.dropFirst(count))
        return Data(out)
    }

    /// One text message (fragments joined); `nil` for a control frame.
    private func readFrame() throws -> Data? {
        var message = Data()
        while true {
            let head = [UInt8](try read(2))
            var length = Int(head[1] & 0x7F)
            if length == 126 { length = try read(2).reduce(0) { $0 << 8 | Int($1) } }
            if length == 127 { length = try read(8).reduce(0) { $0 << 8 | Int($1) } }
            let payload = try read(length)
            let opcode = head[0] & 0x0F
            if opcode >= 8 { return nil }
            message.append(payload)
            if head[0] & 0x80 != 0 { return message }
        }
    }
}
