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
    /// Recovery - ahead (a phase skip)". In a team session the choice is the group's, not "yours".
    func phaseLine(_ l: Localizer, team: Bool) -> String {
        guard let phase = choice.phase?.value else { return l(.replVerdictUntagged, l.label(situationPhase)) }
        return l(TextKey("repl.verdict.\(verdict.rawValue)" + (team ? ".team" : "")), l.label(situationPhase), l.label(phase))
    }
}
