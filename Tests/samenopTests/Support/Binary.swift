import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// Runs the built `samenop` binary as a user would: arguments, piped standard input, an
/// environment, and a fresh store, and collects exit status and output.
struct Binary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder (holds `Package.swift`).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The `samenop` executable that `swift build`/`swift test` produced next to the tests.
    static let executable: URL = {
        // The test bundle lives in the same products folder as the executable.
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [products, products.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("samenop")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        for configuration in ["debug", "release"] {
            let url = packageRoot.appendingPathComponent(".build/\(configuration)/samenop")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("samenop executable not found; run swift build first")
    }()

    /// The bundled scenario library.
    static var scenarios: URL { packageRoot.appendingPathComponent("Scenarios") }

    /// A new empty folder for one test's files (store, reports).
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("samenop-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `samenop` with `arguments`, feeding `input` on standard input.
    ///
    /// The environment is minimal and fixed (no colour, Dutch unless `LANG` is given, UTC,
    /// options in authored order unless `SAMENOP_SHUFFLE` is given), with
    /// `SAMENOP_STORE` in a fresh folder unless the caller sets it, so tests never touch the
    /// user's own store.
    @discardableResult
    static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
        currentDirectory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        // Options in authored order, so that the numbers a test types name the options it means;
        // tests of the shuffled order set SAMENOP_SHUFFLE themselves. TZ: reports and `sessions`
        // show local time, so every run shows the same one.
        var env = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TERM": "dumb", "LANG": "nl_NL.UTF-8", "SAMENOP_SHUFFLE": "off",
                   "TZ": "UTC"]
        env["HOME"] = temporaryFolder().path
        env["SAMENOP_STORE"] = temporaryFolder().appendingPathComponent("store.sqlite").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = currentDirectory ?? packageRoot
        return try collect(process, input: input)
    }

    /// Starts `process`, feeds it `input` (or nothing) on standard input, waits for it to end,
    /// and returns its status and output.
    static func collect(_ process: Process, input: String? = nil) throws -> Result {
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
