import SamenOpModel
import SamenOpReport
import SamenOpText

extension PathReport {
    /// The format name written in every `paths --json` document.
    public static let format = "samenop-paths/1"

    /// The report as `samenop-paths/1` JSON (keys in the documented order), ending in a newline.
    /// Findings carry the English message, as `check --json` does.
    public func json() -> String {
        let scenes: [(String, JSONValue)] = scenes.map { figures in
            (figures.id, .object([
                ("veiligheid", .ints([figures.veiligheid.lowerBound, figures.veiligheid.upperBound])),
                ("phases", .strings(figures.phases.map(\.rawValue))),
            ]))
        }
        let findings: [JSONValue] = findings.map { finding in
            let location = finding.diagnostic.location
            return .object([
                ("code", .string(finding.kind.code)), ("kind", .string(finding.kind.rawValue)),
                ("file", .optional(location?.file)), ("line", .optional(location?.line)),
                ("column", .optional(location?.column)), ("message", .string(finding.diagnostic.message)),
            ])
        }
        let document: JSONValue = .object([
            ("format", .string(Self.format)),
            ("scenario", .string(scenario)),
            ("states", .int(states)),
            ("complete", .bool(complete)),
            ("paths", .string(paths?.description ?? "infinite")),
            ("findings", .array(findings)),
            ("scenes", .object(scenes)),
            ("expertPaths", .strings(expertPaths.map(Self.line))),
            ("shortest", .optional(shortest.map(Self.line))),
            ("longest", .optional(longest.map(Self.line))),
            ("cover", .strings(cover.map(Self.line))),
        ])
        return document.rendered() + "\n"
    }
}
