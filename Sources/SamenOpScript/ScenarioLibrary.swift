import Foundation
import SamenOpModel
import SamenOpText

/// A folder of scenario files: the library that `list`, `start` and `play` draw from.
public struct ScenarioLibrary: Sendable {
    public var folder: String
    /// One per `.yaml`/`.yml` file, sorted by file name.
    public var entries: [LoadResult]
    /// Every file's diagnostics, and the library-level ones (ids unique across the folder).
    public var diagnostics: [Diagnostic] { entries.flatMap(\.diagnostics) }

    /// The library folder: the option, else `SAMENOP_SCENARIOS`, else `./Scenarios` if it
    /// exists, else the bundled scenarios (a `Scenarios` folder found by walking up from the
    /// executable's folder, e.g. `.build/debug/samenop` -> repository root, else
    /// `/usr/local/share/samenop/Scenarios`). `nil` if none exists.
    public static func folder(option: String?, environment: [String: String], currentDirectory: String, executablePath: String) -> String? {
        if let option, !option.isEmpty { return option }
        if let folder = environment["SAMENOP_SCENARIOS"], !folder.isEmpty { return folder }
        let local = URL(fileURLWithPath: currentDirectory).appendingPathComponent("Scenarios").path
        if isFolder(local) { return local }
        var url = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
            .standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path != "/" && !url.path.isEmpty {
            let candidate = url.appendingPathComponent("Scenarios").path
            if isFolder(candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        let installed = "/usr/local/share/samenop/Scenarios"
        return isFolder(installed) ? installed : nil
    }

    /// Whether `path` is a folder (following symbolic links).
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The scenario files directly in `folder`, sorted by name, as paths below `folder`.
    /// Scenario tests beside them (`ID.test.yaml`, read by `samenop test`) are not scenarios.
    public static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let separator = folder.hasSuffix("/") ? "" : "/"
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .filter { !$0.hasPrefix(".") && !isTestFile($0) }
            .sorted()
            .map { folder + separator + $0 }
    }

    /// Whether `name` is a scenario test file (`ID.test.yaml` or `ID.test.yml`).
    public static func isTestFile(_ name: String) -> Bool {
        name.hasSuffix(".test.yaml") || name.hasSuffix(".test.yml")
    }

    /// Loads every `.yaml`/`.yml` file in `folder` (sorted by name), adding the library-level
    /// check (ids unique across the folder).
    public init(folder: String) {
        self.folder = folder
        var entries = Self.files(in: folder).map { ScenarioLoader.load(path: $0) }
        var seen: [String: String] = [:]
        for index in entries.indices {
            guard let scenario = entries[index].scenario, !scenario.id.value.isEmpty else { continue }
            if let first = seen[scenario.id.value] {
                entries[index].diagnostics.append(.error(
                    "SO090", at: scenario.id.location, .key(.diagSO090, scenario.id.value, first), hint: .key(.diagSO090Hint)))
            } else {
                seen[scenario.id.value] = scenario.file
            }
        }
        self.entries = entries
    }

    /// A scenario by library id, or by path to a file (a path is loaded directly).
    ///
    /// Anything with a `/` is a path, and a missing file then gives its SO001 diagnostic rather
    /// than `nil`; a bare `name.yaml` is a path when that file exists. `nil` means no such id.
    public func find(_ idOrPath: String) -> LoadResult? {
        if idOrPath.contains("/") { return ScenarioLoader.load(path: idOrPath) }
        if idOrPath.hasSuffix(".yaml") || idOrPath.hasSuffix(".yml"), FileManager.default.fileExists(atPath: idOrPath) {
            return ScenarioLoader.load(path: idOrPath)
        }
        return entries.first { $0.scenario?.id.value == idOrPath }
    }

    /// The library's valid scenario ids, for completion and "did you mean" hints.
    public var ids: [String] { entries.compactMap { $0.scenario?.id.value }.filter { !$0.isEmpty } }
}
