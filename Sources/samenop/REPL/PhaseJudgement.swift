import SamenOpKit

/// The phase verdict of one step, as `scoring.md` defines it, for the feedback after a choice.
struct PhaseJudgement {
    enum Verdict: String {
        case aligned, ahead, behind, untagged
    }

    /// The scene's phase, or the band `veiligheid` was in before the choice.
    var situation: Phase
    /// The choice's phase, if it has one.
    var choice: Phase?
    var verdict: Verdict

    init(step: Step, choice: Choice, scenario: Scenario) {
        situation = scenario.scene(step.scene)?.phase?.value ?? scenario.phaseBands.phase(for: step.safetyBefore)
        self.choice = choice.phase?.value
        guard let phase = self.choice else {
            verdict = .untagged
            return
        }
        verdict = phase == situation ? .aligned : phase > situation ? .ahead : .behind
    }

    /// "Situation: Acute · your choice: Recovery - ahead (a phase skip)".
    /// In a team session the choice is the group's, not "yours".
    func line(_ l: Localizer, team: Bool = false) -> String {
        guard let choice else { return l("repl.verdict.untagged", l.label(situation)) }
        return l("repl.verdict.\(verdict.rawValue)" + (team ? ".team" : ""), l.label(situation), l.label(choice))
    }
}
