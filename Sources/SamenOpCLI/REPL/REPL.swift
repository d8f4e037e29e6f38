import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy
import SamenOpRoom

#if canImport(Glibc)
import Glibc
#endif

/// When a choice's feedback is shown.
enum FeedbackMode: String, CaseIterable, Sendable {
    /// Right after each choice (self-study default).
    case immediate
    /// At the ending, for every step (team default: it must not steer the discussion).
    case end
    /// Only in the report.
    case off
}

/// How a REPL run is set up (from the command line).
struct REPLOptions {
    var language: Language
    /// The report's language when `--lang` asked for one; else the scenario's.
    var reportLanguage: Language?
    var storePath: String
    /// `--store` as given, repeated in the resume hint (`nil` when the store came from the
    /// environment or the default, which a later `samenop resume` finds again by itself).
    var storeOption: String?
    var scenariosOption: String?
    /// `nil`: the mode's default.
    var feedback: FeedbackMode?
    var color: Bool
    var width: Int
    /// On a terminal the width is read again before every line (``REPL/width``), so text
    /// rewraps after the window is resized (for the projector).
    var followsTerminal = false
    var interactive: Bool
    var historyPath: String?
    /// `--accept-privacy-risk`: every `start ID review` in this run may start on a past case
    /// with privacy findings.
    var acceptPrivacyRisk = false
    /// `--watch`: reload the session's scenario file when it changes (REPL+Authoring).
    var watch = false
}

/// A session being played, with what the REPL needs beside the engine.
struct LiveSession {
    var session: Session
    var scenarioPath: String
    var feedback: FeedbackMode
    /// This process's claim on the session, released when another session replaces it.
    var lock: SessionLock?

    /// `feedback` is `--feedback` when given; else `end` in a team session and `immediate`
    /// otherwise.
    init(session: Session, scenarioPath: String, feedback: FeedbackMode?, lock: SessionLock? = nil) {
        self.session = session
        self.scenarioPath = scenarioPath
        self.lock = lock
        self.feedback = feedback ?? (session.state.header.mode == .team ? .end : .immediate)
    }

    var id: String { session.state.header.id }
    var mode: SessionMode { session.state.header.mode }
}

/// The interactive loop: reads a line, runs the command, prints the result.
///
/// Every action on a session is applied to a copy first and committed to the store before it
/// replaces the session in memory, so what the screen shows is always what is stored.
struct REPL {
    let options: REPLOptions
    let l: Localizer
    let editor: LineEditor
    var store: SessionStore?
    var live: LiveSession?
    /// Cards already shown on screen, so that a scene lists only the new ones.
    var seenCards: Set<String> = []
    var scenarioIDs: [String] = []
    /// The room, while it is open (`zaal`); the session then lives in its ledger (REPL+Room).
    var room: RoomServer?
    /// Team: a number nobody voted for, typed once; typed again it is chosen (`REPL+TeamUndo.swift`).
    var awaitingConfirmation: Int?

    init(options: REPLOptions) {
        self.options = options
        l = Localizer(options.language)
        editor = LineEditor(interactive: options.interactive, historyPath: options.historyPath)
    }

    /// Runs until `quit` or the end of input. A failed command is said and the loop goes on,
    /// so the REPL always ends with status 0.
    mutating func run(resuming: LiveSession? = nil) {
        // Completion needs the library's ids; a piped run never completes, so it skips loading them.
        if options.interactive { scenarioIDs = ScenarioSource.ids(scenariosOption: options.scenariosOption) }
        if let resuming {
            enter(resumed: resuming)
        } else {
            say(wrap(l(.replWelcome)))
        }
        while true {
            // Only a terminal completes; a piped script skips rebuilding the word lists per line.
            if options.interactive { updateCompletions() }
            flush()
            guard let line = readLineWatching(prompt: prompt) else {
                if options.interactive { say("") }
                sayStoredHint()
                break
            }
            if !handle(line) { break }
        }
        closeRoom(quietly: true)
        flush()
    }

    private var prompt: String {
        var text = "samenop"
        if let live {
            text += live.session.isFinished ? " ✓" : " " + String(live.session.stepNumber)
        }
        text += "> "
        return options.color ? "\u{1}\u{1B}[1m\u{2}\(text)\u{1}\u{1B}[0m\u{2}" : text
    }

    private func updateCompletions() {
        let modes = Array(Self.modeWords.keys), formats = ReportOutput.Format.allCases.map(\.rawValue)
        let namesWords = Self.namesWords.sorted()
        let stored = completableSessionIDs(), deletable = stored.filter { $0 != live?.id }
        var words = REPLCommand.allNames + scenarioIDs + modes + formats + namesWords
        var after: [REPLCommand: [String]] = [
            .start: scenarioIDs, .report: formats, .status: namesWords, .resume: stored, .delete: deletable,
        ]
        if let live {
            let state = live.session.state, scenario = live.session.scenario
            words += state.participants.map(\.name) + scenario.roles.map(\.id) + state.revealed
            after[.join] = scenario.roles.map(\.id)
            after[.cards] = scenario.roles.map(\.id)
            after[.vote] = state.participants.map(\.name)
            after[.share] = live.session.shareableCards
        }
        LineEditor.setCompletions(words, after: after, later: [.start: modes, .delete: deletable])
    }

    // MARK: - Output

    func say(_ text: String) { StandardStreams.print(text, keepingStyle: options.color) }

    func fail(_ text: String) {
        flush()
        // On a terminal one-line messages are wrapped like the rest; several lines (a checked
        // file's diagnostics with their carets) keep their layout, and a script reading
        // standard error gets each message on one line.
        Terminal.printError(Terminal.isTTY(2) && !text.contains("\n") ? wrap(text) : text)
    }

    func flush() { fflush(nil) }

    /// The columns to wrap to now: the terminal's current width, at most
    /// ``Terminal/readableWidth``, when output is a terminal (so a resize takes effect at the
    /// next line); else the width fixed at start.
    var width: Int { options.followsTerminal ? Terminal.readableWidth : options.width }

    func bold(_ text: String) -> String { options.color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func wrap(_ text: String, first: String = "", indent: String = "") -> String {
        TextWrap.wrap(text, width: width, first: first, indent: indent)
    }

    func sayStoredHint() {
        guard let live else { return }
        say(Self.storedHint(live.id, storeOption: options.storeOption, l))
    }

    /// "Session ID is stored. To continue: samenop resume ID", with `--store PATH` when the
    /// store was given that way, so the command can be copied as it is (finding 9).
    static func storedHint(_ id: String, storeOption: String?, _ l: Localizer) -> String {
        guard let storeOption else { return l(.replStored, id) }
        let safe = storeOption.allSatisfy { $0.isLetter || $0.isNumber || "/._-+~:".contains($0) }
        return l(.replStoredAt, id, safe ? storeOption : "'" + storeOption.replacingOccurrences(of: "'", with: "'\\''") + "'")
    }

    // MARK: - Dispatch

    /// Runs one line; returns `false` when the REPL should end.
    mutating func handle(_ line: String) -> Bool {
        syncFromRoom()
        let input = REPLInput(line)
        if case .number = input {} else { awaitingConfirmation = nil }
        switch input {
        case .empty:
            return true
        case .number(let n):
            choose(n)
        case .unknown(let word):
            let suggestions = REPLCommand.suggestions(for: word, in: l.language)
            if !suggestions.isEmpty {
                fail(l(.replUnknownSuggest, word, suggestions.joined(separator: "`, `")))
            } else {
                // A pasted paragraph is not echoed back whole.
                let echo = word.count > 30 ? word.prefix(30) + "…" : word
                fail(l(.replUnknown, echo, REPLCommand.help.name(in: l.language)))
            }
        case .command(let command, let arguments, let rest):
            switch command {
            case .list: list()
            case .start: if !startPractice(arguments) { startWithRoom(arguments) }
            case .look: look()
            case .note: note(rest)
            case .cards: cards(arguments)
            case .questions: questions()
            case .status: status(arguments)
            case .undo: undo()
            case .join: join(rest)
            case .vote: vote(rest)
            case .share: share(arguments)
            case .report: report(rest)
            case .sessions: sessions()
            case .resume: resumeWithRoom(arguments)
            case .delete: delete(arguments)
            case .reload: reload()
            case .room: roomCommand(arguments)
            case .reveal: reveal(arguments)
            case .scale: scale(rest)
            case .help: help()
            case .quit:
                closeRoom(quietly: true)
                sayStoredHint()
                return false
            }
        }
        return true
    }

    // MARK: - Helpers for commands

    /// The store, opened on first use.
    mutating func openStore() -> SessionStore? {
        if let store { return store }
        do {
            store = try SessionStore(path: options.storePath)
        } catch {
            fail(error.message(l))
        }
        return store
    }

    /// Continues a stored session (`resume`, `samenop resume`): says so and shows where it stands.
    mutating func enter(resumed session: LiveSession) {
        live = session
        seenCards = []
        say(l(.replResumed, session.id, session.session.scenario.title.value))
        say("")
        sayKnownCards(session)
        showScene(all: true)
        sayTeamState()
    }

    /// Whether there is a store to look sessions up in; listing or resuming creates none.
    var hasStore: Bool { store != nil || FileManager.default.fileExists(atPath: options.storePath) }

    /// The session in play, or a message saying there is none.
    func requireSession() -> LiveSession? {
        if live == nil { fail(l(.replNoSession, REPLCommand.start.name(in: l.language))) }
        return live
    }

    /// Applies `action` to a copy of the session, commits its event, then keeps the copy.
    /// On any error the session stays as it was and the message is printed; `hint` may add a
    /// line for the engine's refusal, so the REPL never checks the rule again itself.
    mutating func perform(
        _ action: (inout Session) throws(EngineError) -> Void, hint: (EngineError) -> String? = { _ in nil }
    ) -> Bool {
        guard var current = requireSession() else { return false }
        if let room { return perform(in: room, action, hint: hint) }
        var next = current.session
        do {
            try action(&next)
        } catch {
            fail(error.message(l))
            if let hint = hint(error) { fail(hint) }
            return false
        }
        guard let store = openStore() else { return false }
        do {
            try store.record(next)
        } catch {
            fail(error.message(l))
            return false
        }
        current.session = next
        live = current
        return true
    }

    /// Usage line for a command with a missing argument.
    func missing(_ command: REPLCommand) {
        fail(l(.replMissing, l(TextKey("repl.usage.\(command.rawValue)"), command.name(in: l.language))))
    }
}
