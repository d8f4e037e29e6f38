import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// `samenop list [--json]`: the scenarios in the library.
///
/// Files with errors are named on standard error and left out; the rest is listed. The exit
/// status is 1 when a file had errors, so that scripts notice a broken library.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the scenarios in the library."
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Print the list as JSON on standard output.")
    var json = false

    func run() throws {
        let l = common.localizer
        guard let folder = ScenarioLibrary.folder(
            option: common.scenarios, environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        else {
            throw CLIError(l(.listNoLibrary))
        }
        guard ScenarioLibrary.isFolder(folder) else {
            throw CLIError(l(.listNotAFolder, folder))
        }
        let library = ScenarioLibrary(folder: folder)
        var listed: [Scenario] = []
        var broken = false
        for entry in library.entries {
            if let scenario = entry.scenario, !entry.hasErrors {
                listed.append(scenario)
            } else {
                broken = true
                let first = entry.diagnostics.first { $0.severity == .error }
                Terminal.printError(l(.listSkipped, entry.file, l.count(entry.errorCount, .checkError, entry.errorCount))
                                    + (first.map { "\n  " + ($0.location?.description ?? entry.file) + ": " + $0.message(in: l.language) } ?? ""))
            }
        }
        if json {
            print(Self.json(listed))
        } else if listed.isEmpty {
            Terminal.printError(l(.listEmpty, folder))
        } else {
            StandardStreams.print(table(listed, l))
        }
        // Each broken file was named above; only the status is left to give.
        if broken { throw CLIError.failed() }
    }

    private func table(_ scenarios: [Scenario], _ l: Localizer) -> String {
        let header = [.listHeaderId, .listHeaderTitle, .listHeaderLanguage, .listHeaderKind,
                      .listHeaderProfiles, .listHeaderScenes].map { l($0) }
        let rows = scenarios.map { s in
            [s.id.value, s.title.value, s.language.rawValue, l(TextKey("list.kind.\(s.kind.rawValue)")),
             s.profiles.map { l.label($0.value) }.joined(separator: ", "), String(s.scenes.count)]
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// `[{"id", "title", "language", "kind", "profiles", "scenes", "summary", "file"}]`.
    static func json(_ scenarios: [Scenario]) -> String {
        struct Entry: Encodable {
            var id, title, language, kind, summary, file: String
            var profiles: [String]
            var scenes: Int
        }
        let entries = scenarios.map {
            Entry(id: $0.id.value, title: $0.title.value, language: $0.language.rawValue, kind: $0.kind.rawValue,
                  summary: $0.summary.value, file: $0.file, profiles: $0.profiles.map(\.value.rawValue), scenes: $0.scenes.count)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard !entries.isEmpty, let data = try? encoder.encode(entries) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
