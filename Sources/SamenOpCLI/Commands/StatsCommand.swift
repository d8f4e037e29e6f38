import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpEngine
import SamenOpStore
import SamenOpCohort

extension SessionMode: ExpressibleByArgument {}

/// `samenop stats`: the cohort report over the finished sessions that match (Docs/cohorts.md).
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "The cohort report over finished sessions: what a group keeps doing, without names or ranking.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, json }

    @Option(name: .long, help: "Only this scenario id.")
    var scenario: String?

    @Option(name: [.customLong("group"), .customLong("groep")], help: "Only sessions of this group.")
    var group: String?

    @Option(name: .long, help: "Only sessions started on or after this day (YYYY-MM-DD, UTC).")
    var since: String?

    @Option(name: .long, help: "Only sessions started before the end of this day (YYYY-MM-DD, UTC).")
    var until: String?

    @Option(name: .long, help: "Only sessions in this mode: self-study, team or review.")
    var mode: SessionMode?

    @Option(name: .long, help: "md (default), html or json (samenop-cohort/1).")
    var format: Format = .md

    @Option(name: .long, help: "Write the report to this file (mode 0600) instead of standard output.")
    var output: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let l = common.localizer
        let filter = SessionFilter(
            group: group, scenario: scenario, mode: mode,
            since: try since.map { try Self.day($0, l) },
            until: try until.map { try Self.day($0, l).addingTimeInterval(86_400) },
            finishedOnly: true)
        let stored: [StoredSession]
        do {
            stored = try SessionOpener.existingStore(at: common.storePath)?.cohortSessions(filter) ?? []
        } catch {
            throw CLIError(error.message(l))
        }
        let report = tally(stored, l)
        let text: String
        switch format {
        case .json:
            text = CohortJSON.render(report)
        case .md, .html:
            let labels = ReportOutput.language(common).map { Localizer($0) } ?? l
            let document = CohortDocument(report, scope: scope(labels), localizer: labels)
            text = format == .md ? document.markdown : document.html
        }
        try ReportOutput.emit(text, to: output, written: l(.cliStatsWritten, output ?? ""), l)
    }

    /// The cohort report over `stored`, each session on the scenario it was played on (the
    /// file it was started on, else the scenario of that id); a session whose scenario is gone
    /// or no longer fits its events is named on standard error and left out, as `report` would.
    func tally(_ stored: [StoredSession], _ l: Localizer) -> CohortReport {
        var scenarios: [String: Scenario?] = [:]
        var tally = CohortTally()
        for s in stored {
            let key = s.scenarioPath + "\u{0}" + s.header.scenarioID
            if scenarios[key] == nil {
                let source = FileManager.default.fileExists(atPath: s.scenarioPath)
                    ? ScenarioSource.load(path: s.scenarioPath, language: common.language)
                    : ScenarioSource.load(s.header.scenarioID, scenariosOption: common.scenarios, language: common.language)
                scenarios[key] = .some(try? source.get().scenario)
            }
            guard let scenario = scenarios[key] ?? nil else {
                Terminal.printError(l(.replResumeScenarioGone, s.header.id, s.scenarioPath, s.header.scenarioID))
                continue
            }
            do {
                try tally.add(header: s.header, events: s.events, scenario: scenario)
            } catch {
                Terminal.printError(l(.replResumeRefused, s.header.id, scenario.file) + "\n" + error.message(l))
            }
        }
        return tally.report
    }

    /// The filter in words, for the report's header.
    func scope(_ l: Localizer) -> [String] {
        var lines: [String] = []
        if let scenario { lines.append(l(.reportCohortScopeScenario, scenario)) }
        if let group { lines.append(l(.reportCohortScopeGroup, group)) }
        if let mode { lines.append(l(.reportCohortScopeMode, l.label(mode))) }
        if let since { lines.append(l(.reportCohortScopeSince, since)) }
        if let until { lines.append(l(.reportCohortScopeUntil, until)) }
        return lines
    }

    /// The start of `text` (YYYY-MM-DD) in UTC.
    static func day(_ text: String, _ l: Localizer) throws -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard text.count == 10, let date = formatter.date(from: text) else {
            throw CLIError(l(.cliStatsBadDate, text), status: 2)
        }
        return date
    }
}
