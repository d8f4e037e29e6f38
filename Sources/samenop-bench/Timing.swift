import Foundation

/// Small timing helpers shared by the benchmarks.
enum Timing {
    /// Wall-clock seconds of `body`.
    static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The median of `runs` timings of `body`.
    static func median(runs: Int, _ body: () -> Void) -> Double {
        median((0..<runs).map { _ in seconds(body) })
    }

    /// The median of some timings.
    static func median(_ times: [Double]) -> Double {
        let sorted = times.sorted()
        return sorted[sorted.count / 2]
    }

    /// Runs a program to completion, discarding its output; `false` if it failed.
    @discardableResult
    static func runProcess(_ executable: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
}
