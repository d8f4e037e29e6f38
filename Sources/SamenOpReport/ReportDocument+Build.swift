import Foundation
import SamenOpEngine
import SamenOpModel
import SamenOpText

/// Building the document from a reflection: the header, part 1 (what happened), part 3 (other
/// choices) and part 4 (questions). Part 2, the mirror, is in `ReportDocument+Mirror`.
///
/// All wording happens here, through the localizer, so every writer shows the same sentences.
extension ReportDocument {
    /// The report of `reflection`, with labels in the localizer's language and times in
    /// `timeZone` (the machine's own unless given; tests fix it so goldens do not depend on it).
    public init(_ r: Reflection, localizer l: Localizer, timeZone: TimeZone = .current) {
        language = l.language
        title = l(.reportTitle, r.scenario.title.value)
        meta = Self.meta(r, l, timeZone)
        callouts = [Callout(kind: .notice, content: [.text(l(.reportNotice))])]
        if let practice = r.header.practice {
            // A practice session started part-way (`start ID bij SCENE`): its figures are not a whole run.
            let presets = practice.presets.map { "\($0.variable) = \($0.value)" }.joined(separator: ", ")
            callouts.append(Callout(kind: .notice, content: [.strong(l(
                .reportPractice, practice.scene, presets.isEmpty ? "" : l(.reportPracticePresets, presets)))]))
        }
        if r.header.acceptedPrivacyRisk {
            callouts.append(Callout(kind: .privacy, content: [.strong(l(.reportPrivacy))]))
        }
        sections = [
            Section(id: .happened, title: l(.reportPart1), blocks: Self.happened(r, l) + Self.scaleSpread(r, l)),
            Section(id: .mirror, title: l(.reportPart2), blocks: Self.mirror(r, l)),
            Section(id: .other, title: l(.reportPart3), blocks: Self.otherChoices(r, l)),
            Section(id: .questions, title: l(.reportPart4), blocks: Self.questions(r, l)),
        ]
    }

    static func meta(_ r: Reflection, _ l: Localizer, _ zone: TimeZone) -> [MetaField] {
        let scenario = r.scenario
        var fields = [
            MetaField(label: l(.reportScenario), value: [
                .code(scenario.id.value), .text(" (\(scenario.language.rawValue), sha256 "),
                .digest(String(scenario.sha256.prefix(12))), .text(")"),
            ]),
            MetaField(label: l(.reportSession), value: [
                .code(r.header.id), .text(" · \(l(.reportMode)): \(l.label(r.header.mode))"),
            ]),
        ]
        let finished = r.finishedAt.map { "\(l(.reportFinished)): \(ReportDate.readable($0, in: zone))" } ?? l(.reportUnfinished)
        fields.append(MetaField(label: l(.reportStarted), value: [.text("\(ReportDate.readable(r.header.startedAt, in: zone)) · \(finished)")]))
        if !r.participants.isEmpty {
            let people = r.participants.map { l(.teamParticipant, $0.name, l.roleName($0.role, in: scenario)) }
            fields.append(MetaField(label: l(.reportParticipants), value: [.text(people.joined(separator: ", "))]))
        }
        return fields
    }

    // MARK: Part 1

    static func happened(_ r: Reflection, _ l: Localizer) -> [Block] {
        var blocks: [Block] = []
        if r.record.isEmpty { blocks.append(.paragraph([.text(l(.reportNoSteps))])) }
        blocks.append(.timeline(r.record.map { entry($0, r, l) }))
        if let ending = r.ending {
            blocks.append(.ending(Ending(
                title: "\(l(.reportEnding)) · \(l.label(ending.stage.value))",
                text: ending.text.value,
                summary: ReportText.summary(ending.text.value, limit: 400),
                outcome: ending.outcome.map { Field(label: l(.reportOutcome), text: ReportText.oneLine($0.value)) })))
        } else {
            blocks.append(.paragraph([.text(l.stopped(r))], .stopped))
            if !r.pendingNotes.isEmpty {
                blocks.append(.notes(Notes(label: l(.reportPendingNotes, r.steps.count + 1), notes: r.pendingNotes)))
            }
        }
        return blocks
    }

    static func entry(_ step: StepReflection, _ r: Reflection, _ l: Localizer) -> TimelineEntry {
        var title = l.stepHeading(step, in: r.scenario)
        if step.undone { title += " (\(l(.reportUndone)))" }
        var votes: Votes?
        if !step.votes.isEmpty {
            let items: [[Inline]] = step.votes.map { vote in
                var line: [Inline] = [.text(l.vote(vote, at: step, in: r.scenario))]
                if let reason = vote.reason { line += [.text(": "), .quote(ReportText.oneLine(reason))] }
                return vote.replaced ? [.struck(line), .text(" (\(l(.reportReplaced)))")] : line
            }
            votes = Votes(label: l(.reportVotes), items: items, dissent: step.dissent ? l(.reportDissent) : nil)
        }
        var then: Then?
        if let actual = step.actualChoice, let same = step.matchesActual {
            then = Then(
                same: same, mark: l(same ? .reportThenNowSame : .reportThenNowDifferent),
                done: same ? nil : Field(label: l(.reportActualThen), qualifier: l.option(actual, at: step),
                                         text: ReportText.oneLine(actual.text.value)))
        }
        return TimelineEntry(
            title: title, verdict: step.verdict, undone: step.undone,
            scene: ReportText.paragraphs(step.scene.text.value), sceneMore: l(.reportSceneMore),
            chosen: chosen(step, l), votes: votes,
            notes: step.notes.isEmpty ? nil : Notes(label: l(.reportNotes), notes: step.notes),
            feedback: step.choice.feedback.map { Field(label: l(.reportFeedback), text: ReportText.oneLine($0.value)) },
            then: then,
            facts: Facts(safetyLabel: l(.reportSafety), safetyBefore: step.safetyBefore, safetyAfter: step.safetyAfter,
                         phase: l.phasePair(step), timeLabel: l(.reportDecisionTime), time: l.decisionTime(step)))
    }

    /// "**Gekozen** (optie 2): ...", the option as the trainee saw it numbered.
    static func chosen(_ step: StepReflection, _ l: Localizer) -> Field {
        Field(label: l(.reportChosen), qualifier: l(.reportOption, step.shown), text: ReportText.oneLine(step.choice.text.value))
    }

    // MARK: Part 3

    static func otherChoices(_ r: Reflection, _ l: Localizer) -> [Block] {
        let steps = r.stepsWithExpertAlternatives
        if steps.isEmpty {
            return [.paragraph([.text(r.expert.decisions == 0 ? l(.reportExpertNone) : l(.reportOtherNone))])]
        }
        return [.paragraph([.text(l(.reportOtherIntro))])] + steps.map { step in
            .comparison(Comparison(
                title: l.stepHeading(step, in: r.scenario),
                chosen: chosen(step, l),
                alternatives: step.expertAlternatives.map { option in
                    var details: [Detail] = []
                    if let feedback = option.feedback?.value {
                        details.append(Detail(label: l(.reportFeedback), text: ReportText.oneLine(feedback)))
                    }
                    details.append(Detail(label: l(.reportOtherWouldShow), text: l.wouldShow(option)))
                    return Alternative(
                        option: Field(label: l(.reportOtherExpert), qualifier: l.option(option, at: step),
                                      text: ReportText.oneLine(option.text.value)),
                        details: details)
                }))
        }
    }

    // MARK: Part 4

    static func questions(_ r: Reflection, _ l: Localizer) -> [Block] {
        var blocks: [Block] = []
        if let thenNow = ThenNowText(r, l) {
            var content: [Block] = [.paragraph([.text(thenNow.intro)])]
            if !thenNow.steps.isEmpty {
                content.append(.list(List(ordered: true, role: .thenNow, thenNow.steps.map { ListItem([.text($0)]) })))
            }
            blocks.append(.subsection(Subsection(title: l(.reviewThenNowTitle), level: 3, blocks: content)))
        }
        if !r.scenario.reflection.isEmpty {
            let own = r.scenario.reflection.map { ListItem([.text(ReportText.oneLine($0.value))]) }
            blocks.append(.subsection(Subsection(title: l(.reportReflectionOwn), level: 3, blocks: [.list(List(ordered: true, own))])))
        }
        let cycle = l.cycleQuestions.map { ListItem([.text($0)]) }
        blocks.append(.subsection(Subsection(title: l(.reportReflectionCycle), level: 3, blocks: [.list(List(ordered: true, cycle))])))
        return blocks + lookBack(r, l)
    }

    /// A case review closes with the real team's own look-back: the cards its ending reveals
    /// ("Uit de casusanalyse van het team, achteraf"), which the REPL shows at the ending and
    /// which are the best thing to end a debrief with. Outside a review, or before an ending,
    /// there is none.
    static func lookBack(_ r: Reflection, _ l: Localizer) -> [Block] {
        guard r.actual != nil, let ending = r.ending else { return [] }
        return ending.reveal.compactMap { r.scenario.card($0.value) }.map { card in
            var blocks = ReportText.paragraphs(card.text.value).map { Block.paragraph([.text($0)]) }
            if let source = card.source?.value { blocks.append(.paragraph([.text(l(.reportLookBackSource, source))], .aside)) }
            return .panel([.subsection(Subsection(title: card.title.value, level: 3, blocks: blocks))])
        }
    }
}
