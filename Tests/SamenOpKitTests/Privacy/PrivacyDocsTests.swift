import Foundation
import Testing
@testable import SamenOpKit

@Suite("Privacy: documented examples")
struct PrivacyDocsTests {
    /// `(code, broken value, fixed value)` for each section of `Docs/diagnostics-privacy.md`.
    static func examples() throws -> [(code: String, broken: String, fixed: String)] {
        var root = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let text = try String(contentsOf: root.appendingPathComponent("Docs/diagnostics-privacy.md"), encoding: .utf8)
        var result: [(String, String, String)] = []
        var code: String?
        var broken: String?
        for line in text.split(separator: "\n").map(String.init) {
            if line.hasPrefix("## SO") { code = String(line.dropFirst(3).prefix(5)) }
            guard let colon = line.firstIndex(of: ":"), line.contains("# broken") || line.contains("# fixed") else { continue }
            let value = line[line.index(after: colon)...].components(separatedBy: "#")[0].trimmingCharacters(in: .whitespaces)
            if line.contains("# broken") { broken = value } else if let c = code, let b = broken { result.append((c, b, value)) }
        }
        return result
    }

    @Test("each code has a broken example that reports it and a fixed one that reports nothing")
    func documented() throws {
        let examples = try Self.examples()
        #expect(examples.map(\.code) == PrivacyKind.allCases.map(\.code))
        for example in examples {
            #expect(PrivacyScanner.scan(text: example.broken).map(\.kind.code) == [example.code], "\(example.code)")
            #expect(PrivacyScanner.scan(text: example.fixed).isEmpty, "\(example.code)")
        }
    }
}
