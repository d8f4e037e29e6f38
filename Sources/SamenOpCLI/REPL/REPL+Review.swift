import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// Review of a past case in the REPL: the privacy gate before the session starts.
extension REPL {
    /// The flag that starts a review although the privacy check has findings.
    static let acceptRiskFlag = "--accept-privacy-risk"

    /// `start`'s arguments without `--accept-privacy-risk`, and whether it was typed.
    static func splitAcceptRisk(_ arguments: [String]) -> (arguments: [String], accept: Bool) {
        let rest = arguments.filter { $0.lowercased() != acceptRiskFlag }
        return (rest, rest.count != arguments.count)
    }

    /// Runs the privacy gate for a review; returns what to store as
    /// ``SessionHeader/acceptedPrivacyRisk``, or `nil` when the session must not start (the
    /// reason is printed). Other modes pass without a check.
    ///
    /// The risk counts as accepted when the flag was typed on this `start` line or given to
    /// `samenop`/`samenop repl`, so a trainer can decide once for a whole afternoon.
    func admitReview(_ scenario: Scenario, idOrPath: String, mode: SessionMode, typed: Bool) -> Bool? {
        guard mode == .review else {
            if typed {
                fail(l(.reviewFlagNotReview, REPLCommand.start.name(in: l.language)))
                return nil
            }
            return false
        }
        let verdict = ReviewGate.check(scenario, acceptRisk: typed || options.acceptPrivacyRisk)
        switch verdict {
        case .clear:
            break
        case .accepted(let findings):
            fail(ReviewGate.accepted(findings, scenario: scenario, l))
        case .refused(let findings):
            let override = "\(REPLCommand.start.name(in: l.language)) \(idOrPath) review \(Self.acceptRiskFlag)"
            fail(ReviewGate.refusal(findings, scenario: scenario, override: override, l))
            return nil
        }
        return verdict.acceptedPrivacyRisk
    }
}
