import Foundation
import Testing
@testable import SamenOpKit

/// Reports of the bundled scenarios in `Scenarios/`: each is played along a fixed path and all
/// three reports are rendered in both languages. A scenario with a recorded path below is also
/// compared with its golden files (`Golden/bundled/ID.FORMAT`); a new scenario only needs a
/// line in `paths` and `SAMENOP_RECORD=1`. Without one it is played by always taking option 1.
@Suite("BundledReports")
struct BundledReportTests {
    /// Scenario id to the numbers shown, one per step.
    static let paths: [String: [Int]] = [:]

    static var folder: URL {
        if let dir = ProcessInfo.processInfo.environment["SAMENOP_SCENARIOS"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios")
    }

    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("every bundled scenario renders all reports along its path")
    func bundled() throws {
        for file in Self.files {
            let result = ScenarioLoader.load(path: file.path)
            guard let scenario = result.scenario, !result.hasErrors else {
                Issue.record("\(file.lastPathComponent) does not load: \(result.diagnostics.map(\.message))")
                continue
            }
            let id = scenario.id.value
            let recorded = Self.paths[id]
            var session = Session(scenario: scenario, header: Playthrough.header(scenario, id: "s-\(id)"))
            var step = 0
            while !session.isFinished, step < 500 {
                let shown = recorded.flatMap { step < $0.count ? $0[step] : nil } ?? 1
                if recorded != nil, step >= recorded?.count ?? 0 { break }
                try session.choose(shown: shown, at: Playthrough.time(Double(step + 1) * 10))
                step += 1
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
                if recorded != nil {
                    try Golden.check(ReportRenderer.render(session: session, format: format), "bundled/\(id).\(format.rawValue)")
                }
            }
        }
    }
}
