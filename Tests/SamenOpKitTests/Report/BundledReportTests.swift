import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// Reports of the bundled scenarios in `Scenarios/`, each played along its recorded path: the
/// `choices:` line of `Scenarios/Transcripts/ID.txt` (the transcript the scenario tests play).
/// All three reports must match `Golden/bundled/ID.FORMAT`; a new scenario only needs its
/// transcript and one run with `SAMENOP_RECORD=1`. Every report is also rendered in both
/// languages and checked for missing strings and valid JSON, and played once more with a save
/// and resume halfway, which must give the same steps and the same reports.
@Suite("BundledReports")
struct BundledReportTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let transcripts = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios/Transcripts")

    static var scenarioFiles: [URL] {
        let folder = root.appendingPathComponent("Scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The recorded path of a scenario, or `nil` when it has no transcript yet.
    static func recordedPath(_ id: String) -> [Int]? {
        let url = transcripts.appendingPathComponent("\(id).txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("choices:") }) else { return nil }
        return line.dropFirst("choices:".count).split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    @Test("every bundled scenario's reports along its recorded path match the golden files")
    func bundled() throws {
        for file in Self.scenarioFiles {
            let result = ScenarioLoader.load(path: file.path)
            guard let scenario = result.scenario, !result.hasErrors else {
                Issue.record("\(file.lastPathComponent) does not load")
                continue
            }
            let id = scenario.id.value
            guard let path = Self.recordedPath(id) else { continue }
            var session = Session(scenario: scenario, header: Playthrough.header(scenario, id: "s-\(id)"))
            for (step, shown) in path.enumerated() where !session.isFinished {
                try session.choose(shown: shown, at: Playthrough.time(Double(step + 1) * 45))
            }
            for format in ReportFormat.allCases {
                for language in Language.allCases {
                    let text = ReportRenderer.render(session: session, format: format, language: language)
                    #expect(!text.contains("report."), "\(id) \(format) \(language): a string key is missing")
                    if format == .json {
                        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
                        #expect((object?["steps"] as? [Any])?.count == session.state.activeSteps.count, "\(id)")
                    }
                }
                try Golden.check(ReportRenderer.render(session: session, format: format, timeZone: Golden.zone), "bundled/\(id).\(format.rawValue)")
            }

            // The same path saved halfway (events through JSON, as the store keeps them),
            // replayed and continued, gives the same reports byte for byte.
            let half = path.count / 2
            var first = Session(scenario: scenario, header: Playthrough.header(scenario, id: "s-\(id)"))
            for (step, shown) in path.prefix(half).enumerated() {
                try first.choose(shown: shown, at: Playthrough.time(Double(step + 1) * 45))
            }
            let saved = try JSONEncoder().encode(first.state.events)
            let events = try JSONDecoder().decode([SessionEvent].self, from: saved)
            var resumed = try Session.replay(scenario: scenario, header: first.state.header, events: events)
            for (step, shown) in path.enumerated().dropFirst(half) where !resumed.isFinished {
                try resumed.choose(shown: shown, at: Playthrough.time(Double(step + 1) * 45))
            }
            #expect(resumed.state.steps == session.state.steps, "\(id): steps differ after save and resume")
            for format in ReportFormat.allCases {
                #expect(ReportRenderer.render(session: resumed, format: format, timeZone: Golden.zone) == ReportRenderer.render(session: session, format: format, timeZone: Golden.zone),
                        "\(id) \(format): the report differs after save and resume")
            }
        }
    }
}
