import Foundation
import SamenOpKit

/// Finds and loads the scenario a command names: a path to a file, or an id from the library
/// (`--scenarios`, `SAMENOP_SCENARIOS`, `./Scenarios`, the bundled scenarios).
enum ScenarioSource {
    struct Loaded {
        var scenario: Scenario
        /// The file it was loaded from.
        var path: String
        /// The load's warnings, formatted (`FILE:LINE:COL: warning: ...`).
        var warnings: [String]
    }

    enum Failure: Error {
        case notFound(String)
        /// The scenario has errors; the formatted diagnostics, errors and warnings.
        case invalid(path: String, diagnostics: [String])

        func message(_ l: Localizer) -> String {
            switch self {
            case .notFound(let name): l("repl.scenario.notFound", name)
            case .invalid(let path, let diagnostics):
                ([l("repl.scenario.invalid", path)] + diagnostics).joined(separator: "\n")
            }
        }
    }

    /// The library folder for this run.
    static func library(scenariosOption: String?) -> ScenarioLibrary? {
        let folder = ScenarioLibrary.folder(
            option: scenariosOption, environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: CommandLine.arguments.first ?? "")
        return folder.map { ScenarioLibrary(folder: $0) }
    }

    /// Loads `idOrPath`: an existing file, else a library id.
    static func load(_ idOrPath: String, scenariosOption: String?) -> Result<Loaded, Failure> {
        var path = idOrPath
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) || isFolder.boolValue {
            guard let found = library(scenariosOption: scenariosOption)?.find(idOrPath) else {
                return .failure(.notFound(idOrPath))
            }
            path = found.path
        }
        return load(path: path)
    }

    /// Loads the file at `path`.
    static func load(path: String) -> Result<Loaded, Failure> {
        let result = ScenarioLoader.load(path: path)
        let formatted = result.diagnostics.map(format)
        guard !result.hasErrors, let scenario = result.scenario else {
            return .failure(.invalid(path: path, diagnostics: formatted))
        }
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(format)
        return .success(Loaded(scenario: scenario, path: path, warnings: warnings))
    }

    /// The library's scenarios for `list`.
    static func entries(scenariosOption: String?) -> [(id: String, summaryLine: String)] {
        guard let library = library(scenariosOption: scenariosOption) else { return [] }
        return library.entries.map { entry in
            (entry.id, "\(entry.id)  \(entry.title)")
        }
    }

    /// The library's ids, for tab completion.
    static func ids(scenariosOption: String?) -> [String] {
        entries(scenariosOption: scenariosOption).map(\.id)
    }

    /// `FILE:LINE:COL: error: MESSAGE [CODE]`, then the hint.
    static func format(_ diagnostic: Diagnostic) -> String {
        var text = "\(diagnostic.location?.description ?? "-"): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]"
        if let hint = diagnostic.hint { text += "\n  \(hint)" }
        return text
    }
}
