import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpStore

/// Which sessions `export` and `xapi` take: ids, a group, or all of them (one is required, so
/// that nothing leaves the laptop by accident).
struct SessionSelection: ParsableArguments {
    @Argument(help: "Session ids (or unique starts of them), as `samenop sessions` shows.")
    var ids: [String] = []

    @Option(name: [.customLong("group"), .customLong("groep")], help: "All sessions of this group.")
    var group: String?

    @Flag(name: .long, help: "All stored sessions.")
    var all = false

    /// The store's sessions that match, oldest first; refuses when nothing was named.
    func sessions(in store: SessionStore?, _ l: Localizer) throws -> [StoredSession] {
        guard !ids.isEmpty || group != nil || all else { throw CLIError(l(.cliSelectNone), status: 2) }
        guard let store else { return [] }
        do throws(StoreError) {
            var resolved: [String]? = nil
            if !ids.isEmpty {
                resolved = []
                for id in ids { resolved?.append(try store.resolve(id)) }
            }
            return try store.storedSessions(SessionFilter(ids: resolved, group: group))
        } catch {
            throw CLIError(error.message(l, fromShell: true))
        }
    }
}

/// Replays stored sessions on their scenarios, loading each scenario file once: what `stats`
/// and `xapi` work on.
struct SessionReplayer {
    var scenariosOption: String?
    var language: Language
    private var cache: [String: Scenario?] = [:]

    init(scenariosOption: String?, language: Language) {
        self.scenariosOption = scenariosOption
        self.language = language
    }

    /// The sessions that replay; each one that does not is named in `skipped` with why.
    mutating func replay(_ stored: [StoredSession]) -> (sessions: [Session], skipped: [String]) {
        let l = Localizer(language)
        var sessions: [Session] = []
        var skipped: [String] = []
        sessions.reserveCapacity(stored.count)
        for s in stored {
            let key = s.scenarioPath + "\u{0}" + s.header.scenarioID
            if cache[key] == nil {
                let source = FileManager.default.fileExists(atPath: s.scenarioPath)
                    ? ScenarioSource.load(path: s.scenarioPath, language: language)
                    : ScenarioSource.load(s.header.scenarioID, scenariosOption: scenariosOption, language: language)
                cache[key] = .some(try? source.get().scenario)
            }
            guard let scenario = cache[key] ?? nil else {
                skipped.append(l(.replResumeScenarioGone, s.header.id, s.scenarioPath, s.header.scenarioID))
                continue
            }
            do {
                sessions.append(try Session.replay(scenario: scenario, header: s.header, events: s.events))
            } catch {
                skipped.append(l(.replResumeRefused, s.header.id, scenario.file) + "\n" + error.message(l))
            }
        }
        return (sessions, skipped)
    }
}
