import SamenOpEngine
import SamenOpModel
import SamenOpText
/// Renders a reflection as Markdown, in the four parts of the reflection cycle.
///
/// Plain Markdown that reads well in a terminal as it is (short lines of labels, lists, small
/// tables) and renders well in any Markdown viewer for a debrief on a projector.
public enum MarkdownReport {
    /// The report as Markdown, ending in a newline.
    public static func render(_ r: Reflection, localizer l: Localizer) -> String {
        var out: [String] = []
        header(r, l, &out)
        happened(r, l, &out)
        mirror(r, l, &out)
        otherChoices(r, l, &out)
        questions(r, l, &out)
        return out.joined(separator: "\n") + "\n"
    }

    static func header(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("# " + l(.reportTitle, r.scenario.title.value))
        out.append("")
        out.append("- \(l(.reportScenario)): `\(r.scenario.id.value)` (\(r.scenario.language.rawValue), sha256 \(r.scenario.sha256.prefix(12)))")
        out.append("- \(l(.reportSession)): `\(r.header.id)` · \(l(.reportMode)): \(l.label(r.header.mode))")
        let finished = r.finishedAt.map { "\(l(.reportFinished)): \(ReportDate.readable($0))" } ?? l(.reportUnfinished)
        out.append("- \(l(.reportStarted)): \(ReportDate.readable(r.header.startedAt)) · \(finished)")
        if !r.participants.isEmpty {
            let people = r.participants.map { l(.teamParticipant, $0.name, l.roleName($0.role, in: r.scenario)) }
            out.append("- \(l(.reportParticipants)): " + people.joined(separator: ", "))
        }
        out.append("")
        out.append("> " + l(.reportNotice))
        if r.header.acceptedPrivacyRisk {
            out.append("")
            out.append("> **\(l(.reportPrivacy))**")
        }
        out.append("")
    }

    static func happened(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("## " + l(.reportPart1))
        out.append("")
        if r.record.isEmpty { out.append(l(.reportNoSteps)); out.append("") }
        for step in r.record {
            var title = l.stepTitle(step.index, step.scene, stage: step.stage)
            if step.undone { title += " (\(l(.reportUndone)))" }
            out.append("### " + title)
            out.append("")
            out.append(ReportText.summary(step.scene.text.value))
            out.append("")
            out.append("- **\(l(.reportChosen))** (\(l(.reportOption, step.shown))): \(ReportText.oneLine(step.choice.text.value))")
            if !step.votes.isEmpty {
                out.append("- **\(l(.reportVotes))**:")
                for vote in step.votes {
                    var line = "  - " + l.vote(vote, at: step, in: r.scenario)
                    if let reason = vote.reason { line += ": \"\(ReportText.oneLine(reason))\"" }
                    if vote.replaced { line += " (\(l(.reportReplaced)))" }
                    out.append(line)
                }
                if step.dissent { out.append("  - _\(l(.reportDissent))_") }
            }
            if !step.notes.isEmpty {
                out.append("- **\(l(.reportNotes))**:")
                out += step.notes.map { "  - " + ReportText.oneLine($0) }
            }
            if let feedback = step.choice.feedback?.value {
                out.append("- **\(l(.reportFeedback))**: \(ReportText.oneLine(feedback))")
            }
            if let actual = step.actualChoice, step.matchesActual != nil {
                out.append("- **\(l(.reportActualThen))** (\(l.option(actual, at: step))): \(ReportText.oneLine(actual.text.value))")
            }
            out.append("- **\(l(.reportSafety))**: \(step.safetyBefore) → \(step.safetyAfter) · \(l.phasePair(step)) · \(l(.reportDecisionTime)): \(l.decisionTime(step))")
            out.append("")
        }
        if let ending = r.ending {
            out.append("### \(l(.reportEnding)) · \(l.label(ending.stage.value))")
            out.append("")
            out.append(ReportText.summary(ending.text.value, limit: 400))
            if let outcome = ending.outcome?.value {
                out.append("")
                out.append("**\(l(.reportOutcome))**: \(ReportText.oneLine(outcome))")
            }
            out.append("")
        } else {
            out.append("_" + l.stopped(r) + "_")
            out.append("")
            if !r.pendingNotes.isEmpty {
                out.append("**\(l(.reportPendingNotes, r.steps.count + 1))**:")
                out.append("")
                out += r.pendingNotes.map { "- " + ReportText.oneLine($0) }
                out.append("")
            }
        }
    }

    static func otherChoices(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("## " + l(.reportPart3))
        out.append("")
        let steps = r.stepsWithExpertAlternatives
        if steps.isEmpty {
            out.append(r.expert.decisions == 0 ? l(.reportExpertNone) : l(.reportOtherNone))
            out.append("")
            return
        }
        out.append(l(.reportOtherIntro))
        out.append("")
        for step in steps {
            out.append("### " + l.stepTitle(step.index, step.scene, stage: step.stage))
            out.append("")
            out.append("- **\(l(.reportChosen))** (\(l(.reportOption, step.shown))): \(ReportText.oneLine(step.choice.text.value))")
            for option in step.expertAlternatives {
                out.append("- **\(l(.reportOtherExpert))** (\(l.option(option, at: step))): \(ReportText.oneLine(option.text.value))")
                if let feedback = option.feedback?.value {
                    out.append("  - \(l(.reportFeedback)): \(ReportText.oneLine(feedback))")
                }
                out.append("  - \(l(.reportOtherWouldShow)): \(l.wouldShow(option))")
            }
            out.append("")
        }
    }

    static func questions(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("## " + l(.reportPart4))
        out.append("")
        if let thenNow = ThenNowText(r, l) {
            out.append("### " + l(.reviewThenNowTitle))
            out.append("")
            out.append(thenNow.intro)
            out.append("")
            if !thenNow.steps.isEmpty {
                for (i, line) in thenNow.steps.enumerated() { out.append("\(i + 1). \(line)") }
                out.append("")
            }
        }
        if !r.scenario.reflection.isEmpty {
            out.append("### " + l(.reportReflectionOwn))
            out.append("")
            for (i, question) in r.scenario.reflection.enumerated() {
                out.append("\(i + 1). \(ReportText.oneLine(question.value))")
            }
            out.append("")
        }
        out.append("### " + l(.reportReflectionCycle))
        out.append("")
        for (i, question) in l.cycleQuestions.enumerated() { out.append("\(i + 1). \(question)") }
    }
}
