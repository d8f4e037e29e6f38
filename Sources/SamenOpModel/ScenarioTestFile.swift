import SamenOpText

/// A trainer's scenario tests (`ID.test.yaml`, `format: samenop-test/1`): choices to play and
/// what the report must then say. Read by `SamenOpScript`, run by `SamenOpAnalysis`.
///
/// Every value keeps where it was written, so a failing expectation points at its own line.
public struct ScenarioTestFile: Sendable, Hashable {
    /// The format name a test file must declare.
    public static let format = "samenop-test/1"

    public var file: String
    public var tests: [ScenarioTest]

    public init(file: String, tests: [ScenarioTest]) {
        self.file = file
        self.tests = tests
    }
}

/// One test: a named playthrough and its expectations.
public struct ScenarioTest: Sendable, Hashable {
    public var name: Located<String>
    /// The numbers as shown at each step, as `samenop play --choices` takes them.
    public var choices: Located<[Int]>
    /// `self-study` (default) or `review`.
    public var mode: Located<String>?
    /// The seed of a session that shows options shuffled (`play --shuffle SEED`); `nil`: the
    /// authored order. Never negative.
    public var shuffle: Located<Int>?
    public var expect: [Expectation]
    public var location: SourceLocation

    public init(name: Located<String>, choices: Located<[Int]>, mode: Located<String>?, shuffle: Located<Int>?,
                expect: [Expectation], location: SourceLocation) {
        self.name = name
        self.choices = choices
        self.mode = mode
        self.shuffle = shuffle
        self.expect = expect
        self.location = location
    }
}

/// One expectation: a dotted path into the JSON report and the value it must have.
public struct Expectation: Sendable, Hashable {
    /// `ending.scene`, `kernvragen.missing`, `steps.3.phase.verdict` (list positions 1-based).
    public var path: String
    public var value: ExpectedValue
    public var location: SourceLocation

    public init(path: String, value: ExpectedValue, location: SourceLocation) {
        self.path = path
        self.value = value
        self.location = location
    }
}

/// A value an expectation compares with: the scalar JSON values and lists of them.
public indirect enum ExpectedValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([ExpectedValue])

    /// As JSON writes it, so the expected and the found value read alike.
    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .string(let s): "\"\(s)\""
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }
}

/// Why a test file could not be read: where, and what is wrong.
public struct ScenarioTestFileError: Error, Sendable, Hashable {
    public var location: SourceLocation
    public var message: LocalizedMessage

    public init(at location: SourceLocation, _ message: LocalizedMessage) {
        self.location = location
        self.message = message
    }
}
