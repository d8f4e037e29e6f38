import Foundation
import SamenOpEngine
import SamenOpModel

/// `stats --format json`: the cohort report as `samenop-cohort/1` (fields in `Docs/cohorts.md`).
///
/// Keys come in a fixed order and maps are sorted, so that two runs over the same sessions give
/// the same bytes (a pooled store can be compared with the stores it came from).
public enum CohortJSON {
    public static let format = "samenop-cohort/1"

    public static func render(_ report: CohortReport) -> String {
        let value: Ordered = .object([
            ("format", .string(format)),
            ("minimumSessions", .int(CohortReport.minimumSessions)),
            ("sessions", .int(report.sessions)),
            ("scenarios", .array(report.scenarios.map(scenario))),
        ])
        var out = ""
        value.write(to: &out, indent: 0)
        return out + "\n"
    }

    static func scenario(_ s: ScenarioCohort) -> Ordered {
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
                    ("firstStepMedian", q.firstStepMedian.map(Ordered.number) ?? .null),
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

    static func scene(_ f: SceneFigure) -> Ordered {
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
            ("decisionMedianMs", f.decisionMedianMs.map(Ordered.number) ?? .null),
            ("expertLosesTo", .array(f.expertLosesTo.map(Ordered.int))),
            ("teamSuppressed", .bool(f.teamSuppressed)),
            ("teamSteps", f.teamSuppressed ? .null : .int(f.teamSteps)),
            ("dissent", f.teamSuppressed ? .null : .int(f.dissent)),
        ])
    }

    static func counts(_ map: [String: Int]) -> Ordered {
        .object(map.keys.sorted().map { ($0, .int(map[$0]!)) })
    }
}

/// A JSON value with keys in a fixed order.
enum Ordered {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([Ordered])
    case object([(String, Ordered)])

    func write(to out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d):
            out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .string(let s): Ordered.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += pad
                Ordered.writeString(key, to: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
