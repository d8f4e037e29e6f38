import Foundation
import Testing

/// A sample of mutated scenarios through the built binary, in a subprocess with a time limit:
/// a crash or a hang there fails this test instead of ending the test run.
@Suite("Fuzz through the binary")
struct FuzzBinaryTests {
    /// SplitMix64, seeded, so a failing sample can be made again.
    struct Random {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(n, 1)))
        }
    }

    static let fragments = [
        String(repeating: "[", count: 3_000), "\n        if: " + Array(repeating: "true", count: 20_000).joined(separator: " or "),
        "\nphases: {acuut: [0, 9223372036854775807]}", " \"\\e]0;x\\a\" ", "&a ", " *a",
    ]

    @Test("check and list on 30 mutated files end with status 0 or 1 within the time limit")
    func sample() throws {
        let folder = Binary.temporaryFolder()
        let files = try FileManager.default.contentsOfDirectory(atPath: Binary.scenarios.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var random = Random(state: 0x5A4D_454E)
        for n in 0..<30 {
            var bytes = [UInt8](try Data(contentsOf: Binary.scenarios.appendingPathComponent(files[random.below(files.count)])))
            for _ in 0...random.below(3) {
                let at = random.below(bytes.count)
                switch random.below(4) {
                case 0: bytes[at] ^= UInt8(1 << random.below(8))
                case 1: bytes = Array(bytes.prefix(max(at, 1)))
                case 2: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + random.below(300))], at: random.below(bytes.count))
                default: bytes.insert(contentsOf: Array(Self.fragments[random.below(Self.fragments.count)].utf8), at: at)
                }
            }
            try Data(bytes).write(to: folder.appendingPathComponent("fuzz-\(n).yaml"))
        }
        for arguments in [["check", folder.path], ["list", "--scenarios", folder.path]] {
            let process = Process()
            process.executableURL = Binary.executable
            process.arguments = arguments
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8", "NO_COLOR": "1",
                                   "SAMENOP_STORE": folder.appendingPathComponent("store.sqlite").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let ended = DispatchSemaphore(value: 0)
            DispatchQueue.global().async { process.waitUntilExit(); ended.signal() }
            let inTime = ended.wait(timeout: .now() + 60) == .success
            if !inTime { process.terminate() }
            #expect(inTime, "samenop \(arguments[0]) hung on the sample in \(folder.path)")
            #expect(process.terminationReason == .exit, "samenop \(arguments[0]) crashed on the sample in \(folder.path)")
            #expect([0, 1].contains(process.terminationStatus))
        }
    }
}
