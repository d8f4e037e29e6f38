import SamenOpEngine
import SamenOpModel
import SamenOpText
extension MarkdownReport {
    /// Part 2: every figure, each with the steps behind it.
    static func mirror(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("## " + l(.reportPart2))
        out.append("")

        out.append("### " + l(.reportPhases))
        out.append("")
        if !r.steps.isEmpty {
            out.append("| \(l(.reportColStep)) | \(l(.reportColStage)) | \(l(.reportColSituation)) | \(l(.reportColChoice)) | \(l(.reportColVerdict)) |")
            out.append("|---|---|---|---|---|")
            for step in r.steps {
                let choice = step.choice.phase.map { l.label($0.value) } ?? "-"
                out.append("| \(step.index) | \(l.label(step.stage)) | \(l.label(step.situationPhase)) | \(choice) | \(l.label(step.verdict)) |")
            }
            out.append("")
        }
        out.append(l(.reportPhaseCounts, r.phase.aligned, r.phase.ahead, r.phase.behind, r.phase.untagged))
        out.append("")
        out += l.phaseLines(r).map { "- " + $0 }
        out.append("")

        coreQuestions(r, l, &out)

        out.append("### " + l(.reportElements))
        out.append("")
        out.append(l(.reportElementsShown) + ":")
        out.append("")
        let shown = Element.allCases.filter { r.elements.shown[$0] != nil }
        if shown.isEmpty { out.append("- " + l(.reportNone)) }
        for element in shown {
            let steps = r.steps(showing: element)
            out.append("- \(l.label(element)) (`\(element.rawValue)`): "
                + l.count(steps.count, .reportElementsCount, r.elements.shown[element] ?? 0, ReportText.list(steps)))
        }
        out.append("")
        out.append(l(.reportElementsMissed) + ":")
        out.append("")
        if r.elements.missed.isEmpty { out.append("- " + l(.reportNone)) }
        for missed in r.elements.missed {
            out.append("- \(l.label(missed.element)) (`\(missed.element.rawValue)`): " + l(.reportElementsAt, missed.step, l.sceneLabel(missed.scene, in: r.scenario)))
        }
        if !r.elements.neverShown.isEmpty {
            out.append("")
            out.append(l(.reportElementsNever, r.elements.neverShown.map { l.label($0) }.joined(separator: ", ")))
        }
        out.append("")

        out.append("### " + l(.reportPitfalls))
        out.append("")
        if r.pitfalls.isEmpty { out.append(l(.reportPitfallsNone)) }
        for hit in r.pitfalls {
            out.append("- \(l.label(hit.pitfall)) (`\(hit.pitfall.rawValue)`): " + l(.reportElementsAt, hit.step, l.sceneLabel(hit.scene, in: r.scenario)))
        }
        out.append("")

        out.append("### " + l(.reportExpert))
        out.append("")
        out += l.agreementLines(r.expert, line: .reportExpertLine, steps: .reportExpertSteps, none: .reportExpertNone)
        out.append("")

        if r.isTeam {
            out.append("### " + l(.reportTeam))
            out.append("")
            out.append(l.teamSentence(r))
            out.append("")
            if let team = r.team {
                let text = TeamReportText(team, scenario: r.scenario, l)
                for (title, lines) in [(TextKey.teamReportDisagreements, text.disagreements), (.teamReportRoles, text.roles),
                                       (.teamReportCards, text.cards)] {
                    out.append("#### " + l(title))
                    out.append("")
                    if title == .teamReportRoles {
                        out.append("_" + l(.teamReportRolesNotice) + "_")
                        out.append("")
                    }
                    out += lines.map { "- " + $0 }
                    out.append("")
                }
            }
        }

        if let actual = r.actual {
            out.append("### " + l(.reportActual))
            out.append("")
            out += l.agreementLines(actual, line: .reportActualLine, steps: .reportActualSteps, none: .reportActualNone)
            out.append("")
        }

        out.append("### " + l(.reportTrajectory))
        out.append("")
        out.append(l(.reportTrajectoryLine, r.trajectory.first ?? 0, r.trajectory.last ?? 0))
        out.append("")
        if r.trajectory.count <= sparklineLimit {
            out.append("```")
            out += sparkline(r.trajectory)
            out.append("```")
            out.append("")
        }

        out.append("### " + l(.reportStructural))
        out.append("")
        out.append(l(r.structural ? .reportStructuralYes : .reportStructuralNo))
        out.append("")

        out.append("### " + l(.reportEnding))
        out.append("")
        if let ending = r.ending {
            out.append(ReportText.oneLine(ending.outcome?.value ?? l.sceneLabel(ending)))
        } else {
            out.append(l.stopped(r))
        }
        out.append("")

        if !r.steps.isEmpty {
            out.append("### " + l(.reportTime))
            out.append("")
            for step in r.steps {
                out.append("- \(l(.reportStep, step.index)): \(l.decisionTime(step))")
            }
            out.append("")
        }
    }

    static func coreQuestions(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("### " + l(.reportKernvragen))
        out.append("")
        for question in CoreQuestion.allCases { out.append("\(question.rawValue). \(l.label(question))") }
        out.append("")
        out.append(l(.reportKernvragenLegend))
        out.append("")
        out.append("| \(l(.reportColStage)) | 1 | 2 | 3 | 4 | 5 |")
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
