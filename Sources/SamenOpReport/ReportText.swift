import SamenOpEngine
import SamenOpModel
import SamenOpText
/// Small text helpers for the sentences of the report document (`ReportDocument+Build`), and
/// `oneLine` for writers that need one line per item.
enum ReportText {
    /// The first paragraph of a scene text, cut at a word boundary near `limit` characters.
    static func summary(_ text: String, limit: Int = 220) -> String {
        var paragraph = text
        if text.utf8.contains(UInt8(ascii: "\n")) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let start = lines.firstIndex { !trimmed($0).isEmpty } ?? lines.endIndex
            paragraph = lines[start...].prefix { !trimmed($0).isEmpty }.map(trimmed).joined(separator: " ")
        }
        guard paragraph.count > limit else { return paragraph }
        var cut = String(paragraph.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        // "bedreiging.…" reads as a typo: a cut after a sentence gets a space, a comma goes.
        while let last = cut.last, ",;:".contains(last) { cut.removeLast() }
        if let last = cut.last, ".!?".contains(last) { return cut + " …" }
        return cut + "…"
    }

    /// A text's paragraphs (split at blank lines), the lines of each joined by a space: the
    /// whole scene text in the report, which a debrief retells the case from.
    static func paragraphs(_ text: String) -> [String] {
        var out: [String] = [], current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(trimmed) {
            if line.isEmpty {
                if !current.isEmpty { out.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: " ")) }
        return out
    }

    /// `1, 3, 5`.
    static func list(_ numbers: [Int]) -> String { numbers.map(String.init).joined(separator: ", ") }

    /// One line for a text that may span several (table cells, list items).
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return trimmed(text) }
        return text.split(whereSeparator: \.isNewline).map(trimmed).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Without leading and trailing spaces and tabs (plain Swift: no NSString bridging).
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(text[first...last])
    }
}

extension Localizer {
    /// The label of a phase verdict.
    func label(_ verdict: PhaseVerdict) -> String { self(TextKey("report.verdict.\(verdict.rawValue)")) }

    /// A role's display name from the scenario, else its id.
    func roleName(_ id: String, in scenario: Scenario) -> String { scenario.role(id)?.name.value ?? id }

    /// What an option would have shown: its phase, core questions and elements.
    func wouldShow(_ choice: Choice) -> String {
        var parts: [String] = []
        if let phase = choice.phase?.value { parts.append(self(.reportOtherPhase, label(phase))) }
        if !choice.kernvragen.isEmpty {
            parts.append(self(.reportOtherQuestions, choice.kernvragen.map { String($0.value.rawValue) }.joined(separator: ", ")))
        }
        parts += choice.elements.map { label($0.value) }
        return parts.isEmpty ? self(.reportOtherNothing) : parts.joined(separator: "; ")
    }

    /// `Fase: situatie Acuut, keuze Herstel (loopt vooruit) · geen expertoptie gekozen`: the
    /// phase verdict never stands alone, so that a choice in the right phase but not a good one
    /// does not read as approved.
    func phasePair(_ step: StepReflection) -> String {
        self(.reportPhasePair, label(step.situationPhase), step.choice.phase.map { label($0.value) } ?? "-", label(step.verdict))
            + " · " + label(step.expertAgreement)
    }

    /// How the option taken relates to the expert options on screen.
    package func label(_ agreement: ExpertAgreement) -> String {
        switch agreement {
        case .expert: self(.reportAgreementExpert)
        case .other: self(.reportAgreementOther)
        case .noneShown: self(.reportAgreementNoneShown)
        case .transition: self(.reportAgreementTransition)
        }
    }

    /// The structural sentence, following ``StructuralLink``: a connection is claimed only
    /// when one was made; a visit alone is said to be only a visit.
    func structuralSentence(_ link: StructuralLink) -> String {
        if link.connected { return count(link.steps.count, .reportStructuralConnected, ReportText.list(link.steps)) }
        return self(link.visited ? .reportStructuralVisited : .reportStructuralNo)
    }

    /// A vote as one line: who, which option as shown, and the start of that option's text.
    func vote(_ vote: Vote, at step: StepReflection, in scenario: Scenario) -> String {
        var line = self(.reportVote, vote.name, roleName(vote.role, in: scenario), vote.shown)
        if let choice = step.scene.choices.first(where: { $0.number == vote.choice }) {
            line += " (" + ReportText.summary(choice.text.value, limit: 60) + ")"
        }
        return line
    }

    /// Where an unfinished session stopped ("na 1 stap", not "na 1 stappen"), naming the step
    /// it would have been next.
    func stopped(_ r: Reflection) -> String {
        self(r.steps.count == 1 ? .reportStoppedOne : .reportStopped, r.steps.count, sceneLabel(r.currentScene), r.steps.count + 1)
    }

    /// How the Markdown and HTML reports name a scene for a trainer: its time label and stage
    /// ("vr 23:40 · Veiligstellen", as in the step headings), or its stage and first words when
    /// it has no time label.
    ///
    /// Scene ids are the author's handles; a trainer reads the story, so they stay in the
    /// JSON report (its `scene` fields) and out of the prose.
    func sceneLabel(_ scene: Scene) -> String {
        let stage = label(scene.stage.value)
        if let time = scene.time?.value, !ReportText.trimmed(time).isEmpty { return "\(ReportText.trimmed(time)) · \(stage)" }
        return "\(stage) · \"\(ReportText.summary(scene.text.value, limit: 40))\""
    }

    /// ``sceneLabel(_:)`` for a scene id; an id the scenario no longer has is shown as it is.
    func sceneLabel(_ id: String, in scenario: Scenario) -> String {
        scenario.scene(id).map(sceneLabel) ?? id
    }

    /// A step's heading: "Stap N · time · stage", the time label only when the scene has one.
    func stepTitle(_ index: Int, _ scene: Scene, stage: Stage) -> String {
        var title = self(.reportStep, index)
        if let time = scene.time?.value { title += " · " + time }
        return title + " · " + label(stage)
    }

    /// A step's heading in the timeline and in part 3: ``stepTitle(_:_:stage:)`` and who
    /// decides, when the scene names a role ("beslissing voor: Politie", as in the REPL).
    func stepHeading(_ step: StepReflection, in scenario: Scenario) -> String {
        let title = stepTitle(step.index, step.scene, stage: step.stage)
        guard let role = step.scene.role?.value else { return title }
        return title + " · " + self(.reportDecides, roleName(role, in: scenario))
    }

    /// Team sessions: the sentence on dissent, naming its steps.
    func teamSentence(_ r: Reflection) -> String {
        let voted = r.steps.filter { !$0.votes.isEmpty }
        guard !voted.isEmpty else { return self(.reportTeamNoVotes) }
        let dissent = voted.filter(\.dissent).map(\.index)
        return dissent.isEmpty ? self(.reportTeamAgreed) : count(dissent.count, .reportTeamDissent, ReportText.list(dissent))
    }

    /// `optie 2`: an option as the trainee saw it numbered at `step`, its authored number when
    /// it was not on screen.
    func option(_ choice: Choice, at step: StepReflection) -> String {
        self(.reportOption, step.shownNumber(of: choice) ?? choice.number)
    }

    /// `5,1 s`: how long a decision took, in the language's notation.
    func decisionTime(_ step: StepReflection) -> String {
        self(.reportSeconds, ReportDate.seconds(step.decisionMs, language))
    }

    /// The phase figures as sentences, for the mirror of every format: each skip (or
    /// that there was none), then the steps that went back to an earlier phase.
    func phaseLines(_ r: Reflection) -> [String] {
        var lines = r.steps.filter { $0.isDecision && $0.verdict == .ahead }.map { step in
            self(.reportPhaseSkip, step.index, sceneLabel(step.scene), label(step.situationPhase),
                 step.choice.phase.map { label($0.value) } ?? "-")
        }
        if r.phase.skips.isEmpty, !r.steps.isEmpty { lines.append(self(.reportPhaseNoSkips)) }
        let behind = r.steps.filter { $0.isDecision && $0.verdict == .behind }.map(\.index)
        if !behind.isEmpty { lines.append(count(behind.count, .reportPhaseBehind, ReportText.list(behind))) }
        return lines
    }

    /// The core-question figures as sentences below the grid: where each question was first
    /// covered and which were not; `orderIssues` apart, since a writer may mark them.
    func coreQuestionLines(_ r: Reflection) -> (lines: [String], orderIssues: [String]) {
        let k = r.kernvragen
        var lines = k.covered.compactMap { question in k.firstStep[question].map { self(.reportKernvragenFirst, question.rawValue, $0) } }
        if k.missing.isEmpty {
            lines.append(self(.reportKernvragenAll))
        } else {
            lines.append(self(.reportKernvragenMissing, k.missing.map { "\($0.rawValue) '\(label($0))'" }.joined(separator: ", ")))
            if k.missing.contains(.wieZijnBetrokken) { lines.append(self(.reportKernvragenFive)) }
        }
        let issues = k.orderIssues.map {
            self(.reportKernvragenOrder, label(CoreQuestion.isHetNuVeilig), $0.step, sceneLabel($0.scene, in: r.scenario))
        }
        return (lines, issues)
    }

    /// An agreement figure (expert, or then vs now) as its count and the steps behind it, or
    /// as the one sentence `none` when there were no decisions to compare.
    func agreementLines(_ a: Agreement, line: TextKey, steps key: TextKey, none: TextKey) -> [String] {
        guard a.decisions > 0 else { return [self(none)] }
        return [
            count(a.decisions, line, a.matched, a.decisions),
            count(a.decisionSteps.count, key, ReportText.list(a.decisionSteps),
                  a.matchedSteps.isEmpty ? "-" : ReportText.list(a.matchedSteps)),
        ]
    }

    /// The five generic questions of the reflection cycle.
    var cycleQuestions: [String] { (1...5).map { self(TextKey("report.cycle.\($0)")) } }
}
