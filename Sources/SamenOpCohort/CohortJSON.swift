import Foundation
import SamenOpEngine
import SamenOpModel
import SamenOpText

/// `stats --format json`: the cohort report as `samenop-cohort/1` (fields in `Docs/cohorts.md`).
///
/// Keys come in a fixed order and maps are sorted, so that two runs over the same sessions give
/// the same bytes (a pooled store can be compared with the stores it came from).
public enum CohortJSON {
    public static let format = "samenop-cohort/1"

    public static func render(_ report: CohortReport) -> String {
        let value: JSONValue = .object([
            ("format", .string(format)),
            ("minimumSessions", .int(CohortReport.minimumSessions)),
            ("sessions", .int(report.sessions)),
            ("scenarios", .array(report.scenarios.map(scenario))),
        ])
        return value.rendered() + "\n"
    }

    static func scenario(_ s: ScenarioCohort) -> JSONValue {
        guard !s.suppressed else {
            return .object([("id", .string(s.id)), ("sessions", .int(s.sessions)), ("suppressed", .bool(true))])
        }
        return .object([
            ("id", .string(s.id)),
            ("sessions", .int(s.sessions)),
            ("suppressed", .bool(false)),
            ("endings", counts(s.endings)),
            ("options", .array(s.options.map { o in
                .object([
                    ("scene", .string(o.scene)), ("choice", .int(o.choice)), ("expert", .bool(o.expert)),
                    ("taken", .int(o.taken)), ("shown", .int(o.shown)),
                ])
            })),
            ("scenes", .array(s.scenes.map(scene))),
            ("coreQuestions", .array(s.coreQuestions.map { q in
                .object([
                    ("question", .int(q.question.rawValue)), ("missing", .int(q.missing)),
                    ("firstStepMedian", q.firstStepMedian.map(JSONValue.number) ?? .null),
                ])
            })),
            ("orderIssues", counts(s.orderIssues)),
            ("elementsNeverShown", counts(Dictionary(uniqueKeysWithValues: s.elementsNeverShown.map { ($0.key.rawValue, $0.value) }))),
            ("expertAgreement", s.expertAgreement.map { a in
                .object([
                    ("median", .number(a.median)), ("min", .int(a.min)), ("max", .int(a.max)),
                    ("sessions", .int(a.sessions)),
                ])
            } ?? .null),
        ])
    }

    static func scene(_ f: SceneFigure) -> JSONValue {
        guard !f.suppressed else {
            return .object([("scene", .string(f.scene)), ("sessions", .int(f.sessions)), ("suppressed", .bool(true))])
        }
        return .object([
            ("scene", .string(f.scene)),
            ("sessions", .int(f.sessions)),
            ("suppressed", .bool(false)),
            ("steps", .int(f.steps)),
            ("phaseSkips", .int(f.phaseSkips)),
            ("pitfalls", counts(Dictionary(uniqueKeysWithValues: f.pitfalls.map { ($0.key.rawValue, $0.value) }))),
            ("decisionMedianMs", f.decisionMedianMs.map(JSONValue.number) ?? .null),
            ("expertLosesTo", .array(f.expertLosesTo.map(JSONValue.int))),
            ("teamSuppressed", .bool(f.teamSuppressed)),
            ("teamSteps", f.teamSuppressed ? .null : .int(f.teamSteps)),
            ("dissent", f.teamSuppressed ? .null : .int(f.dissent)),
        ])
    }

    static func counts(_ map: [String: Int]) -> JSONValue {
        .object(map.keys.sorted().map { ($0, .int(map[$0]!)) })
    }
}
