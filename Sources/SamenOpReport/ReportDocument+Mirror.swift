import SamenOpEngine
import SamenOpModel
import SamenOpText

/// Part 2, the mirror: every figure, each with the steps behind it, in panels that are kept
/// together on a printed page.
///
/// The trajectory is the one part placed differently by medium: where it can be drawn it opens
/// the mirror (chart, phase strip and key); as text it comes after the agreement figures, as a
/// small text chart, and the phase strip becomes a table under the phase heading.
extension ReportDocument {
    static func mirror(_ r: Reflection, _ l: Localizer) -> [Block] {
        let chart = safetyChart(r, l)
        let trajectoryLine = Block.paragraph([.text(l(.reportTrajectoryLine, r.trajectory.first ?? 0, r.trajectory.last ?? 0))])
        var blocks: [Block] = [
            // Drawn, the trajectory opens the mirror: one picture of the whole session.
            .picturesOnly([panel(l(.reportTrajectory), [
                .figure(.trajectory(chart)), trajectoryLine,
                .figure(.verdictKey(PhaseVerdict.allCases.map { VerdictKey(verdict: $0, label: l.label($0)) })),
                .paragraph([.text(l(.reportStripExpertKey))], .aside),
            ] + (r.actual == nil ? [Block]() : [Block.paragraph([.text(l(.reportStripThenKey))], .aside)]))]),
            panel(l(.reportPhases), phases(r, l)),
            panel(l(.reportKernvragen), [
                .figure(.coreQuestions(coreQuestionGrid(r, l))),
                .list(List(coreQuestionItems(r, l))),
            ]),
            panel(l(.reportElements), elements(r, l)),
            panel(l(.reportPitfalls), pitfalls(r, l)),
            panel(l(.reportExpert), [statement(l.agreementLines(r.expert, line: .reportExpertLine, steps: .reportExpertSteps, none: .reportExpertNone))]),
        ]
        if r.isTeam { blocks.append(panel(l(.reportTeam), team(r, l))) }
        if let actual = r.actual {
            var content: [Block] = [
                statement(l.agreementLines(actual, line: .reportActualLine, steps: .reportActualSteps, none: .reportActualNone)),
            ]
            // The then/now row of the strip, as text: "1 ≠ · 2 = · 3 =".
            let marks = r.steps.compactMap { step in step.matchesActual.map { "\(step.index) \($0 ? "=" : "≠")" } }
            if !marks.isEmpty {
                content.append(.textOnly([.paragraph([.text(l(.reportActualStrip, marks.joined(separator: " · ")))])]))
            }
            blocks.append(panel(l(.reportActual), content))
        }
        // As text, it follows the figures it sums up, as a small text chart.
        blocks.append(.textOnly([
            .subsection(Subsection(title: l(.reportTrajectory), level: 3, blocks: [trajectoryLine, .figure(.trajectory(chart))])),
        ]))
        let ending = r.ending.map { ReportText.oneLine($0.outcome?.value ?? l.sceneLabel($0)) } ?? l.stopped(r)
        blocks.append(.panel([
            .subsection(Subsection(title: l(.reportStructural), level: 3, blocks: [
                .paragraph([.text(l.structuralSentence(r.structuralLink))], .structural(reached: r.structuralLink.connected)),
            ])),
            .subsection(Subsection(title: l(.reportEnding), level: 3, blocks: [.paragraph([.text(ending)])])),
        ]))
        if !r.steps.isEmpty {
            blocks.append(panel(l(.reportTime), [
                .timings(r.steps.map { Timing(step: $0.index, stepLabel: l(.reportStep, $0.index), time: l.decisionTime($0)) }),
            ]))
        }
        return blocks
    }

    /// A panel holding one level-3 subsection.
    static func panel(_ title: String, _ blocks: [Block]) -> Block {
        .panel([.subsection(Subsection(title: title, level: 3, blocks: blocks))])
    }

    /// An agreement figure: its count, then the steps behind it.
    static func statement(_ lines: [String]) -> Block {
        .statement(lead: lines.first ?? "", details: Array(lines.dropFirst()))
    }

    static func phases(_ r: Reflection, _ l: Localizer) -> [Block] {
        var blocks: [Block] = []
        if !r.steps.isEmpty {
            let header = [l(.reportColStep), l(.reportColStage), l(.reportColSituation), l(.reportColChoice), l(.reportColVerdict),
                          l(.reportColAgreement)]
            let rows = r.steps.map { step in
                [String(step.index), l.label(step.stage), l.label(step.situationPhase),
                 step.choice.phase.map { l.label($0.value) } ?? "-", l.label(step.verdict), l.label(step.expertAgreement)]
            }
            blocks.append(.textOnly([.table(Table(header: header, rows: rows))]))
        }
        blocks.append(.paragraph([.text(l(.reportPhaseCounts, r.phase.aligned, r.phase.ahead, r.phase.behind, r.phase.untagged))]))
        blocks.append(.list(List(l.phaseLines(r).map { ListItem([.text($0)]) })))
        return blocks
    }

    static func coreQuestionItems(_ r: Reflection, _ l: Localizer) -> [ListItem] {
        let text = l.coreQuestionLines(r)
        return text.lines.map { ListItem([.text($0)]) } + text.orderIssues.map { ListItem([.text($0)], isIssue: true) }
    }

    static func elements(_ r: Reflection, _ l: Localizer) -> [Block] {
        let none: [[Inline]] = [[.text(l(.reportNone))]]
        let shown: [[Inline]] = Element.allCases.filter { r.elements.shown[$0] != nil }.map { element in
            let steps = r.steps(showing: element)
            return [.text(l.label(element)), .vocabularyID(element.rawValue),
                    .text(": " + l.count(steps.count, .reportElementsCount, r.elements.shown[element] ?? 0, ReportText.list(steps)))]
        }
        let missed: [[Inline]] = r.elements.missed.map { missed in
            [.text(l.label(missed.element)), .vocabularyID(missed.element.rawValue),
             .text(": " + l(.reportElementsAt, missed.step, l.sceneLabel(missed.scene, in: r.scenario)))]
        }
        var blocks: [Block] = [.labelledLists([
            LabelledList(label: l(.reportElementsShown), items: shown.isEmpty ? none : shown),
            LabelledList(label: l(.reportElementsMissed), items: missed.isEmpty ? none : missed),
        ])]
        if !r.elements.neverShown.isEmpty {
            blocks.append(.paragraph([.text(l(.reportElementsNever, r.elements.neverShown.map { l.label($0) }.joined(separator: ", ")))]))
        }
        return blocks
    }

    static func pitfalls(_ r: Reflection, _ l: Localizer) -> [Block] {
        guard !r.pitfalls.isEmpty else { return [.paragraph([.text(l(.reportPitfallsNone))])] }
        return [.list(List(r.pitfalls.map { hit in
            ListItem([.text(l.label(hit.pitfall)), .vocabularyID(hit.pitfall.rawValue),
                      .text(": " + l(.reportElementsAt, hit.step, l.sceneLabel(hit.scene, in: r.scenario)))])
        }))]
    }

    static func team(_ r: Reflection, _ l: Localizer) -> [Block] {
        var blocks: [Block] = [.paragraph([.text(l.teamSentence(r))])]
        guard let team = r.team else { return blocks }
        let text = TeamReportText(team, scenario: r.scenario, l)
        for (title, lines) in [(TextKey.teamReportDisagreements, text.disagreements), (.teamReportKnowledge, text.knowledge),
                               (.teamReportCards, text.cards)] {
            var content: [Block] = []
            // What each role knew, never a score per role: in a chain session that reads as a
            // score per organisation (scoring.md, Changes December 2026).
            if title == .teamReportKnowledge { content.append(.paragraph([.text(l(.teamReportKnowledgeNotice))], .aside)) }
            content.append(.list(List(lines.map { ListItem([.text($0)]) })))
            blocks.append(.subsection(Subsection(title: l(title), level: 4, blocks: content)))
        }
        return blocks
    }

    // MARK: Figures

    static func safetyChart(_ r: Reflection, _ l: Localizer) -> SafetyChart {
        let points = r.trajectory.enumerated().map { i, value in
            SafetyChart.Point(value: value, tick: i == 0 ? l(.reportStart) : String(i), title: i == 0 ? l(.reportStart) : l(.reportStep, i))
        }
        let bands = Phase.allCases.compactMap { phase in
            r.scenario.phaseBands.bands[phase].map {
                SafetyChart.Band(phase: phase, label: "\(l.label(phase)) \($0.lowerBound)-\($0.upperBound)", range: $0)
            }
        }
        let strip = r.steps.isEmpty ? nil : PhaseStrip(
            title: l(.reportStripTitle), rowLabel: l(.reportColChoice), expertLabel: l(.reportStripExpert),
            cells: r.steps.map { step in
                let choice = step.choice.phase.map { l.label($0.value) } ?? "-"
                var title = "\(l(.reportStep, step.index)): \(l.label(step.situationPhase)) / \(choice) - \(l.label(step.verdict))"
                    + " · \(l.label(step.expertAgreement))"
                if let same = step.matchesActual { title += " · " + l(same ? .reportThenNowSame : .reportThenNowDifferent) }
                return PhaseStrip.Cell(verdict: step.verdict, agreement: step.expertAgreement, title: title,
                                       sameAsThen: r.actual == nil ? nil : step.matchesActual)
            }, thenLabel: r.actual == nil ? nil : l(.reportStripThen))
        return SafetyChart(title: l(.reportChartTitle), caption: "\(l(.reportChartTitle)) · \(l(.reportStripTitle))",
                           points: points, bands: bands, strip: strip)
    }

    static func coreQuestionGrid(_ r: Reflection, _ l: Localizer) -> CoreQuestionGrid {
        let issueSteps = Set(r.kernvragen.orderIssues.map(\.step))
        return CoreQuestionGrid(
            stageHeader: l(.reportColStage),
            questions: CoreQuestion.allCases.map { .init(number: $0.rawValue, label: l.label($0)) },
            rows: Stage.allCases.map { stage in
                .init(stage: l.label(stage), cells: CoreQuestion.allCases.map { question in
                    let steps = r.steps(in: stage, covering: question)
                    let first = r.kernvragen.firstStep[question].flatMap { steps.contains($0) ? $0 : nil }
                    return .init(steps: steps, first: first,
                                 isIssue: question == .watMoetErNuGebeuren && steps.contains(where: issueSteps.contains))
                })
            },
            starredKey: l(.reportKernvragenLegend), boldKey: l(.reportKernvragenLegendBold))
    }
}
