import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// Finds and loads the scenario a command names: a path to a file, or an id from the library
/// (`--scenarios`, `SAMENOP_SCENARIOS`, `./Scenarios`, the bundled scenarios).
enum ScenarioSource {
    struct Loaded {
        var scenario: Scenario
        /// The file it was loaded from.
        var path: String
        /// The load's warnings, formatted (`FILE:LINE:COL: warning: ...`).
        var warnings: [String]

        /// A new session on this scenario, created in `store`, for the REPL's `start` and
        /// `samenop play`: the store keeps the file's absolute path so `resume` finds it again
        /// from any folder.
        /// A new stored session; `shuffleSeed` fixes the order of the options (`nil`: authored),
        /// `group` tags it for `stats`, `export` and `xapi`.
        func newSession(
            in store: SessionStore, mode: SessionMode, acceptedPrivacyRisk: Bool, shuffleSeed: UInt64? = nil,
            group: String? = nil
        ) throws(StoreError) -> Session {
            let header = SessionHeader(
                id: try store.newSessionID(), scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256,
                mode: mode, startedAt: Date(), acceptedPrivacyRisk: acceptedPrivacyRisk, shuffleSeed: shuffleSeed,
                group: group)
            let session = Session(scenario: scenario, header: header)
            try store.create(session, scenarioPath: URL(fileURLWithPath: path).standardizedFileURL.path)
            return session
        }
    }

    enum Failure: Error {
        case notFound(String)
        /// A path (it has a `/` or a `.yaml`/`.yml` extension) to a file that is not there.
        case fileNotFound(String)
        /// No such id, but the library has ones like it (a typo, or the start of an id).
        case notFoundSuggest(String, [String])
        /// The scenario has errors; the formatted diagnostics, errors and warnings.
        case invalid(path: String, diagnostics: [String])

        func message(_ l: Localizer) -> String {
            switch self {
            case .notFound(let name): l(.replScenarioNotFound, name)
            case .fileNotFound(let path): l(.replScenarioFileNotFound, path)
            case .notFoundSuggest(let name, let ids): l(.replScenarioNotFoundSuggest, name, ids.joined(separator: "`, `"))
            case .invalid(let path, let diagnostics):
                ([l(.replScenarioInvalid, path)] + diagnostics).joined(separator: "\n")
            }
        }
    }

    /// The library for this run, or `nil` when there is no library folder.
    static func library(scenariosOption: String?) -> ScenarioLibrary? {
        guard let folder = folder(scenariosOption: scenariosOption), ScenarioLibrary.isFolder(folder) else { return nil }
        return ScenarioLibrary(folder: folder)
    }

    /// The library folder for this run (product.md): `--scenarios`, else `SAMENOP_SCENARIOS`,
    /// else `./Scenarios`, else the bundled scenarios. `nil` when there is none.
    ///
    /// The bundled scenarios of an installed samenop are `<prefix>/share/samenop/Scenarios`
    /// beside the executable's `bin` folder (``InstalledFiles``), so the Debian package finds
    /// them in `/usr/share/samenop/Scenarios` and wherever it was extracted; a build in the
    /// repository finds the `Scenarios` folder above `.build` (``ScenarioLibrary/folder(option:environment:currentDirectory:executablePath:)``).
    static func folder(
        scenariosOption: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executablePath: String = InstalledFiles.executablePath
    ) -> String? {
        let chosen = scenariosOption.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["SAMENOP_SCENARIOS"].flatMap { $0.isEmpty ? nil : $0 }
        let local = URL(fileURLWithPath: currentDirectory).appendingPathComponent("Scenarios").path
        if chosen == nil, !ScenarioLibrary.isFolder(local),
           let installed = InstalledFiles.folder("Scenarios", executablePath: executablePath, currentDirectory: currentDirectory) {
            return installed
        }
        return ScenarioLibrary.folder(
            option: scenariosOption, environment: environment, currentDirectory: currentDirectory, executablePath: executablePath)
    }

    /// Loads `idOrPath`: an existing file, else a library id. Diagnostics are formatted in
    /// `language`.
    static func load(_ idOrPath: String, scenariosOption: String?, language: Language) -> Result<Loaded, Failure> {
        if FileManager.default.fileExists(atPath: idOrPath), !ScenarioLibrary.isFolder(idOrPath) {
            return load(path: idOrPath, language: language)
        }
        let ext = (idOrPath as NSString).pathExtension.lowercased()
        // A path to a file that is not there is "not found", not a file with errors (finding 12).
        if idOrPath.contains("/") || ext == "yaml" || ext == "yml", !FileManager.default.fileExists(atPath: idOrPath) {
            return .failure(.fileNotFound(idOrPath))
        }
        let library = library(scenariosOption: scenariosOption)
        guard let found = library?.find(idOrPath) else {
            let similar = similarIDs(idOrPath, in: library?.ids ?? [])
            return .failure(similar.isEmpty ? .notFound(idOrPath) : .notFoundSuggest(idOrPath, similar))
        }
        return convert(found, language: language)
    }

    /// Loads the file at `path`.
    static func load(path: String, language: Language) -> Result<Loaded, Failure> {
        convert(ScenarioLoader.load(path: path), language: language)
    }

    private static func convert(_ result: LoadResult, language: Language) -> Result<Loaded, Failure> {
        var formatter = DiagnosticFormatter(color: false, language: language)
        if let text = try? String(contentsOfFile: result.file, encoding: .utf8) { formatter.addSource(text, for: result.file) }
        guard !result.hasErrors, let scenario = result.scenario else {
            return .failure(.invalid(path: result.file, diagnostics: result.diagnostics.map { formatter.format($0) }))
        }
        // Authoring lints are for `check`; a session shows only warnings about how it will play.
        let warnings = result.diagnostics
            .filter { $0.severity == .warning && !Validator.authoringLintCodes.contains($0.code) }
            .map { formatter.format($0) }
        return .success(Loaded(scenario: scenario, path: result.file, warnings: warnings))
    }

    /// The library's valid scenarios, for `list`: the id, and its title, language, scenes, and whether it is a past case.
    static func entries(scenariosOption: String?, _ l: Localizer) -> [(id: String, line: String)] {
        guard let library = library(scenariosOption: scenariosOption) else { return [] }
        return library.entries.compactMap { entry in
            guard let s = entry.scenario, !entry.hasErrors else { return nil }
            let kind = s.kind == .pastCase ? l(.replListPastCase) : ""
            return (s.id.value, l.count(s.scenes.count, .replListEntry, s.title.value, s.language.rawValue, s.scenes.count, kind))
        }
    }

    /// Library ids `word` may have meant: those it begins (`wurging` -> `wurging-op-vrijdag`),
    /// else the closest one if it is close enough to be a typo (trainer trial, finding 33).
    static func similarIDs(_ word: String, in ids: [String]) -> [String] {
        let word = word.lowercased()
        let starts = ids.filter { $0.hasPrefix(word) }.sorted()
        if !starts.isEmpty { return Array(starts.prefix(5)) }
        let scored = ids.map { ($0, Suggestion.editDistance(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(4, word.count / 3)) else { return [] }
        return [best.0]
    }

    /// The library's ids, for tab completion: its files' names, which are the ids (SO080
    /// warns where they differ). Reading the names rather than loading every scenario keeps the
    /// REPL's first prompt immediate; `start` loads the library when it needs it.
    static func ids(scenariosOption: String?) -> [String] {
        let folder = ScenarioLibrary.folder(
            option: scenariosOption, environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        guard let folder, ScenarioLibrary.isFolder(folder) else { return [] }
        return ScenarioLibrary.files(in: folder).map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
    }
}

extension ScenarioSource {
    /// Loads a scenario for a shell command: its warnings to standard error, and a scenario
    /// that is missing or has errors as a `CLIError` (status 1).
    static func loadForShell(_ idOrPath: String, _ common: CommonOptions) throws -> Loaded {
        switch load(idOrPath, scenariosOption: common.scenarios, language: common.language) {
        case .failure(let failure):
            throw CLIError(failure.message(common.localizer))
        case .success(let loaded):
            for warning in loaded.warnings { Terminal.printError(warning) }
            return loaded
        }
    }
}
