import ArgumentParser
import Foundation
import SamenOpAnalysis
import SamenOpModel
import SamenOpScript
import SamenOpText

/// `samenop paths FILE|ID [--json] [--limit N]`: every reachable state of a scenario, explored
/// with conditions applied (``PathExplorer``): findings, the exact number of paths, per scene
/// `veiligheid` and phases, expert, shortest and longest paths, and a cover set of
/// `--choices` lines. See `Docs/authoring.md`.
struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "Explore every reachable state of a scenario: findings, path counts, a cover set.")

    @Argument(help: "A scenario id from the library, or a path to a scenario file.")
    var scenario: String

    @Flag(help: "Print the analysis as JSON (samenop-paths/1).")
    var json = false

    @Option(name: .long, help: "Stop after this many states; the answer is then partial (default 1000000).")
    var limit: Int = PathExplorer.defaultLimit

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if limit < 1 { throw ValidationError(common.localizer(.pathsBadLimit, limit)) }
    }

    func run() throws {
        let l = common.localizer
        let loaded = try ScenarioSource.loadForShell(scenario, common)
        let report = PathExplorer.explore(loaded.scenario, limit: limit)
        if json {
            print(report.json(), terminator: "")
            return
        }
        var formatter = DiagnosticFormatter(color: common.colorOnStdout, language: common.language)
        if let text = try? String(contentsOfFile: loaded.path, encoding: .utf8) { formatter.addSource(text, for: loaded.scenario.file) }
        print(Self.text(report, formatter: formatter, limit: limit, l))
    }

    /// The analysis as text for a person: findings as diagnostics, then the figures.
    static func text(_ report: PathReport, formatter: DiagnosticFormatter, limit: Int, _ l: Localizer) -> String {
        var lines = [l(.pathsTitle, report.scenario), l(.pathsStates, report.states)]
        if !report.complete { lines.append(l(.pathsPartial, limit)) }
        if let paths = report.paths {
            lines.append(report.complete ? l(.pathsCount, paths) : l(.pathsCountAtLeast, paths))
        } else {
            lines.append(l(.pathsCountEndless))
        }
        lines.append(l(.pathsFindings, report.findings.isEmpty ? l(.pathsNone) : String(report.findings.count)))
        lines += report.findings.map { formatter.format($0.diagnostic) }
        lines.append(l(.pathsScenes))
        for scene in report.scenes {
            let phases = scene.phases.map { l.label($0) }.joined(separator: ", ")
            lines.append(l(.pathsSceneLine, scene.id, scene.veiligheid.lowerBound, scene.veiligheid.upperBound, phases))
        }
        lines.append(l(.pathsExpert, report.expertPaths.isEmpty ? l(.pathsNone)
                        : report.expertPaths.map { "--choices " + PathReport.line($0) }.joined(separator: "; ")))
        if let shortest = report.shortest {
            lines.append(l.count(shortest.count, .pathsShortest, shortest.count, PathReport.line(shortest)))
            if let longest = report.longest {
                lines.append(l.count(longest.count, .pathsLongest, longest.count, PathReport.line(longest)))
            }
        } else {
            lines.append(l(.pathsNoEnding))
        }
        lines.append(l.count(report.cover.count, .pathsCover, report.cover.count))
        lines += report.cover.map { "  --choices " + PathReport.line($0) }
        return lines.joined(separator: "\n")
    }
}
