import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

extension REPL {
    /// Prints the current scene: header line, text, new cards (all revealed ones when `all`),
    /// the prompt and the numbered choices; at an ending the outcome.
    mutating func showScene(all: Bool) {
        guard let live else { return }
        let session = live.session
        let scene = session.scene
        // An ending is no decision: numbering it would repeat the last step's number.
        var header = [scene.isEnd ? l(.replSceneEnding) : l(.replSceneStep, session.stepNumber)]
        if let time = scene.time?.value { header.append(time) }
        header.append(l.label(scene.stage.value))
        let role = scene.role.map { l(.teamSceneRole, roleName($0.value, in: session.scenario)) }
        let full = "── " + (header + (role.map { [$0] } ?? [])).joined(separator: " · ") + " ──"
        if full.count <= width || role == nil {
            say(bold(full))
        } else {
            // A long role name would run past the edge: the role goes on its own line.
            say(bold("── " + header.joined(separator: " · ") + " ──"))
            say(bold(wrap(role ?? "", first: "   ", indent: "   ")))
        }
        say(wrap(scene.text.value))
        // `look` shows the scene's own cards again; otherwise only what is new since last shown.
        let again = all ? Set(scene.reveal.map(\.value)) : []
        let newCards = session.state.revealed.filter { !seenCards.contains($0) || again.contains($0) }
        if !newCards.isEmpty {
            say("")
            say(l(.replSceneNewCards))
            for id in newCards { showCard(id, in: live) }
        }
        seenCards.formUnion(session.state.revealed)
        say("")
        if scene.isEnd {
            say(bold(l(.replSceneEnd)))
            if let outcome = scene.outcome?.value { say(wrap(outcome)) }
            if live.feedback == .end { showAllFeedback() }
            say("")
            say(wrap(l(.replSceneReportHint, REPLCommand.report.name(in: l.language), REPLCommand.undo.name(in: l.language))))
            return
        }
        // The default question stands in for the scenario's own, so it speaks its language.
        guard !session.isAtDeadEnd else {
            say(wrap(l(.replChooseNone, REPLCommand.undo.name(in: l.language))))
            say("")
            return
        }
        say(scene.prompt?.value ?? Localizer(session.scenario.language)(.replScenePrompt))
        for (i, choice) in session.visibleChoices.enumerated() {
            let number = "  \(i + 1). "
            say(wrap(choice.text.value, first: number, indent: String(repeating: " ", count: number.count)))
        }
        say("")
    }

    /// One card: title, and text unless the room has not seen it (``Session/isHeldBack(card:)``).
    func showCard(_ id: String, in live: LiveSession) {
        guard let card = live.session.scenario.card(id) else { return }
        var title = card.title.value
        if live.mode == .team, let role = card.role?.value {
            let holder = roleName(role, in: live.session.scenario)
            guard !live.session.isHeldBack(card: id) else {
                say(wrap(l(.teamCardPrivate, title, holder, REPLCommand.share.name(in: l.language), id),
                         first: "  • ", indent: "    "))
                return
            }
            title = l(.teamCardShared, title, holder)
        }
        say(wrap(title, first: "  • ", indent: "    "))
        say(wrap(card.text.value, first: "    ", indent: "    "))
        if let source = card.source?.value { say(wrap(l(.replCardSource, source), first: "    ", indent: "    ")) }
    }

    /// The chosen choice's feedback with its phase verdict.
    func showFeedback(for step: StepReflection, team: Bool) {
        if let feedback = step.choice.feedback?.value { say(wrap(feedback, first: "» ", indent: "  ")) }
        say(wrap(step.phaseLine(l, team: team), first: "  ", indent: "  "))
    }

    /// Review mode: what was actually done at this point in the real case.
    func showThen(for step: StepReflection) {
        guard let actual = step.scene.choices.first(where: \.isActual) else { return }
        // The same option's text was just chosen and its feedback read: a mark is enough.
        let line = actual.number == step.choice.number ? l(.replReviewSame) : l(.replReviewThen, actual.text.value)
        say(wrap(line, first: "  ", indent: "  "))
    }

    /// Every step's feedback, at the ending (feedback `end`).
    func showAllFeedback() {
        guard let live else { return }
        say("")
        say(bold(l(.replFeedbackTitle)))
        for step in Reflection.steps(of: live.session) {
            say(wrap(step.choice.text.value, first: "\(step.index). ", indent: "   "))
            if let feedback = step.choice.feedback?.value { say(wrap(feedback, first: "   » ", indent: "     ")) }
            say(wrap(step.phaseLine(l, team: live.mode == .team), first: "   ", indent: "   "))
        }
    }

    /// The cards revealed so far; in a team session for everyone, then per role, and with a
    /// role (`cards ROLE`) the text of that role's unshared cards.
    mutating func cards(_ arguments: [String]) {
        guard let live = requireSession() else { return }
        if let role = arguments.first {
            guard live.mode == .team else { return fail(l(.teamEngineNotTeam, REPLCommand.start.name(in: l.language))) }
            return roleCards(role, in: live)
        }
        let revealed = live.session.state.revealed
        guard !revealed.isEmpty else { return say(l(.replCardsNone)) }
        say(bold(l(.replCardsTitle)))
        guard live.mode == .team else {
            for id in revealed { showCard(id, in: live) }
            return
        }
        let scenario = live.session.scenario
        let shared = live.session.roomCards
        say(l(.teamCardsRoom))
        for id in shared { showCard(id, in: live) }
        if shared.isEmpty { say("  " + l(.teamCardsRoomEmpty, REPLCommand.share.name(in: l.language))) }
        var held = false
        for role in scenario.roles {
            let own = live.session.privateCards(role: role.id)
            guard !own.isEmpty else { continue }
            held = true
            say(l(.teamCardsRole, role.name.value))
            for id in own { showCard(id, in: live) }
        }
        if held { say(wrap(l(.teamCardsHint, REPLCommand.cards.name(in: l.language)))) }
    }

    mutating func questions() {
        guard let live = requireSession() else { return }
        let first = live.session.coveredCoreQuestions
        say(bold(l(.replQuestionsTitle)))
        for question in CoreQuestion.allCases {
            let mark = first[question] != nil ? "✓" : "·"
            let when = first[question].map { "  " + l(.replQuestionsFirst, $0) } ?? ""
            say(wrap("\(l.label(question))\(when)", first: "  \(mark) \(question.rawValue). ", indent: "       "))
        }
    }

    /// Step, stage, phase, safety and time; in a team session the participants and the votes
    /// so far, without names unless asked (`status names`), since the screen is shared.
    mutating func status(_ arguments: [String]) {
        guard let live = requireSession() else { return }
        var names = false
        if let word = arguments.first {
            guard Self.namesWords.contains(word.lowercased()), arguments.count == 1 else {
                return fail(l(.teamTallyBadArgument, REPLCommand.status.name(in: l.language), Self.namesWord(l.language), arguments.joined(separator: " ")))
            }
            names = true
        }
        let session = live.session
        let scene = session.scene
        say(l(.replStatusSession, live.id, session.scenario.id.value, l.label(live.mode)))
        let step = l(.replStatusStep, session.currentStepNumber)
        say(session.isFinished ? step + " " + l(.replStatusFinished) : step)
        say(l(.replStatusStage, l.label(scene.stage.value)))
        say(l(.replStatusPhase, l.label(session.situationPhase)))
        say(l(.replStatusSafety, session.safety))
        if let time = scene.time?.value { say(l(.replStatusTime, time)) }
        guard live.mode == .team else { return }
        sayParticipants(session)
        showTally(names: names)
        sayRoomStatus(session)
    }
}
