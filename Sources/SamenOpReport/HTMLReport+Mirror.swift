import SamenOpEngine
import SamenOpModel
import SamenOpText
extension HTMLReport {
    /// Part 2: every figure, each with the steps behind it.
    static func mirror(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("<section id=\"mirror\">")
        out.append("<h2>\(esc(l(.reportPart2)))</h2>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l(.reportTrajectory)))</h3>")
        out.append("<figure class=\"chart-figure\">")
        out.append(safetyChart(r, l))
        if !r.steps.isEmpty { out.append(phaseStrip(r, l)) }
        out.append("<figcaption>\(esc(l(.reportChartTitle))) · \(esc(l(.reportStripTitle)))</figcaption>")
        out.append("</figure>")
        out.append("<p>\(esc(l(.reportTrajectoryLine, r.trajectory.first ?? 0, r.trajectory.last ?? 0)))</p>")
        out.append(legend(l))
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l(.reportPhases)))</h3>")
        out.append("<p>\(esc(l(.reportPhaseCounts, r.phase.aligned, r.phase.ahead, r.phase.behind, r.phase.untagged)))</p>")
        out.append("<ul>")
        out += l.phaseLines(r).map { "<li>\(esc($0))</li>" }
        out.append("</ul>")
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l(.reportKernvragen)))</h3>")
        out.append(coreQuestionGrid(r, l))
        out.append("<ul>")
        let questions = l.coreQuestionLines(r)
        out += questions.lines.map { "<li>\(esc($0))</li>" }
        out += questions.orderIssues.map { "<li class=\"issue\">\(esc($0))</li>" }
        out.append("</ul>")
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l(.reportElements)))</h3>")
        out.append("<p><strong>\(esc(l(.reportElementsShown)))</strong></p><ul>")
        let shown = Element.allCases.filter { r.elements.shown[$0] != nil }
        if shown.isEmpty { out.append("<li>\(esc(l(.reportNone)))</li>") }
        for element in shown {
            let steps = r.steps(showing: element)
            let count = l.count(steps.count, .reportElementsCount, r.elements.shown[element] ?? 0, ReportText.list(steps))
            out.append("<li>\(esc(l.label(element))): \(esc(count))</li>")
        }
        out.append("</ul><p><strong>\(esc(l(.reportElementsMissed)))</strong></p><ul>")
        if r.elements.missed.isEmpty { out.append("<li>\(esc(l(.reportNone)))</li>") }
        for missed in r.elements.missed {
            out.append("<li>\(esc(l.label(missed.element))): \(esc(l(.reportElementsAt, missed.step, l.sceneLabel(missed.scene, in: r.scenario))))</li>")
        }
        out.append("</ul>")
        if !r.elements.neverShown.isEmpty {
            out.append("<p>\(esc(l(.reportElementsNever, r.elements.neverShown.map { l.label($0) }.joined(separator: ", "))))</p>")
        }
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l(.reportPitfalls)))</h3>")
        if r.pitfalls.isEmpty {
            out.append("<p>\(esc(l(.reportPitfallsNone)))</p>")
        } else {
            out.append("<ul>")
            out += r.pitfalls.map { "<li>\(esc(l.label($0.pitfall))): \(esc(l(.reportElementsAt, $0.step, l.sceneLabel($0.scene, in: r.scenario))))</li>" }
            out.append("</ul>")
        }
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l(.reportExpert)))</h3>")
        out += agreement(l.agreementLines(r.expert, line: .reportExpertLine, steps: .reportExpertSteps, none: .reportExpertNone))
        out.append("</div>")

        if r.isTeam {
            out.append("<div class=\"block\">")
            out.append("<h3>\(esc(l(.reportTeam)))</h3>")
            out.append("<p>\(esc(l.teamSentence(r)))</p>")
            if let team = r.team {
                let text = TeamReportText(team, scenario: r.scenario, l)
                for (title, lines) in [(TextKey.teamReportDisagreements, text.disagreements), (.teamReportRoles, text.roles),
                                       (.teamReportCards, text.cards)] {
                    out.append("<h4>\(esc(l(title)))</h4>")
                    if title == .teamReportRoles { out.append("<p class=\"small\">\(esc(l(.teamReportRolesNotice)))</p>") }
                    out.append("<ul>")
                    out += lines.map { "<li>\(esc($0))</li>" }
                    out.append("</ul>")
                }
            }
            out.append("</div>")
        }

        if let actual = r.actual {
            out.append("<div class=\"block\">")
            out.append("<h3>\(esc(l(.reportActual)))</h3>")
            out += agreement(l.agreementLines(actual, line: .reportActualLine, steps: .reportActualSteps, none: .reportActualNone))
            out.append("</div>")
        }

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l(.reportStructural)))</h3>")
        out.append("<p class=\"\(r.structural ? "reached" : "not-reached")\">\(esc(l(r.structural ? .reportStructuralYes : .reportStructuralNo)))</p>")
        out.append("<h3>\(esc(l(.reportEnding)))</h3>")
        if let ending = r.ending {
            out.append("<p>\(esc(ReportText.oneLine(ending.outcome?.value ?? l.sceneLabel(ending))))</p>")
        } else {
            out.append("<p>\(esc(l.stopped(r)))</p>")
        }
        out.append("</div>")

        if !r.steps.isEmpty {
            out.append("<div class=\"block\">")
            out.append("<h3>\(esc(l(.reportTime)))</h3>")
            out.append("<ul class=\"times\">")
            out += r.steps.map { "<li><b>\($0.index)</b> \(esc(l.decisionTime($0)))</li>" }
            out.append("</ul>")
            out.append("</div>")
        }
        out.append("</section>")
    }

    /// ``Localizer/agreementLines(_:line:steps:none:)`` as paragraphs, the steps in small print.
    static func agreement(_ lines: [String]) -> [String] {
        lines.enumerated().map { i, line in i == 0 ? "<p>\(esc(line))</p>" : "<p class=\"small\">\(esc(line))</p>" }
    }
}
