import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// The editor schema `Docs/samenop-1.schema.json` must agree with the program: same
/// vocabularies, the documented example and every bundled scenario accepted, broken documents
/// rejected at the right place.
///
/// Validating needs a JSON Schema implementation, and Swift has none in this package, so the
/// validating tests run `python3` with the `jsonschema` and `PyYAML` modules. Where those are
/// missing the tests are skipped with that reason shown in the test output (not silently
/// passed); with `SAMENOP_REQUIRE_SCHEMA_CHECK=1` a missing validator is a failure instead.
/// The vocabulary test needs no Python and always runs.
@Suite("SchemaTests")
struct SchemaTests {
    static let schemaURL = Binary.packageRoot.appendingPathComponent("Docs/samenop-1.schema.json")
    static let exampleURL = Binary.packageRoot.appendingPathComponent("Docs/examples/kennismaking.yaml")

    static let skipReason: Comment = """
        needs python3 with the jsonschema and PyYAML modules (pip install jsonschema pyyaml); \
        SAMENOP_PYTHON chooses the interpreter, SAMENOP_REQUIRE_SCHEMA_CHECK=1 turns this skip into a failure
        """

    // MARK: - Without Python

    @Test("the schema's vocabularies are exactly the program's")
    func vocabulariesMatch() throws {
        let schema = try Self.loadSchema()
        let definitions = try #require(schema["definitions"] as? [String: Any])
        func enumeration(_ name: String) -> [String]? {
            (definitions[name] as? [String: Any])?["enum"] as? [String]
        }
        #expect(enumeration("stage") == Stage.allCases.map(\.rawValue))
        #expect(enumeration("phase") == Phase.allCases.map(\.rawValue))
        #expect(enumeration("element") == Element.allCases.map(\.rawValue))
        #expect(enumeration("pitfall") == Pitfall.allCases.map(\.rawValue))
        #expect(enumeration("profile") == Profile.allCases.map(\.rawValue))

        let kernvraag = try #require(definitions["kernvraag"] as? [String: Any])
        #expect(kernvraag["minimum"] as? Int == CoreQuestion.allCases.first?.rawValue)
        #expect(kernvraag["maximum"] as? Int == CoreQuestion.allCases.last?.rawValue)

        let properties = try #require(schema["properties"] as? [String: Any])
        #expect((properties["language"] as? [String: Any])?["enum"] as? [String] == Language.allCases.map(\.rawValue))
        #expect((properties["kind"] as? [String: Any])?["enum"] as? [String] == ScenarioKind.allCases.map(\.rawValue))
    }

    @Test("the example's schema comment points at the schema file")
    func exampleSchemaCommentResolves() throws {
        let text = try String(contentsOf: Self.exampleURL, encoding: .utf8)
        let firstLine = String(text.prefix { $0 != "\n" })
        #expect(firstLine == "# yaml-language-server: $schema=../samenop-1.schema.json")
        let target = Self.exampleURL.deletingLastPathComponent()
            .appendingPathComponent("../samenop-1.schema.json").standardizedFileURL
        #expect(target.path == Self.schemaURL.standardizedFileURL.path)
        #expect(text.contains("\nid: kennismaking\n"))
    }

    @Test("schema comments in the library point at the schema file")
    func librarySchemaCommentsResolve() throws {
        let prefix = "# yaml-language-server: $schema="
        for file in Self.bundledScenarioFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { continue }
            let reference = String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            // Web addresses are the author's choice; only relative paths can be checked here.
            guard !reference.contains("://") else { continue }
            let target = file.deletingLastPathComponent().appendingPathComponent(reference).standardizedFileURL
            #expect(target.path == Self.schemaURL.standardizedFileURL.path,
                    "\(file.lastPathComponent): $schema=\(reference) does not lead to Docs/samenop-1.schema.json")
        }
    }

    @Test("the authoring guide shows the example file exactly")
    func guideEmbedsExample() throws {
        let guide = try String(
            contentsOf: Binary.packageRoot.appendingPathComponent("Docs/scenario-format.md"), encoding: .utf8)
        let example = try String(contentsOf: Self.exampleURL, encoding: .utf8)
        let marker = "<!-- The block below is the file Docs/examples/kennismaking.yaml; a test keeps them equal. -->\n```yaml\n"
        let start = try #require(guide.range(of: marker), "the guide lost its example marker")
        let rest = guide[start.upperBound...]
        let end = try #require(rest.range(of: "\n```\n"), "the guide's example block is not closed")
        #expect(String(rest[..<end.lowerBound]) + "\n" == example)
    }

    // MARK: - With Python's jsonschema

    @Test("the example and every bundled scenario are valid against the schema",
          .enabled(if: SchemaValidator.shouldRun, skipReason))
    func validDocumentsPass() throws {
        let validator = try SchemaValidator.require()
        var files = [Self.exampleURL]
        files += Self.bundledScenarioFiles()
        let results = try validator.validate(files.map(\.path))
        for file in files {
            let errors = results[file.path] ?? [SchemaValidator.Finding(path: "", keyword: "missing", message: "no result")]
            #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors.map(\.description).joined(separator: "; "))")
        }
    }

    /// One broken document per mistake a trainer makes, with where the schema must object.
    static let brokenDocuments: [(name: String, yaml: String, path: String, keyword: String)] = [
        ("unknown top-level key", minimal.replacingOccurrences(of: "title: T", with: "titel: T"),
         "", "additionalProperties"),
        ("bad stage", minimal.replacingOccurrences(of: "stage: melding", with: "stage: melden"),
         "scenes/a/stage", "enum"),
        ("unknown choice key", minimal.replacingOccurrences(of: "goto: b", with: "goto: b\n        kernvraag: [1]"),
         "scenes/a/choices/0", "additionalProperties"),
        ("core question 6", minimal.replacingOccurrences(of: "goto: b", with: "goto: b\n        kernvragen: [3, 6]"),
         "scenes/a/choices/0/kernvragen/1", "maximum"),
        ("unknown element", minimal.replacingOccurrences(of: "goto: b", with: "goto: b\n        elements: [samenop]"),
         "scenes/a/choices/0/elements/0", "enum"),
        ("past case not anonymised", minimal.replacingOccurrences(of: "language: nl", with: "language: nl\nkind: past-case\nanonymised: false"),
         "anonymised", "const"),
        ("no veiligheid", minimal.replacingOccurrences(of: "veiligheid: 2", with: "zorg: 2"),
         "variables", "required"),
        ("veiligheid above 10", minimal.replacingOccurrences(of: "veiligheid: 2", with: "veiligheid: 11"),
         "variables/veiligheid", "maximum"),
        ("an ending with choices", minimal.replacingOccurrences(of: "outcome: O", with: "outcome: O\n    choices:\n      - text: C\n        goto: a"),
         "scenes/b", "not"),
        ("scene id with a capital", minimal.replacingOccurrences(of: "\n  b:", with: "\n  B:"),
         "scenes", "pattern"),
        ("hyphen in a variable name", minimal.replacingOccurrences(of: "veiligheid: 2", with: "veiligheid: 2\n  zoon-gezien: false"),
         "variables", "pattern"),
    ]

    /// The smallest valid scenario; the broken documents are small edits of it.
    static let minimal = """
        format: samenop/1
        id: mini
        title: T
        language: nl
        summary: S
        variables:
          veiligheid: 2
        start: a
        scenes:
          a:
            stage: melding
            text: A
            choices:
              - text: C
                goto: b
          b:
            stage: veiligheidsplan
            end: true
            text: B
            outcome: O
        """

    @Test("broken documents are rejected at the offending key",
          .enabled(if: SchemaValidator.shouldRun, skipReason))
    func brokenDocumentsFail() throws {
        let validator = try SchemaValidator.require()
        let folder = Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = folder.appendingPathComponent("mini.yaml")
        try Self.minimal.write(to: valid, atomically: true, encoding: .utf8)
        let extended = folder.appendingPathComponent("extended.yaml")
        try Self.minimal.replacingOccurrences(of: "title: T", with: "title: T\nx-auteur: opleidingsteam")
            .replacingOccurrences(of: "goto: b", with: "goto: b\n        x-bron: casus 12")
            .write(to: extended, atomically: true, encoding: .utf8)
        var paths: [String] = []
        for (i, document) in Self.brokenDocuments.enumerated() {
            let url = folder.appendingPathComponent("broken-\(i).yaml")
            try document.yaml.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let results = try validator.validate([valid.path, extended.path] + paths)

        #expect(results[valid.path]?.isEmpty == true, "the minimal document must be valid")
        #expect(results[extended.path]?.isEmpty == true, "x- keys are free for authors")
        for (document, path) in zip(Self.brokenDocuments, paths) {
            let findings = results[path] ?? []
            #expect(
                findings.contains { $0.path == document.path && $0.keyword == document.keyword },
                "\(document.name): expected \(document.keyword) at '\(document.path)', got \(findings.map(\.description))")
        }
    }

    // MARK: - Helpers

    static func loadSchema() throws -> [String: Any] {
        let data = try Data(contentsOf: schemaURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The `.yaml`/`.yml` files of the bundled library (none yet is fine).
    static func bundledScenarioFiles() -> [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(
            at: Binary.scenarios, includingPropertiesForKeys: nil)) ?? []
        return files.filter { ["yaml", "yml"].contains($0.pathExtension) && !$0.lastPathComponent.contains(".test.") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
