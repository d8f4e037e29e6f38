import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

extension REPL {
    mutating func list() {
        let entries = ScenarioSource.entries(scenariosOption: options.scenariosOption, l)
        guard !entries.isEmpty else {
            fail(l(.replListEmpty))
            return
        }
        let column = min((entries.map(\.id.count).max() ?? 0) + 4, width / 2)
        for entry in entries {
            let id = "  " + entry.id + " "
            let first = id.count < column ? id.padding(toLength: column, withPad: " ", startingAt: 0) : id
            say(wrap(entry.line, first: first, indent: String(repeating: " ", count: column)))
        }
        say(l(.replListHint, REPLCommand.start.name(in: l.language)))
    }

    /// The words `start ID MODE` understands (also offered by Tab): each mode's id and its
    /// `repl.startMode.*` word in every bundled language (`team`, `review`, `casusbespreking`,
    /// `self-study`, `zelfstudie`).
    static let modeWords: [String: SessionMode] = {
        var words: [String: SessionMode] = [:]
        for mode in SessionMode.allCases {
            words[mode.rawValue] = mode
            for language in Language.allCases {
                words[Localizer(language)(TextKey("repl.startMode.\(mode.rawValue)")).lowercased()] = mode
            }
        }
        return words
    }()

    mutating func start(_ typedArguments: [String]) {
        let (ordered, askedOrder) = Self.splitOrderFlags(typedArguments)
        let (arguments, acceptRisk) = Self.splitAcceptRisk(ordered)
        guard let idOrPath = arguments.first else { return missing(.start) }
        var mode = SessionMode.selfStudy
        if arguments.count > 1 {
            guard let named = Self.modeWords[arguments[1].lowercased()] else {
                return fail(l(.replStartBadMode, arguments[1]))
            }
            mode = named
        }
        let loaded: ScenarioSource.Loaded
        switch ScenarioSource.load(idOrPath, scenariosOption: options.scenariosOption, language: l.language) {
        case .failure(let failure):
            fail(failure.message(l))
            return
        case .success(let value):
            loaded = value
        }
        for warning in loaded.warnings { fail(warning) }
        if !mode.accepts(loaded.scenario) {
            fail(l(.replReviewNotPastCase, loaded.scenario.id.value))
            return
        }
        guard let acceptedRisk = admitReview(loaded.scenario, idOrPath: idOrPath, mode: mode, typed: acceptRisk) else { return }
        guard let store = openStore() else { return }
        let session: Session
        do {
            session = try loaded.newSession(
                in: store, mode: mode, acceptedPrivacyRisk: acceptedRisk,
                shuffleSeed: Self.shuffleSeed(mode: mode, asked: askedOrder))
        } catch {
            fail(error.message(l))
            return
        }
        if let previous = live, previous.id != session.state.header.id { say(Self.storedHint(previous.id, storeOption: options.storeOption, l)) }
        live = LiveSession(session: session, scenarioPath: loaded.path, feedback: options.feedback,
                           lock: try? SessionLock.claim(session.state.header.id, storePath: store.path))
        seenCards = []
        let title = loaded.scenario.title.value
        let tag = "[" + l(.replSessionId, session.state.header.id, l.label(mode)) + "]"
        // A long title keeps the session tag on a line of its own rather than past column 80.
        say(title.count + 2 + tag.count <= width ? bold(title) + "  " + tag : bold(title) + "\n" + tag)
        say(wrap(loaded.scenario.summary.value))
        if let seed = session.state.header.shuffleSeed {
            say(wrap(l(.replStartShuffled, seed, REPLCommand.start.name(in: l.language), l(.replFlagInOrder))))
        }
        if mode == .team {
            say(wrap(l(.teamIntro, REPLCommand.join.name(in: l.language), REPLCommand.vote.name(in: l.language),
                       REPLCommand.status.name(in: l.language), Self.namesWord(l.language))))
            // The role ids `deelnemer NAAM ROL` needs, before anyone has to guess one.
            say(wrap(l(.teamJoinRoles, loaded.scenario.roles.map(\.id).joined(separator: ", "))))
        }
        sayPastCaseHint(loaded.scenario, mode: mode)
        say("")
        showScene(all: true)
    }

    /// A past case started without `review` plays as self-study without "then"; say how to
    /// start the case review instead (trainer trial, finding 34).
    func sayPastCaseHint(_ scenario: Scenario, mode: SessionMode) {
        guard scenario.kind == .pastCase, mode == .selfStudy else { return }
        say(wrap(l(.replStartPastCaseHint, REPLCommand.start.name(in: l.language), scenario.id.value,
                   l(.replStartModeReview))))
    }

    /// A number typed at a decision. The engine refuses an ended session or a number not shown
    /// (``EngineError/finished``, ``EngineError/choiceOutOfRange(step:shown:count:)``); what is
    /// said after the choice is the report's view of the step (``Reflection/lastStep(of:)``).
    mutating func choose(_ shown: Int) {
        guard confirmsUnsupported(shown) else { return }
        guard perform({ (session: inout Session) throws(EngineError) in try session.choose(shown: shown, at: Date()) }),
              let live, let judged = Reflection.lastStep(of: live.session) else { return }
        if live.mode == .team { sayCommitted(judged) }
        if live.feedback == .immediate { showFeedback(for: judged, team: live.mode == .team) }
        if live.mode == .review { showThen(for: judged) }
        say("")
        showScene(all: false)
    }

    /// What to say when a number outside the choices shown is typed (also when none is shown).
    static func rangeMessage(_ count: Int, _ l: Localizer) -> String {
        switch count {
        case 0: l(.replChooseNone, REPLCommand.undo.name(in: l.language))
        case 1: l(.replChooseOnly)
        default: l(.replChooseRange, count)
        }
    }

    mutating func look() {
        guard requireSession() != nil else { return }
        showScene(all: true)
    }

    mutating func note(_ text: String) {
        guard requireSession() != nil else { return }
        guard !text.isEmpty else { return missing(.note) }
        guard perform({ (session: inout Session) throws(EngineError) in try session.note(text, at: Date()) }),
              let live else { return }
        say(l(.replNoteSaved, live.session.currentStepNumber))
    }

    mutating func undo() {
        guard let before = requireSession() else { return }
        // Notes written at the open decision go with it; say so, so they can be typed again.
        let dropped = before.session.state.pendingNotes
        let droppedVotes = before.session.isFinished ? [] : before.session.currentVotes
        let openStep = before.session.stepNumber
        var undone: Step?
        guard perform({ (session: inout Session) throws(EngineError) in undone = try session.undo(at: Date()) }),
              let live, let undone else { return }
        let choice = live.session.scenario.choice(for: undone)
        say(wrap(l(.replUndoDone, live.session.stepNumber, choice?.text.value ?? "")))
        if !dropped.isEmpty { say(wrap(l(.replUndoNotesDropped, openStep, dropped.joined(separator: " · ")))) }
        sayUndoneVotes(dropped: droppedVotes, droppedStep: openStep)
        say("")
        seenCards = seenCards.intersection(live.session.state.revealed)
        showScene(all: true)
        if live.mode == .team, !live.session.currentVotes.isEmpty { showTally(names: false) }
    }

    /// `verslag [md|html|json] [FILE]`, read by ``ReportArguments`` (quotes, `~`, a `.pdf`
    /// refused with how to print the HTML). In a team session before the ending the report is
    /// held back, as its feedback is, unless asked for with `verslag alles`.
    mutating func report(_ rest: String) {
        guard let live = requireSession() else { return }
        var rest = rest
        let word = rest.split(separator: " ").first.map { String($0).lowercased() }
        let allWords = Set(Language.allCases.map { Localizer($0)(.replWordAll).lowercased() })
        let all = word.map(allWords.contains) ?? false
        if all { rest = String(rest.drop(while: { $0 != " " })).trimmingCharacters(in: .whitespaces) }
        let name = REPLCommand.report.name(in: l.language)
        if live.mode == .team, !live.session.isFinished, live.feedback == .end, !all {
            return fail(l(.replReportHeldBack, name, l(.replWordAll).lowercased()))
        }
        let format: ReportOutput.Format, file: String?
        switch ReportArguments(rest) {
        case .report(let chosen, let named):
            format = chosen ?? .md
            file = named
        case .pdf(let named):
            return fail(l(.replReportPdf, name, ((named ?? "verslag.pdf") as NSString).deletingPathExtension + ".html"))
        case .unknownFormat(let word): return fail(l(.replReportBadFormat, word))
        case .tooManyWords: return fail(l(.replReportTooManyWords, name))
        case .unclosedQuote: return fail(l(.replReportUnclosedQuote, rest))
        }
        let text = ReportOutput.render(session: live.session, format: format, language: options.reportLanguage)
        guard let file else {
            say(String(ReportOutput.forScreen(text, format: format, width: width).dropLast()))
            return
        }
        do {
            try SecureFile.writeReport(Data(text.utf8), to: file)
            say(l(.replReportWritten, file))
        } catch {
            fail(l(.replReportFailed, error.path, SystemErrorText.translate(error.reason, l)))
        }
    }

    mutating func sessions() {
        guard hasStore else { return say(l(.replSessionsNone)) }
        guard let store = openStore() else { return }
        do {
            let summaries = try store.sessions()
            guard !summaries.isEmpty else { return say(l(.replSessionsNone)) }
            for line in SessionsListing.lines(summaries, l) { say(line) }
        } catch {
            fail(error.message(l))
        }
    }

    mutating func resume(_ arguments: [String]) {
        guard let id = arguments.first else { return missing(.resume) }
        if let live, live.id == id.lowercased() || live.id.hasPrefix(id.lowercased()) {
            return showScene(all: true)
        }
        // As `samenop resume`: an unknown id creates no store just to say so.
        guard hasStore else { return fail(StoreError.unknownSession(id).message(l)) }
        guard let store = openStore() else { return }
        do {
            let opened = try SessionOpener.open(id, store: store, scenariosOption: options.scenariosOption, language: l.language)
            for warning in opened.warnings { fail(warning) }
            if let previous = live { say(Self.storedHint(previous.id, storeOption: options.storeOption, l)) }
            enter(resumed: LiveSession(session: opened.session, scenarioPath: opened.scenarioPath, feedback: options.feedback, lock: opened.lock))
        } catch {
            fail(error.message)
        }
    }

    func help() {
        say(l(.replHelpTitle))
        let names = REPLCommandNames.bundled
        let column = 32
        func line(_ usage: String, _ description: String) {
            let left = "  " + usage
            if left.count < column - 1 {
                say(wrap(description, first: left.padding(toLength: column, withPad: " ", startingAt: 0), indent: String(repeating: " ", count: column)))
            } else {
                say(left)
                say(wrap(description, first: String(repeating: " ", count: column), indent: String(repeating: " ", count: column)))
            }
        }
        // The session language's name, then the other languages' names in brackets.
        for command in REPLCommand.allCases {
            let own = names.name(command, in: l.language), others = names.otherNames(command, besides: l.language)
            let shown = others.isEmpty ? own : "\(own) (\(others.joined(separator: ", ")))"
            line(l(TextKey("repl.usage.\(command.rawValue)"), shown), l(TextKey("repl.help.\(command.rawValue)")))
        }
        line("N", l(.replHelpNumber))
    }
}
