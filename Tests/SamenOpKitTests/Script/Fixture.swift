import Foundation
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// A small valid scenario for tests, and helpers to break it.
enum Fixture {
    static let valid = """
    format: samenop/1
    id: test
    title: Test
    language: nl
    summary: Een kleine casus.
    roles:
      politie:
        name: Politie
    variables:
      veiligheid: 2
      gesproken: false
      status: open
    cards:
      mutatie:
        title: Mutatie
        text: Eerdere melding.
        role: politie
    start: begin
    scenes:
      begin:
        stage: melding
        text: Er komt een melding binnen.
        choices:
          - text: Samen gaan
            goto: plan
            expert: true
            add: {veiligheid: 3}
            reveal: [mutatie]
          - text: Alleen gaan
            goto: plan
            if: veiligheid >= 3 and not gesproken
      plan:
        stage: veiligheidsplan
        text: Het plan.
        end: true
        outcome: Het gezin heeft een plan.

    """

    static func load(_ yaml: String, file: String = "test.yaml") -> LoadResult {
        ScenarioLoader.load(yaml: yaml, file: file)
    }

    /// Diagnostics as `LINE:COL: severity: message [CODE]` lines, for exact comparisons.
    static func lines(_ result: LoadResult) -> [String] {
        result.diagnostics.map { d in
            "\(d.location.map { "\($0.line):\($0.column)" } ?? "-"): \(d.severity.rawValue): \(d.message) [\(d.code)]"
        }
    }

    static func lines(_ yaml: String, file: String = "test.yaml") -> [String] { lines(load(yaml, file: file)) }

    /// The valid fixture with `old` replaced by `new` (which must occur).
    static func replacing(_ old: String, with new: String) -> String {
        precondition(valid.contains(old), "fixture has no \(old)")
        return valid.replacingOccurrences(of: old, with: new)
    }
}
