import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("DiagnosticFormatter")
struct DiagnosticFormatterTests {
    let diagnostic = Diagnostic.error("SO024", at: SourceLocation(file: "a.yaml", line: 2, column: 10), .verbatim("unknown stage 'erop_af'"),
                                      hint: .verbatim("did you mean 'erop-af'?"))

    @Test("message line, source line with a caret under the column, then the hint")
    func plain() {
        let formatter = DiagnosticFormatter(sources: ["a.yaml": "scenes:\n  stage: erop_af\n"])
        #expect(formatter.format(diagnostic) == """
            a.yaml:2:10: error: unknown stage 'erop_af' [SO024]
              stage: erop_af
                     ^
              hint: did you mean 'erop-af'?
            """)
    }

    @Test("without the source, and without a location, only the message")
    func noSource() {
        #expect(DiagnosticFormatter().format(.warning("SO080", at: SourceLocation(file: "a.yaml", line: 1, column: 1), .verbatim("m")))
            == "a.yaml:1:1: warning: m [SO080]")
        #expect(DiagnosticFormatter().format(.error("SO001", at: nil, .verbatim("no such file")), file: "b.yaml")
            == "b.yaml: error: no such file [SO001]")
    }

    @Test("a long line is cut to a window around the column")
    func longLine() {
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let formatter = DiagnosticFormatter(sources: ["a.yaml": line])
        let text = formatter.format(.error("SO002", at: SourceLocation(file: "a.yaml", line: 1, column: 301), .verbatim("m")))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1] == "..." + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 59) + "...")
        #expect(lines[2] == String(repeating: " ", count: 63) + "^")
    }

    @Test("colour only when asked")
    func color() {
        let text = DiagnosticFormatter(color: true).format(diagnostic)
        #expect(text.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(!DiagnosticFormatter(color: false).format(diagnostic).contains("\u{1B}"))
    }

    @Test("JSON has every field, with null for what is absent")
    func json() throws {
        let result = LoadResult(file: "b.yaml", scenario: nil, diagnostics: [diagnostic, .error("SO001", at: nil, .verbatim("no such file"))])
        let parsed = try JSONSerialization.jsonObject(with: Data(DiagnosticFormatter.json([result]).utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
        #expect(parsed?[0]["file"] as? String == "a.yaml")
        #expect(parsed?[0]["line"] as? Int == 2)
        #expect(parsed?[0]["hint"] as? String == "did you mean 'erop-af'?")
        #expect(parsed?[1]["file"] as? String == "b.yaml")
        #expect(parsed?[1]["line"] is NSNull)
        #expect(parsed?[1]["hint"] is NSNull)
        #expect(parsed?[1]["severity"] as? String == "error")
    }
}
