import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A real learning record store for the xAPI test: Ralph (`ralph runserver -b fs`) on
/// 127.0.0.1 with a file backend in a fresh folder and one basic-auth user, started by the
/// test and stopped by it. Only loopback traffic, a bounded number of requests.
final class RalphLRS {
    static let user = "samenop"
    static let password = "geheim"
    /// `ralph auth -u samenop -p geheim -s all -A samenop-lrs http://127.0.0.1 -w`, written
    /// once: hashing at test time would cost Ralph's start-up a second time.
    static let authFile = """
        [{"agent": {"account": {"homePage": "http://127.0.0.1", "name": "samenop-lrs"}, "objectType": "Agent"},
          "scopes": ["all"], "hash": "$2b$12$My.gs3BU9JL1ndoGcJGSL.FmRObdEPVEvyF8TwVcJC/s3AiUo3K5y", "username": "samenop"}]
        """

    /// The `ralph` executable: `SAMENOP_RALPH`, else the first on PATH or in pip's usual places.
    static let executable: String? = {
        let env = ProcessInfo.processInfo.environment
        if let path = env["SAMENOP_RALPH"], FileManager.default.isExecutableFile(atPath: path) { return path }
        let folders = (env["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/local/bin", "/root/.local/bin", "/root/.pyenv/shims", "\(NSHomeDirectory())/.local/bin"]
        return folders.map { $0 + "/ralph" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    let port: Int
    let folder: URL
    let process = Process()
    var endpoint: String { "http://127.0.0.1:\(port)/xAPI" }

    /// Starts Ralph and waits (at most 90 s, polling the heartbeat) until it answers.
    init() throws {
        folder = Binary.temporaryFolder()
        port = Self.freePort()
        try Self.authFile.write(to: folder.appendingPathComponent("auth.json"), atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: Self.executable!)
        process.arguments = ["runserver", "-b", "fs", "-h", "127.0.0.1", "-p", String(port)]
        var env = ProcessInfo.processInfo.environment
        env["RALPH_AUTH_FILE"] = folder.appendingPathComponent("auth.json").path
        env["RALPH_APP_DIR"] = folder.path
        env["RALPH_RUNSERVER_BACKEND"] = "fs"
        env["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = folder.path
        env["SENTRY_DSN"] = ""
        process.environment = env
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = try FileHandle(forWritingTo: Self.log(folder))
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline {
            if (try? request("http://127.0.0.1:\(port)/__lbheartbeat__", auth: false).status) == 200 { return }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.5)
        }
        stop()
        let log = (try? String(contentsOf: folder.appendingPathComponent("ralph.log"), encoding: .utf8)) ?? ""
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "Ralph did not start:\n\(log.suffix(2000))"])
    }

    static func log(_ folder: URL) -> URL {
        let url = folder.appendingPathComponent("ralph.log")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        return url
    }

    /// SIGTERM: Ralph's reloader stops its server process and exits.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit { stop() }

    /// Every statement the store holds (one page is enough for the test's few dozen).
    func statements() throws -> (json: String, statements: [[String: Any]]) {
        let answer = try request("\(endpoint)/statements?limit=500", auth: true)
        let text = String(decoding: answer.body, as: UTF8.self)
        let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
        return (text, object?["statements"] as? [[String: Any]] ?? [])
    }

    /// One GET to the loopback server, waited for (10 s at most).
    func request(_ url: String, auth: Bool) throws -> (status: Int, body: Data) {
        var request = URLRequest(url: URL(string: url)!, timeoutInterval: 10)
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        if auth {
            request.setValue("Basic " + Data("\(Self.user):\(Self.password)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        }
        final class Box: @unchecked Sendable { var status = 0; var body = Data(); var error: (any Error)? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            box.body = data ?? Data()
            box.error = error
            done.signal()
        }.resume()
        done.wait()
        if let error = box.error { throw error }
        return (box.status, box.body)
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
