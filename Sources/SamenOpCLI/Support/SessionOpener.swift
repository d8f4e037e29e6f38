import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// Opens a stored session again: finds its scenario, replays its events and records the
/// resume, for `samenop resume ID` and the REPL's `resume`.
enum SessionOpener {
    struct Opened {
        var session: Session
        var scenarioPath: String
        /// Said before play continues (a changed scenario, scenario warnings).
        var warnings: [String]
        /// This process's claim on the session while it is played (`open` only).
        var lock: SessionLock?
    }

    struct Failure: Error {
        var message: String
    }

    /// The store at `path`, or `nil` when there is none yet: looking a session up is no reason
    /// to create a store, and without one there is no such session.
    static func existingStore(at path: String) throws(StoreError) -> SessionStore? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try SessionStore(path: path)
    }

    /// For `samenop resume`/`report`: the store and the session `id` in it, with its warnings
    /// said; a failure is thrown as a ``CLIError`` (status 1) for `SamenOp.main` to say.
    /// `resume` records the resume (`open`), otherwise nothing is recorded (`rebuild`).
    static func openFromShell(
        _ id: String, storePath: String, scenariosOption: String?, _ l: Localizer, resume: Bool
    ) throws(CLIError) -> (store: SessionStore, opened: Opened) {
        do throws(Failure) {
            let existing: SessionStore?
            do { existing = try existingStore(at: storePath) } catch { throw Failure(message: error.message(l)) }
            guard let store = existing else {
                throw Failure(message: StoreError.unknownSession(id).message(l, fromShell: true))
            }
            let opened = resume
                ? try open(id, store: store, scenariosOption: scenariosOption, language: l.language, fromShell: true)
                : try rebuild(id, store: store, scenariosOption: scenariosOption, language: l.language, fromShell: true)
            for warning in opened.warnings { Terminal.printError(warning) }
            return (store, opened)
        } catch {
            throw CLIError(error.message)
        }
    }

    /// Rebuilds the session `idOrPrefix` and appends a `.resume` event to it.
    ///
    /// A scenario whose sha256 differs from the recorded one is replayed with a warning; when
    /// the recorded choices no longer fit it, the session is refused and left as stored.
    /// `fromShell` words an unknown id for `samenop resume`/`report` rather than the REPL.
    static func open(
        _ idOrPrefix: String, store: SessionStore, scenariosOption: String?, language: Language, fromShell: Bool = false
    ) throws(Failure) -> Opened {
        // A session open in another REPL is refused before anything is recorded (finding 10).
        let lock: SessionLock
        do {
            lock = try SessionLock.claim(try store.resolve(idOrPrefix), storePath: store.path)
        } catch {
            throw Failure(message: error.message(Localizer(language), fromShell: fromShell))
        }
        var opened = try rebuild(
            idOrPrefix, store: store, scenariosOption: scenariosOption, language: language, fromShell: fromShell)
        opened.lock = lock
        opened.session.resume(at: Date())
        do { try store.record(opened.session) } catch { throw Failure(message: error.message(Localizer(language))) }
        return opened
    }

    /// Rebuilds the session `idOrPrefix` as stored, without recording anything (for reports).
    static func rebuild(
        _ idOrPrefix: String, store: SessionStore, scenariosOption: String?, language: Language, fromShell: Bool = false
    ) throws(Failure) -> Opened {
        let l = Localizer(language)
        let stored: StoredSession
        do { stored = try store.load(idOrPrefix) } catch { throw Failure(message: error.message(l, fromShell: fromShell)) }
        let header = stored.header
        var warnings: [String] = []
        let loaded: ScenarioSource.Loaded
        let source = FileManager.default.fileExists(atPath: stored.scenarioPath)
            ? ScenarioSource.load(path: stored.scenarioPath, language: language)
            : ScenarioSource.load(header.scenarioID, scenariosOption: scenariosOption, language: language)
        switch source {
        case .success(let value): loaded = value
        case .failure(.notFound), .failure(.notFoundSuggest), .failure(.fileNotFound):
            throw Failure(message: l(.replResumeScenarioGone, header.id, stored.scenarioPath, header.scenarioID))
        case .failure(let failure): throw Failure(message: failure.message(l))
        }
        warnings += loaded.warnings
        if loaded.scenario.sha256 != header.scenarioSHA256 {
            warnings.append(l(.replResumeChanged, loaded.path, header.id))
        }
        let session: Session
        do {
            session = try Session.replay(scenario: loaded.scenario, header: header, events: stored.events)
        } catch {
            throw Failure(message: l(.replResumeRefused, header.id, loaded.path) + "\n" + error.message(l))
        }
        return Opened(session: session, scenarioPath: loaded.path, warnings: warnings)
    }
}
