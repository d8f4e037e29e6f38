import Foundation
import SamenOpEngine
import SamenOpModel
import SamenOpReport
import SamenOpText

/// The outcome of one scenario test.
public struct ScenarioTestOutcome: Sendable {
    public var test: ScenarioTest
    /// One message per failed expectation (or one when the choices do not play), each
    /// starting with the test file's `FILE:LINE:COL`; empty when the test passed.
    public var failures: [String]

    public var passed: Bool { failures.isEmpty }
}

/// Plays a test's choices with the engine and compares its expectations with the JSON report.
///
/// The report is the one `samenop play --report json` prints, so a path in a test reads like
/// the field a trainer sees there; a list position is 1-based, as steps are numbered.
public enum ScenarioTestRunner {
    /// The session every test plays in: a fixed id and clock, so reports compare exactly, and
    /// the test's `shuffle` seed, so its choices are numbers in the order that seed shows.
    static func header(_ scenario: Scenario, mode: SessionMode, shuffle: UInt64? = nil) -> SessionHeader {
        SessionHeader(id: "test", scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256, mode: mode,
                      startedAt: Date(timeIntervalSince1970: 0), shuffleSeed: shuffle)
    }

    /// Runs `test` on `scenario`.
    public static func run(_ test: ScenarioTest, on scenario: Scenario, _ l: Localizer) -> ScenarioTestOutcome {
        let mode: SessionMode = test.mode?.value == "review" ? .review : .selfStudy
        let shuffle = test.shuffle.map { UInt64($0.value) }
        var session = Session(scenario: scenario, header: header(scenario, mode: mode, shuffle: shuffle))
        let at = test.choices.location.description
        for shown in test.choices.value {
            do {
                try session.choose(shown: shown, at: Date(timeIntervalSince1970: 0))
            } catch {
                let step = session.state.activeSteps.count + 1
                let problem = switch error {
                case .finished: l(.replPlayAfterEnd, step, test.choices.value.count - step + 1)
                case .choiceOutOfRange(_, _, let count) where count == 0: l(.replPlayNoChoice, step, session.scene.id)
                case .choiceOutOfRange(_, let shown, let count): l.count(count, .replPlayWrongNumber, step, shown, count, session.scene.id)
                default: "\(error)"
                }
                return ScenarioTestOutcome(test: test, failures: [l(.testPlayFailed, at, problem)])
            }
        }
        let report = JSONReport.document(Reflection(session: session))
        var failures: [String] = []
        for expectation in test.expect {
            let found = lookup(expectation.path, in: report)
            guard let found, matches(found, expectation.value) else {
                let shown = found.map(compact) ?? l(.testMissing)
                failures.append(l(.testExpectation, expectation.location.description, expectation.value.description,
                                  expectation.path, shown))
                continue
            }
        }
        return ScenarioTestOutcome(test: test, failures: failures)
    }

    /// The value at a dotted path: object keys by name, list items by 1-based position.
    static func lookup(_ path: String, in value: JSONValue) -> JSONValue? {
        var current = value
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            switch current {
            case .object(let pairs):
                guard let next = pairs.first(where: { $0.0 == part })?.1 else { return nil }
                current = next
            case .array(let items):
                guard let position = Int(part), position >= 1, position <= items.count else { return nil }
                current = items[position - 1]
            default:
                return nil
            }
        }
        return current
    }

    static func matches(_ found: JSONValue, _ expected: ExpectedValue) -> Bool {
        switch (found, expected) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        // An id that looks like a number in YAML (`kernvragen.missing: [3]` against "3") is not
        // the JSON's int; compare scalars as they are written.
        case (.string(let a), .int(let b)): a == String(b)
        case (.array(let items), .list(let expected)):
            items.count == expected.count && zip(items, expected).allSatisfy { matches($0, $1) }
        default: false
        }
    }

    /// A found value on one line, as JSON writes it.
    static func compact(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .number: value.rendered()
        case .string(let s): "\"\(s)\""
        case .array(let items): "[" + items.map(compact).joined(separator: ", ") + "]"
        case .object(let pairs): "{" + pairs.map { "\"\($0.0)\": " + compact($0.1) }.joined(separator: ", ") + "}"
        }
    }
}
