import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// Every code the Kit can report is documented, and nothing documented is unused.
@Suite("DiagnosticsDoc")
struct DiagnosticsDocTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    /// `SO0nn` codes in the given text.
    static func codes(in text: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: "\"(SO0[0-9][0-9])\"")
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
    }

    @Test("Docs/diagnostics.md has a section for every code used in Script/ and Validation/, and no others")
    func documented() throws {
        var used = Set<String>()
        for folder in ["Sources/SamenOpScript", "Sources/SamenOpScript/Validation"] {
            let url = Self.root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") {
                used.formUnion(Self.codes(in: try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        let doc = try String(contentsOf: Self.root.appendingPathComponent("Docs/diagnostics.md"), encoding: .utf8)
        let documented = Set(doc.split(separator: "\n").filter { $0.hasPrefix("## SO0") }.map { String($0.dropFirst(3)) })
        #expect(used.count >= 40)
        #expect(used.subtracting(documented).sorted() == [])
        #expect(documented.subtracting(used).sorted() == [])
    }
}
