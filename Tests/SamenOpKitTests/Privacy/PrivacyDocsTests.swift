import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("Privacy: documented examples")
struct PrivacyDocsTests {
    struct Example {
        var code: String
        var message: String
        var broken: String
        var fixed: String
    }

    /// The `SO1nn` sections of `Docs/diagnostics.md`: message, broken value, fixed value.
    static func examples() throws -> [Example] {
        var root = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let text = try String(contentsOf: root.appendingPathComponent("Docs/diagnostics.md"), encoding: .utf8)
        var result: [Example] = []
        for section in text.components(separatedBy: "\n## SO1").dropFirst() {
            let lines = section.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            func value(after label: String) -> String {
                guard let i = lines.firstIndex(of: label), i + 2 < lines.count, let colon = lines[i + 2].firstIndex(of: ":") else { return "" }
                return lines[i + 2][lines[i + 2].index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let message = lines.first { $0.contains("Message: `") }?.components(separatedBy: "Message: `").last?.dropLast() ?? ""
            result.append(Example(
                code: "SO1" + lines[0].prefix(2), message: String(message), broken: value(after: "Broken:"),
                fixed: value(after: "Fixed:")))
        }
        return result
    }

    @Test("Docs/diagnostics.md documents every privacy code with its exact message, a broken and a fixed example")
    func documented() throws {
        let examples = try Self.examples()
        #expect(examples.map(\.code) == PrivacyKind.allCases.map(\.code))
        for example in examples {
            let found = PrivacyScanner.scan(text: example.broken)
            #expect(found.map(\.kind.code) == [example.code], "\(example.code)")
            if let finding = found.first {
                let diagnostic = PrivacyScanner.diagnostic(finding.kind, masked: finding.masked, at: nil)
                #expect(diagnostic.message == example.message, "\(example.code)")
            }
            #expect(PrivacyScanner.scan(text: example.fixed).isEmpty, "\(example.code)")
        }
    }
}
