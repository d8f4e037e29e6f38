extension MarkdownReport {
    /// Part 2: every figure, each with the steps behind it.
    static func mirror(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("## " + l("report.part2"))
        out.append("")

        out.append("### " + l("report.phases"))
        out.append("")
        if !r.steps.isEmpty {
            out.append("| \(l("report.col.step")) | \(l("report.col.stage")) | \(l("report.col.situation")) | \(l("report.col.choice")) | \(l("report.col.verdict")) |")
            out.append("|---|---|---|---|---|")
            for step in r.steps {
                let choice = step.choice.phase.map { l.label($0.value) } ?? "-"
                out.append("| \(step.index) | \(l.label(step.stage)) | \(l.label(step.situationPhase)) | \(choice) | \(l.label(step.verdict)) |")
            }
            out.append("")
        }
        out.append(l("report.phase.counts", r.phase.aligned, r.phase.ahead, r.phase.behind, r.phase.untagged))
        out.append("")
        out += l.phaseLines(r).map { "- " + $0 }
        out.append("")

        coreQuestions(r, l, &out)

        out.append("### " + l("report.elements"))
        out.append("")
        out.append(l("report.elements.shown") + ":")
        out.append("")
        let shown = Element.allCases.filter { r.elements.shown[$0] != nil }
        if shown.isEmpty { out.append("- " + l("report.none")) }
        for element in shown {
            let steps = r.steps(showing: element)
            out.append("- \(l.label(element)) (`\(element.rawValue)`): "
                + l.count(steps.count, "report.elements.count", r.elements.shown[element] ?? 0, ReportText.list(steps)))
        }
        out.append("")
        out.append(l("report.elements.missed") + ":")
        out.append("")
        if r.elements.missed.isEmpty { out.append("- " + l("report.none")) }
        for missed in r.elements.missed {
            out.append("- \(l.label(missed.element)) (`\(missed.element.rawValue)`): " + l("report.elements.at", missed.step, l.sceneLabel(missed.scene, in: r.scenario)))
        }
        if !r.elements.neverShown.isEmpty {
            out.append("")
            out.append(l("report.elements.never", r.elements.neverShown.map { l.label($0) }.joined(separator: ", ")))
        }
        out.append("")

        out.append("### " + l("report.pitfalls"))
        out.append("")
        if r.pitfalls.isEmpty { out.append(l("report.pitfalls.none")) }
        for hit in r.pitfalls {
            out.append("- \(l.label(hit.pitfall)) (`\(hit.pitfall.rawValue)`): " + l("report.elements.at", hit.step, l.sceneLabel(hit.scene, in: r.scenario)))
        }
        out.append("")

        out.append("### " + l("report.expert"))
        out.append("")
        out += l.agreementLines(r.expert, line: "report.expert.line", steps: "report.expert.steps", none: "report.expert.none")
        out.append("")

        if r.isTeam {
            out.append("### " + l("report.team"))
            out.append("")
            out.append(l.teamSentence(r))
            out.append("")
            if let team = r.team {
                let text = TeamReportText(team, scenario: r.scenario, l)
                for (title, lines) in [("teamReport.disagreements", text.disagreements), ("teamReport.roles", text.roles),
                                       ("teamReport.cards", text.cards)] {
                    out.append("#### " + l(title))
                    out.append("")
                    if title == "teamReport.roles" {
                        out.append("_" + l("teamReport.roles.notice") + "_")
                        out.append("")
                    }
                    out += lines.map { "- " + $0 }
                    out.append("")
                }
            }
        }

        if let actual = r.actual {
            out.append("### " + l("report.actual"))
            out.append("")
            out += l.agreementLines(actual, line: "report.actual.line", steps: "report.actual.steps", none: "report.actual.none")
            out.append("")
        }

        out.append("### " + l("report.trajectory"))
        out.append("")
        out.append(l("report.trajectory.line", r.trajectory.first ?? 0, r.trajectory.last ?? 0))
        out.append("")
        if r.trajectory.count <= sparklineLimit {
            out.append("```")
            out += sparkline(r.trajectory)
            out.append("```")
            out.append("")
        }

        out.append("### " + l("report.structural"))
        out.append("")
        out.append(l(r.structural ? "report.structural.yes" : "report.structural.no"))
        out.append("")

        out.append("### " + l("report.ending"))
        out.append("")
        if let ending = r.ending {
            out.append(ReportText.oneLine(ending.outcome?.value ?? l.sceneLabel(ending)))
        } else {
            out.append(l.stopped(r))
        }
        out.append("")

        if !r.steps.isEmpty {
            out.append("### " + l("report.time"))
            out.append("")
            for step in r.steps {
                out.append("- \(l("report.step", step.index)): \(l.decisionTime(step))")
            }
            out.append("")
        }
    }

    static func coreQuestions(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("### " + l("report.kernvragen"))
        out.append("")
        for question in CoreQuestion.allCases { out.append("\(question.rawValue). \(l.label(question))") }
        out.append("")
        out.append(l("report.kernvragen.legend"))
        out.append("")
        out.append("| \(l("report.col.stage")) | 1 | 2 | 3 | 4 | 5 |")
        out.append("|---|---|---|---|---|---|")
        for stage in Stage.allCases {
            let cells = CoreQuestion.allCases.map { question in
                let steps = r.steps(in: stage, covering: question)
                return steps.isEmpty ? "·" : steps.map { $0 == r.kernvragen.firstStep[question] ? "\($0)*" : "\($0)" }.joined(separator: ", ")
            }
            out.append("| \(l.label(stage)) | " + cells.joined(separator: " | ") + " |")
        }
        out.append("")
        let text = l.coreQuestionLines(r)
        out += (text.lines + text.orderIssues).map { "- " + $0 }
        out.append("")
    }

    /// The trajectory as a small text chart: one column per value, rows 10 down to 0.
    static let sparklineLimit = 41

    static func sparkline(_ values: [Int]) -> [String] {
        var lines: [String] = []
        for level in stride(from: 10, through: 0, by: -1) {
            let label = level < 10 ? " \(level)" : "\(level)"
            let row = values.map { $0 == level ? "●" : ($0 > level ? "│" : " ") }.joined(separator: " ")
            lines.append(String("\(label) ┤ \(row)".reversed().drop { $0 == " " }.reversed()))
        }
        lines.append("     " + values.indices.map { $0 == 0 ? "S" : String($0 % 10) }.joined(separator: " "))
        return lines
    }
}
