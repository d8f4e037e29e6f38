import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpStore

/// The live authoring loop: `herlaad`/`reload`, `--watch`, and `start ID bij SCENE [zet
/// VAR=WAARDE ...]`, so that an author sees an edit in the story at once (as Inky shows the
/// story while one types) and can test the end of a long scenario without playing it all.
extension REPL {
    /// `herlaad`/`reload`: loads the session's scenario file again and replays its events on
    /// it (the replay that `resume` uses on a changed file), then shows the scene again.
    /// Nothing is recorded: the store keeps the events, which fit the new file as well. When
    /// the edit broke the path the session stays as it was and the first step that no longer
    /// fits is named.
    mutating func reload() {
        guard var current = requireSession() else { return }
        let name = (current.scenarioPath as NSString).lastPathComponent
        let loaded: ScenarioSource.Loaded
        switch ScenarioSource.load(path: current.scenarioPath, language: l.language) {
        case .failure(let failure):
            return fail(failure.message(l))
        case .success(let value):
            loaded = value
        }
        for warning in loaded.warnings { fail(warning) }
        let state = current.session.state
        do {
            current.session = try Session.replay(scenario: loaded.scenario, header: state.header, events: state.events)
        } catch {
            return fail(l(.replReloadBroken, error.message(l), REPLCommand.reload.name(in: l.language)))
        }
        live = current
        let steps = current.session.state.activeSteps.count
        say(l.count(steps, .replReloadDone, name, steps))
        say("")
        // Cards already on screen stay seen; a card the edit added shows as new.
        seenCards = seenCards.intersection(current.session.state.revealed)
        showScene(all: true)
    }

    /// Reads a line; with `--watch`, a change to the session's scenario file reloads it first
    /// (on a terminal while waiting for a key, keeping what was typed).
    mutating func readLineWatching(prompt: String) -> String? {
        guard options.watch else { return editor.readLine(prompt: prompt) }
        editor.enableWatch()
        while true {
            FileWatch.watch(live?.scenarioPath)
            if !options.interactive, FileWatch.changed(throttled: false) { reloadAfterChange() }
            let line = editor.readLine(prompt: prompt)
            guard FileWatch.takeFired(), options.interactive else { return line }
            FileWatch.putBack(line ?? "")
            reloadAfterChange()
        }
    }

    private mutating func reloadAfterChange() {
        guard let live else { return }
        _ = FileWatch.takeFired()
        say(l(.replReloadChanged, (live.scenarioPath as NSString).lastPathComponent))
        reload()
    }

    // MARK: - Practice sessions

    /// The words for "at" and "set" in every bundled language (`bij`, `at`; `zet`, `set`).
    static let practiceWords: (at: Set<String>, set: Set<String>) = {
        let all = Language.allCases.map { Localizer($0) }
        return (Set(all.map { $0(.replStartAtAt).lowercased() }), Set(all.map { $0(.replStartAtSet).lowercased() }))
    }()

    /// `start ID [MODE] bij SCENE [zet VAR=WAARDE ...]`: a practice session. Returns `false`
    /// when the line has no `bij`/`at`, so that `start` handles it.
    mutating func startPractice(_ typedArguments: [String]) -> Bool {
        guard let at = typedArguments.firstIndex(where: { Self.practiceWords.at.contains($0.lowercased()) }) else { return false }
        let head = Array(typedArguments[..<at]), tail = Array(typedArguments[(at + 1)...])
        let usage = l(.replStartAtUsage, REPLCommand.start.name(in: l.language), l(.replStartAtAt), l(.replStartAtSet))
        guard let idOrPath = head.first, head.count <= 2, let scene = tail.first else {
            fail(usage)
            return true
        }
        var mode = SessionMode.selfStudy
        if head.count == 2 {
            guard let named = Self.modeWords[head[1].lowercased()], named != .review else {
                fail(l(.replStartBadMode, head[1]))
                return true
            }
            mode = named
        }
        var presets: [PracticeStart.Preset] = []
        for word in tail.dropFirst() where !Self.practiceWords.set.contains(word.lowercased()) {
            guard let preset = Self.preset(word) else {
                fail(l(.replStartAtBadAssignment, word))
                fail(usage)
                return true
            }
            presets.removeAll { $0.variable == preset.variable }
            presets.append(preset)
        }
        let loaded: ScenarioSource.Loaded
        switch ScenarioSource.load(idOrPath, scenariosOption: options.scenariosOption, language: l.language) {
        case .failure(let failure):
            fail(failure.message(l))
            return true
        case .success(let value):
            loaded = value
        }
        for warning in loaded.warnings { fail(warning) }
        let practice = PracticeStart(scene: scene, presets: presets)
        let scenarioID = loaded.scenario.id.value
        switch practice.problem(in: loaded.scenario) {
        case .unknownScene(let id)?: fail(l(.replStartAtUnknownScene, id, scenarioID)); return true
        case .unknownVariable(let name)?: fail(l(.replStartAtUnknownVariable, name, scenarioID)); return true
        case .wrongType(let name, let type)?: fail(l(.replStartAtWrongType, name, type.rawValue)); return true
        case nil: break
        }
        guard let store = openStore() else { return true }
        let session: Session
        do {
            let header = SessionHeader(
                id: try store.newSessionID(), scenarioID: scenarioID, scenarioSHA256: loaded.scenario.sha256,
                mode: mode, startedAt: Date(), practice: practice)
            session = Session(scenario: loaded.scenario, header: header)
            try store.create(session, scenarioPath: URL(fileURLWithPath: loaded.path).standardizedFileURL.path)
        } catch {
            fail(error.message(l))
            return true
        }
        if let previous = live, previous.id != session.state.header.id { say(l(.replStored, previous.id)) }
        live = LiveSession(session: session, scenarioPath: loaded.path, feedback: options.feedback)
        seenCards = []
        let tag = "[" + l(.replSessionId, session.state.header.id, l.label(mode)) + "]"
        say(bold(loaded.scenario.title.value) + "  " + tag)
        say(wrap(l(.replStartAtStarted, scene, Self.presetsText(presets, l))))
        say("")
        showScene(all: true)
        return true
    }

    /// `VAR=WAARDE`: `true`/`false`, a whole number, or text (quotes around it are dropped).
    static func preset(_ word: String) -> PracticeStart.Preset? {
        guard let equals = word.firstIndex(of: "=") else { return nil }
        let name = String(word[..<equals]), raw = String(word[word.index(after: equals)...])
        guard !name.isEmpty, !raw.isEmpty else { return nil }
        let value: Value
        if raw == "true" || raw == "false" {
            value = .bool(raw == "true")
        } else if let number = Int(raw) {
            value = .int(number)
        } else {
            value = .string(raw.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
        }
        return PracticeStart.Preset(variable: name, value: value)
    }

    /// `, met veiligheid = 4, kind_gezien = true` (empty without presets).
    static func presetsText(_ presets: [PracticeStart.Preset], _ l: Localizer) -> String {
        guard !presets.isEmpty else { return "" }
        return l(.reportPracticePresets, presets.map { "\($0.variable) = \($0.value)" }.joined(separator: ", "))
    }
}
