import Foundation
import SamenOpScript
import SamenOpModel
import SamenOpText

/// Decides whether a past case may be reviewed: the privacy check runs first, and a case with
/// findings is refused unless the trainer accepts the risk on purpose.
///
/// A review shows the case's texts to a room and stores them in reports, so a name or number
/// left in the file would travel further than the file itself. The REPL's `start ID review`
/// and `play --mode review` both ask the gate before they create a session:
///
/// ```swift
/// switch ReviewGate.check(scenario, acceptRisk: flag) {
/// case .clear: start(acceptedPrivacyRisk: false)
/// case .accepted(let findings): warn(ReviewGate.accepted(findings, scenario: scenario, l)); start(acceptedPrivacyRisk: true)
/// case .refused(let findings): fail(ReviewGate.refusal(findings, scenario: scenario, override: "--accept-privacy-risk", l))
/// }
/// ```
public enum ReviewGate {
    /// One privacy finding as the gate reports it: kind, position and the masked identifier.
    public struct Finding: Sendable, Hashable {
        public var kind: PrivacyKind
        /// The identifier with most characters replaced by `•`; never the identifier itself.
        public var masked: String
        public var line: Int
        public var column: Int
    }

    /// What the gate decided.
    public enum Verdict: Sendable, Hashable {
        /// No findings: the review may start.
        case clear
        /// Findings, and the risk was accepted: the review may start and the report says so.
        case accepted([Finding])
        /// Findings, and no acceptance: the review must not start.
        case refused([Finding])

        /// Whether a session may be started.
        public var allowsReview: Bool {
            if case .refused = self { return false }
            return true
        }

        /// What to store in ``SessionHeader/acceptedPrivacyRisk``.
        public var acceptedPrivacyRisk: Bool {
            if case .accepted = self { return true }
            return false
        }
    }

    /// The privacy findings of `scenario`'s file, in file order.
    public static func findings(_ scenario: Scenario) -> [Finding] {
        let source = FileManager.default.contents(atPath: scenario.file).map { String(decoding: $0, as: UTF8.self) }
        return PrivacyScanner.place(scenario, source: source ?? "").map {
            Finding(kind: $0.kind, masked: $0.masked, line: $0.location.line, column: $0.location.column)
        }
    }

    /// Runs the privacy check on `scenario` and decides.
    public static func check(_ scenario: Scenario, acceptRisk: Bool) -> Verdict {
        let found = findings(scenario)
        if found.isEmpty { return .clear }
        return acceptRisk ? .accepted(found) : .refused(found)
    }

    /// The message for a refused review: what was found and where, how to see it in full, and
    /// how to override (`override` is the exact flag or command line that does it here).
    public static func refusal(_ findings: [Finding], scenario: Scenario, override: String, _ l: Localizer) -> String {
        var lines = [l(.reviewRefused, count(findings, l), scenario.id.value)]
        lines += findings.map { "  " + line($0, l) }
        lines.append(l(.reviewRefusedFix, scenario.file))
        lines.append(l(.reviewRefusedOverride, override))
        return lines.joined(separator: "\n")
    }

    /// The warning shown when a review starts with the risk accepted.
    public static func accepted(_ findings: [Finding], scenario: Scenario, _ l: Localizer) -> String {
        ([l(.reviewAccepted, count(findings, l), scenario.id.value)] + findings.map { "  " + line($0, l) })
            .joined(separator: "\n")
    }

    private static func count(_ findings: [Finding], _ l: Localizer) -> String {
        findings.count == 1 ? l(.reviewFindingsOne) : l(.reviewFindingsMany, findings.count)
    }

    private static func line(_ finding: Finding, _ l: Localizer) -> String {
        l(.reviewFinding, finding.line, finding.column, l(TextKey("privacy.kind.\(finding.kind.rawValue)")), finding.masked)
    }
}
