import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// Validates YAML files against `Docs/samenop-1.schema.json` with Python's `jsonschema`
/// (draft-07), the same check a trainer's editor runs.
///
/// The interpreter is `SAMENOP_PYTHON` if set, else `python3` from the test's own `PATH`
/// (so a pyenv or virtualenv python is found). YAML dates are read as text, like the
/// scenario loader reads every scalar it expects to be a string.
struct SchemaValidator {
    /// One schema violation: where (`scenes/a/stage`, empty for the top level), which schema
    /// keyword objected (`enum`, `additionalProperties`, ...), and jsonschema's message.
    struct Finding: Decodable, CustomStringConvertible {
        var path: String
        var keyword: String
        var message: String
        var description: String { "\(path.isEmpty ? "(top)" : path): \(keyword): \(message)" }
    }

    static let script = """
        import json, sys, yaml, jsonschema
        class Loader(yaml.SafeLoader): pass
        Loader.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t != 'tag:yaml.org,2002:timestamp']
                                          for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
        with open(sys.argv[1], encoding='utf-8') as f:
            validator = jsonschema.Draft7Validator(json.load(f))
        out = {}
        for path in sys.argv[2:]:
            try:
                with open(path, encoding='utf-8') as f:
                    doc = yaml.load(f, Loader=Loader)
                out[path] = [{'path': '/'.join(map(str, e.absolute_path)), 'keyword': str(e.validator),
                              'message': e.message} for e in validator.iter_errors(doc)]
            except yaml.YAMLError as e:
                out[path] = [{'path': '', 'keyword': 'yaml', 'message': str(e)}]
        print(json.dumps(out))
        """

    /// Whether the validating tests run: the validator is there, or its absence must fail.
    static let shouldRun: Bool = isAvailable || ProcessInfo.processInfo.environment["SAMENOP_REQUIRE_SCHEMA_CHECK"] == "1"

    /// Whether the interpreter runs and imports `jsonschema` and `yaml`.
    static let isAvailable: Bool = {
        guard let result = try? run(["-c", "import jsonschema, yaml"]) else { return false }
        return result.status == 0
    }()

    /// Why a required validator could not run.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String {
            "SAMENOP_REQUIRE_SCHEMA_CHECK=1, but python3 with the jsonschema and PyYAML modules is not available"
        }
    }

    /// The validator; throws (a test failure) when it is required but missing.
    static func require() throws -> SchemaValidator {
        guard isAvailable else { throw Unavailable() }
        return SchemaValidator()
    }

    /// Validates each file; the result maps every given path to its findings (empty: valid).
    func validate(_ paths: [String]) throws -> [String: [Finding]] {
        let schema = Binary.packageRoot.appendingPathComponent("Docs/samenop-1.schema.json").path
        let result = try Self.run(["-c", Self.script, schema] + paths)
        guard result.status == 0 else {
            Issue.record("the schema validator failed (status \(result.status)): \(result.stderr)")
            return [:]
        }
        return try JSONDecoder().decode([String: [Finding]].self, from: Data(result.stdout.utf8))
    }

    /// Runs the interpreter with `arguments` in the test's environment.
    private static func run(_ arguments: [String]) throws -> Binary.Result {
        let process = Process()
        if let python = ProcessInfo.processInfo.environment["SAMENOP_PYTHON"], !python.isEmpty {
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3"] + arguments
        }
        return try Binary.collect(process)
    }
}
