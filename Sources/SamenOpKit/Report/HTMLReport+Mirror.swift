extension HTMLReport {
    /// Part 2: every figure, each with the steps behind it.
    static func mirror(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("<section id=\"mirror\">")
        out.append("<h2>\(esc(l("report.part2")))</h2>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l("report.trajectory")))</h3>")
        out.append("<figure class=\"chart-figure\">")
        out.append(safetyChart(r, l))
        if !r.steps.isEmpty { out.append(phaseStrip(r, l)) }
        out.append("<figcaption>\(esc(l("report.chart.title"))) · \(esc(l("report.strip.title")))</figcaption>")
        out.append("</figure>")
        out.append("<p>\(esc(l("report.trajectory.line", r.trajectory.first ?? 0, r.trajectory.last ?? 0)))</p>")
        out.append(legend(l))
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l("report.phases")))</h3>")
        out.append("<p>\(esc(l("report.phase.counts", r.phase.aligned, r.phase.ahead, r.phase.behind, r.phase.untagged)))</p>")
        out.append("<ul>")
        for step in r.steps where step.verdict == .ahead {
            let choice = step.choice.phase.map { l.label($0.value) } ?? "-"
            out.append("<li>\(esc(l("report.phase.skip", step.index, l.sceneLabel(step.scene), l.label(step.situationPhase), choice)))</li>")
        }
        if r.phase.skips.isEmpty, !r.steps.isEmpty { out.append("<li>\(esc(l("report.phase.noSkips")))</li>") }
        let behind = r.steps.filter { $0.verdict == .behind }.map(\.index)
        if !behind.isEmpty { out.append("<li>\(esc(l.count(behind.count, "report.phase.behind", ReportText.list(behind))))</li>") }
        out.append("</ul>")
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l("report.kernvragen")))</h3>")
        out.append(coreQuestionGrid(r, l))
        out.append("<ul>")
        for question in r.kernvragen.covered {
            if let first = r.kernvragen.firstStep[question] {
                out.append("<li>\(esc(l("report.kernvragen.first", question.rawValue, first)))</li>")
            }
        }
        if r.kernvragen.missing.isEmpty {
            out.append("<li>\(esc(l("report.kernvragen.all")))</li>")
        } else {
            let missing = r.kernvragen.missing.map { "\($0.rawValue) '\(l.label($0))'" }.joined(separator: ", ")
            out.append("<li>\(esc(l("report.kernvragen.missing", missing)))</li>")
            if r.kernvragen.missing.contains(.wieZijnBetrokken) { out.append("<li>\(esc(l("report.kernvragen.five")))</li>") }
        }
        for issue in r.kernvragen.orderIssues {
            out.append("<li class=\"issue\">\(esc(l("report.kernvragen.order", l.label(CoreQuestion.isHetNuVeilig), issue.step, l.sceneLabel(issue.scene, in: r.scenario))))</li>")
        }
        out.append("</ul>")
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l("report.elements")))</h3>")
        out.append("<p><strong>\(esc(l("report.elements.shown")))</strong></p><ul>")
        let shown = Element.allCases.filter { r.elements.shown[$0] != nil }
        if shown.isEmpty { out.append("<li>\(esc(l("report.none")))</li>") }
        for element in shown {
            let steps = r.steps(showing: element)
            let count = l.count(steps.count, "report.elements.count", r.elements.shown[element] ?? 0, ReportText.list(steps))
            out.append("<li>\(esc(l.label(element))): \(esc(count))</li>")
        }
        out.append("</ul><p><strong>\(esc(l("report.elements.missed")))</strong></p><ul>")
        if r.elements.missed.isEmpty { out.append("<li>\(esc(l("report.none")))</li>") }
        for missed in r.elements.missed {
            out.append("<li>\(esc(l.label(missed.element))): \(esc(l("report.elements.at", missed.step, l.sceneLabel(missed.scene, in: r.scenario))))</li>")
        }
        out.append("</ul>")
        if !r.elements.neverShown.isEmpty {
            out.append("<p>\(esc(l("report.elements.never", r.elements.neverShown.map { l.label($0) }.joined(separator: ", "))))</p>")
        }
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l("report.pitfalls")))</h3>")
        if r.pitfalls.isEmpty {
            out.append("<p>\(esc(l("report.pitfalls.none")))</p>")
        } else {
            out.append("<ul>")
            out += r.pitfalls.map { "<li>\(esc(l.label($0.pitfall))): \(esc(l("report.elements.at", $0.step, l.sceneLabel($0.scene, in: r.scenario))))</li>" }
            out.append("</ul>")
        }
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l("report.expert")))</h3>")
        out += agreement(r.expert, line: "report.expert.line", steps: "report.expert.steps", none: "report.expert.none", l)
        out.append("</div>")

        if r.isTeam {
            out.append("<div class=\"block\">")
            out.append("<h3>\(esc(l("report.team")))</h3>")
            out.append("<p>\(esc(l.teamSentence(r)))</p>")
            if let team = r.team {
                let text = TeamReportText(team, scenario: r.scenario, l)
                for (title, lines) in [("teamReport.disagreements", text.disagreements), ("teamReport.roles", text.roles),
                                       ("teamReport.cards", text.cards)] {
                    out.append("<h4>\(esc(l(title)))</h4>")
                    if title == "teamReport.roles" { out.append("<p class=\"small\">\(esc(l("teamReport.roles.notice")))</p>") }
                    out.append("<ul>")
                    out += lines.map { "<li>\(esc($0))</li>" }
                    out.append("</ul>")
                }
            }
            out.append("</div>")
        }

        if let actual = r.actual {
            out.append("<div class=\"block\">")
            out.append("<h3>\(esc(l("report.actual")))</h3>")
            out += agreement(actual, line: "report.actual.line", steps: "report.actual.steps", none: "report.actual.none", l)
            out.append("</div>")
        }

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l("report.structural")))</h3>")
        out.append("<p class=\"\(r.structural ? "reached" : "not-reached")\">\(esc(l(r.structural ? "report.structural.yes" : "report.structural.no")))</p>")
        out.append("<h3>\(esc(l("report.ending")))</h3>")
        if let ending = r.ending {
            out.append("<p>\(esc(ReportText.oneLine(ending.outcome?.value ?? l.sceneLabel(ending))))</p>")
        } else {
            out.append("<p>\(esc(l.stopped(r)))</p>")
        }
        out.append("</div>")

        if !r.steps.isEmpty {
            out.append("<div class=\"block\">")
            out.append("<h3>\(esc(l("report.time")))</h3>")
            out.append("<ul class=\"times\">")
            out += r.steps.map { "<li><b>\($0.index)</b> \(esc(l("report.seconds", ReportDate.seconds($0.decisionMs, l.language))))</li>" }
            out.append("</ul>")
            out.append("</div>")
        }
        out.append("</section>")
    }

    static func agreement(_ a: Agreement, line: String, steps key: String, none: String, _ l: Localizer) -> [String] {
        guard a.decisions > 0 else { return ["<p>\(esc(l(none)))</p>"] }
        let steps = l.count(
            a.decisionSteps.count, key, ReportText.list(a.decisionSteps),
            a.matchedSteps.isEmpty ? "-" : ReportText.list(a.matchedSteps))
        return ["<p>\(esc(l.count(a.decisions, line, a.matched, a.decisions)))</p>", "<p class=\"small\">\(esc(steps))</p>"]
    }
}
