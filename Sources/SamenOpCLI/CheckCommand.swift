import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// `samenop check PATH... [--strict] [--json] [--privacy]`: validates scenario files and folders
/// (with `--privacy` also scans them for what could identify a family; see `CheckCommand+Privacy`).
///
/// Exit status 0 when clean, 1 on any error (with `--strict` also on any warning), 2 for
/// usage errors (ArgumentParser). Diagnostics go to standard error as `FILE:LINE:COL: ...`
/// lines with the source line and a caret, or to standard output as JSON with `--json`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario files or folders for errors and warnings.",
        discussion: "Exit status: 0 clean, 1 errors (with --strict also warnings), 2 usage errors."
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "Scenario files or folders of scenario files.")
    var paths: [String] = []

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(help: "Print the diagnostics as a JSON array on standard output.")
    var json = false

    @Flag(help: "Also explore every reachable state with conditions applied and report what samenop paths finds.")
    var explore = false

    @Flag(help: "Also scan every text for what could identify a family (names, BSN, phone numbers, ...); each finding is an error.")
    var privacy = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one scenario file or folder.") }
    }

    func run() throws {
        let l = common.localizer
        var notices: [String] = []
        var results = results(notices: &notices)
        // With --privacy the echoed source lines come from a masked copy of each file, so no
        // identifier is printed in full, also not under other diagnostics.
        var redacted: [String: String] = [:]
        if privacy { (results, redacted) = addingPrivacyFindings(to: results) }
        if explore { results = results.map(Self.addingPathFindings) }
        let errors = results.reduce(0) { $0 + $1.errorCount }
        let warnings = results.reduce(0) { $0 + $1.warningCount }

        if json {
            print(DiagnosticFormatter.json(results, language: common.language))
        } else {
            var formatter = DiagnosticFormatter(color: common.colorOnStderr, language: common.language)
            for result in results where !result.diagnostics.isEmpty {
                if let text = redacted[result.file] ?? (privacy ? nil : try? String(contentsOfFile: result.file, encoding: .utf8)) {
                    formatter.addSource(text, for: result.file)
                }
                Terminal.printError(result.diagnostics.map { formatter.format($0, file: result.file) }.joined(separator: "\n"))
            }
            notices.forEach(Terminal.printError)
            Terminal.printError(l(.checkSummary, l.count(errors, .checkError, errors), l.count(warnings, .checkWarning, warnings),
                                  l.count(results.count, .checkFile, results.count)))
        }
        // The diagnostics and the summary are the output; only the status is left to give.
        if errors > 0 || (strict && warnings > 0) { throw CLIError.failed() }
    }

    /// One load result per file: each named file, and every scenario file in each named folder
    /// (with the library check that ids are unique in the folder).
    private func results(notices: inout [String]) -> [LoadResult] {
        var results: [LoadResult] = []
        for path in paths {
            if ScenarioLibrary.isFolder(path) {
                let library = ScenarioLibrary(folder: path)
                if library.entries.isEmpty { notices.append(common.localizer(.checkNoFiles, path)) }
                results += library.entries
            } else {
                results.append(ScenarioLoader.load(path: path))
            }
        }
        return results
    }
}
