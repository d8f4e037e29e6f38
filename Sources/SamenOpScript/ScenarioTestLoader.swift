import Foundation
import SamenOpModel
import SamenOpText
import Yams

/// Reads a trainer's test file (`ID.test.yaml`, `samenop-test/1`) into ``ScenarioTestFile``.
///
/// Like the scenario loader it walks Yams nodes, so every test and every expectation keeps its
/// line: a failing expectation is reported where the trainer wrote it.
///
/// ```yaml
/// format: samenop-test/1
/// tests:
///   - name: expert path
///     choices: 2,1,3
///     expect:
///       ending.scene: einde-veilig
///       steps.3.phase.verdict: aligned
/// ```
public enum ScenarioTestLoader {
    static let testKeys = ["name", "choices", "mode", "shuffle", "expect"]

    /// Reads the file at `path`.
    public static func load(path: String) -> Result<ScenarioTestFile, ScenarioTestFileError> {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .failure(ScenarioTestFileError(at: SourceLocation(file: path, line: 1, column: 1), .key(.testfileYaml, path)))
        }
        return load(yaml: text, file: path)
    }

    /// Reads `yaml` as the test file called `file`.
    public static func load(yaml: String, file: String) -> Result<ScenarioTestFile, ScenarioTestFileError> {
        let (node, diagnostics) = YAMLComposer.compose(yaml, file: file)
        let top = SourceLocation(file: file, line: 1, column: 1)
        if let problem = diagnostics.first {
            return .failure(ScenarioTestFileError(at: problem.location ?? top, .key(.testfileYaml, problem.localizedMessage)))
        }
        do {
            return .success(try read(node, file: file))
        } catch {
            return .failure(error)
        }
    }

    static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    static func read(_ node: Node?, file: String) throws(ScenarioTestFileError) -> ScenarioTestFile {
        let top = SourceLocation(file: file, line: 1, column: 1)
        guard let node, let mapping = node.mapping else { throw ScenarioTestFileError(at: top, .key(.testfileNotMapping)) }
        var format: Node?, tests: Node?
        for (key, value) in mapping {
            switch key.string {
            case "format": format = value
            case "tests": tests = value
            default:
                throw ScenarioTestFileError(at: location(key, file), .key(.testfileUnknownKey, key.string ?? "", "format, tests"))
            }
        }
        guard let format else { throw ScenarioTestFileError(at: top, .key(.testfileMissingKey, "format")) }
        guard format.string == ScenarioTestFile.format else { throw ScenarioTestFileError(at: location(format, file), .key(.testfileFormat)) }
        guard let tests else { throw ScenarioTestFileError(at: top, .key(.testfileMissingKey, "tests")) }
        guard let list = tests.sequence else { throw ScenarioTestFileError(at: location(tests, file), .key(.testfileList, "tests")) }
        var read: [ScenarioTest] = []
        for item in list { read.append(try test(item, file: file)) }
        return ScenarioTestFile(file: file, tests: read)
    }

    static func test(_ node: Node, file: String) throws(ScenarioTestFileError) -> ScenarioTest {
        let here = location(node, file)
        guard let mapping = node.mapping else { throw ScenarioTestFileError(at: here, .key(.testfileMapping, "tests")) }
        var name: Located<String>?, choices: Located<[Int]>?, mode: Located<String>?, shuffle: Located<Int>?
        var expect: [Expectation] = []
        for (key, value) in mapping {
            let at = location(value, file)
            switch key.string {
            case "name":
                guard let text = value.scalar?.string else { throw ScenarioTestFileError(at: at, .key(.testfileText, "name")) }
                name = Located(text, at: at)
            case "choices":
                let parts = (value.scalar?.string ?? "").split(separator: ",", omittingEmptySubsequences: false)
                let numbers = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !parts.isEmpty, numbers.count == parts.count else { throw ScenarioTestFileError(at: at, .key(.testfileChoices)) }
                choices = Located(numbers, at: at)
            case "mode":
                guard let text = value.scalar?.string, ["self-study", "review"].contains(text) else {
                    throw ScenarioTestFileError(at: at, .key(.testfileMode))
                }
                mode = Located(text, at: at)
            case "shuffle":
                guard let seed = value.int, seed >= 0 else { throw ScenarioTestFileError(at: at, .key(.testfileShuffle)) }
                shuffle = Located(seed, at: at)
            case "expect":
                guard let pairs = value.mapping else { throw ScenarioTestFileError(at: at, .key(.testfileMapping, "expect")) }
                for (path, expected) in pairs {
                    guard let text = path.string else { throw ScenarioTestFileError(at: location(path, file), .key(.testfileText, "expect")) }
                    expect.append(Expectation(path: text, value: try self.value(expected, file: file), location: location(path, file)))
                }
            default:
                throw ScenarioTestFileError(at: location(key, file), .key(.testfileUnknownKey, key.string ?? "", testKeys.joined(separator: ", ")))
            }
        }
        guard let name else { throw ScenarioTestFileError(at: here, .key(.testfileMissingKey, "name")) }
        guard let choices else { throw ScenarioTestFileError(at: here, .key(.testfileMissingKey, "choices")) }
        return ScenarioTest(name: name, choices: choices, mode: mode, shuffle: shuffle, expect: expect, location: here)
    }

    /// A scalar as YAML's core schema reads it (`null`, `true`, `12`, text), or a list of them.
    static func value(_ node: Node, file: String) throws(ScenarioTestFileError) -> ExpectedValue {
        if let list = node.sequence {
            var items: [ExpectedValue] = []
            for item in list { items.append(try value(item, file: file)) }
            return .list(items)
        }
        guard let scalar = node.scalar else { throw ScenarioTestFileError(at: location(node, file), .key(.testfileValue)) }
        if scalar.style == .plain {
            if node.null != nil { return .null }
            if let b = node.bool { return .bool(b) }
            if let i = node.int { return .int(i) }
        }
        return .string(scalar.string)
    }
}
