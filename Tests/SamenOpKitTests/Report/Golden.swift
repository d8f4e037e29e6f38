import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// Golden files: a report compared byte for byte with a stored one under `Report/Golden/`.
/// Run with `SAMENOP_RECORD=1` to write the files again after an intended change.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Goldens show times in UTC, so they read the same on every machine.
    static let zone = TimeZone(identifier: "UTC")!

    static var recording: Bool { ProcessInfo.processInfo.environment["SAMENOP_RECORD"] == "1" }

    /// Compares `text` with the golden file `name`, or records it.
    static func check(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with SAMENOP_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if stored != text {
            let a = stored.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
            let was = line < a.count ? String(a[line]) : "<end>"
            let now = line < b.count ? String(b[line]) : "<end>"
            Issue.record(
                "\(name) differs at line \(line + 1) (if the change is intended, re-record with SAMENOP_RECORD=1):\n  golden: \(was)\n  now:    \(now)",
                sourceLocation: sourceLocation)
        }
    }
}
