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
        out += l.phaseLines(r).map { "<li>\(esc($0))</li>" }
        out.append("</ul>")
        out.append("</div>")

        out.append("<div class=\"block\">")
        out.append("<h3>\(esc(l("report.kernvragen")))</h3>")
        out.append(coreQuestionGrid(r, l))
        out.append("<ul>")
        let questions = l.coreQuestionLines(r)
        out += questions.lines.map { "<li>\(esc($0))</li>" }
        out += questions.orderIssues.map { "<li class=\"issue\">\(esc($0))</li>" }
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
        out += agreement(l.agreementLines(r.expert, line: "report.expert.line", steps: "report.expert.steps", none: "report.expert.none"))
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
            out += agreement(l.agreementLines(actual, line: "report.actual.line", steps: "report.actual.steps", none: "report.actual.none"))
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
