import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

extension StepReflection {
    /// The feedback's phase line, from the verdict the report uses (`scoring.md`), so the REPL
    /// and the report never judge a step differently: "Situation: Acute · your choice:
    /// Acute - phase: aligned." and under it "Not an expert option.": the expert agreement
    /// stands beside every verdict so that a phase-aligned poor choice never reads as approved. In a team session
    /// the choice is the group's, not "yours".
    func phaseLine(_ l: Localizer, team: Bool) -> String {
        // On the line right under the verdict: the two never wrap into each other.
        let label = l.label(expertAgreement)
        let agreement = "\n" + label.prefix(1).uppercased() + label.dropFirst() + "."
        guard let phase = choice.phase?.value else { return l(.replVerdictUntagged, l.label(situationPhase)) + agreement }
        return l(TextKey("repl.verdict.\(verdict.rawValue)" + (team ? ".team" : "")), l.label(situationPhase), l.label(phase)) + agreement
    }
}
