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
        out.append("# " + l("report.title", r.scenario.title.value))
        out.append("")
        out.append("- \(l("report.scenario")): `\(r.scenario.id.value)` (\(r.scenario.language.rawValue), sha256 \(r.scenario.sha256.prefix(12)))")
        out.append("- \(l("report.session")): `\(r.header.id)` · \(l("report.mode")): \(l.label(r.header.mode))")
        let finished = r.finishedAt.map { "\(l("report.finished")): \(ReportDate.readable($0))" } ?? l("report.unfinished")
        out.append("- \(l("report.started")): \(ReportDate.readable(r.header.startedAt)) · \(finished)")
        if !r.participants.isEmpty {
            let people = r.participants.map { l("team.participant", $0.name, l.roleName($0.role, in: r.scenario)) }
            out.append("- \(l("report.participants")): " + people.joined(separator: ", "))
        }
        out.append("")
        out.append("> " + l("report.notice"))
        if r.header.acceptedPrivacyRisk {
            out.append("")
            out.append("> **\(l("report.privacy"))**")
        }
        out.append("")
    }

    static func happened(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("## " + l("report.part1"))
        out.append("")
        if r.record.isEmpty { out.append(l("report.noSteps")); out.append("") }
        for step in r.record {
            var title = l.stepTitle(step.index, step.scene, stage: step.stage)
            if step.undone { title += " (\(l("report.undone")))" }
            out.append("### " + title)
            out.append("")
            out.append(ReportText.summary(step.scene.text.value))
            out.append("")
            out.append("- **\(l("report.chosen"))** (\(l("report.option", step.shown))): \(ReportText.oneLine(step.choice.text.value))")
            if !step.votes.isEmpty {
                out.append("- **\(l("report.votes"))**:")
                for vote in step.votes {
                    var line = "  - " + l.vote(vote, at: step, in: r.scenario)
                    if let reason = vote.reason { line += ": \"\(ReportText.oneLine(reason))\"" }
                    if vote.replaced { line += " (\(l("report.replaced")))" }
                    out.append(line)
                }
                if step.dissent { out.append("  - _\(l("report.dissent"))_") }
            }
            if !step.notes.isEmpty {
                out.append("- **\(l("report.notes"))**:")
                out += step.notes.map { "  - " + ReportText.oneLine($0) }
            }
            if let feedback = step.choice.feedback?.value {
                out.append("- **\(l("report.feedback"))**: \(ReportText.oneLine(feedback))")
            }
            if let actual = step.actualChoice, step.matchesActual != nil {
                out.append("- **\(l("report.actual.then"))** (\(l.option(actual, at: step))): \(ReportText.oneLine(actual.text.value))")
            }
            out.append("- **\(l("report.safety"))**: \(step.safetyBefore) → \(step.safetyAfter) · \(l.phasePair(step)) · \(l("report.decisionTime")): \(l.decisionTime(step))")
            out.append("")
        }
        if let ending = r.ending {
            out.append("### \(l("report.ending")) · \(l.label(ending.stage.value))")
            out.append("")
            out.append(ReportText.summary(ending.text.value, limit: 400))
            if let outcome = ending.outcome?.value {
                out.append("")
                out.append("**\(l("report.outcome"))**: \(ReportText.oneLine(outcome))")
            }
            out.append("")
        } else {
            out.append("_" + l.stopped(r) + "_")
            out.append("")
            if !r.pendingNotes.isEmpty {
                out.append("**\(l("report.pendingNotes", r.steps.count + 1))**:")
                out.append("")
                out += r.pendingNotes.map { "- " + ReportText.oneLine($0) }
                out.append("")
            }
        }
    }

    static func otherChoices(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("## " + l("report.part3"))
        out.append("")
        let steps = r.stepsWithExpertAlternatives
        if steps.isEmpty {
            out.append(r.expert.decisions == 0 ? l("report.expert.none") : l("report.other.none"))
            out.append("")
            return
        }
        out.append(l("report.other.intro"))
        out.append("")
        for step in steps {
            out.append("### " + l.stepTitle(step.index, step.scene, stage: step.stage))
            out.append("")
            out.append("- **\(l("report.chosen"))** (\(l("report.option", step.shown))): \(ReportText.oneLine(step.choice.text.value))")
            for option in step.expertAlternatives {
                out.append("- **\(l("report.other.expert"))** (\(l.option(option, at: step))): \(ReportText.oneLine(option.text.value))")
                if let feedback = option.feedback?.value {
                    out.append("  - \(l("report.feedback")): \(ReportText.oneLine(feedback))")
                }
                out.append("  - \(l("report.other.wouldShow")): \(l.wouldShow(option))")
            }
            out.append("")
        }
    }

    static func questions(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("## " + l("report.part4"))
        out.append("")
        if let thenNow = ThenNowText(r, l) {
            out.append("### " + l("review.thenNow.title"))
            out.append("")
            out.append(thenNow.intro)
            out.append("")
            if !thenNow.steps.isEmpty {
                for (i, line) in thenNow.steps.enumerated() { out.append("\(i + 1). \(line)") }
                out.append("")
            }
        }
        if !r.scenario.reflection.isEmpty {
            out.append("### " + l("report.reflection.own"))
            out.append("")
            for (i, question) in r.scenario.reflection.enumerated() {
                out.append("\(i + 1). \(ReportText.oneLine(question.value))")
            }
            out.append("")
        }
        out.append("### " + l("report.reflection.cycle"))
        out.append("")
        for (i, question) in l.cycleQuestions.enumerated() { out.append("\(i + 1). \(question)") }
    }
}
