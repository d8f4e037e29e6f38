import Foundation
import Testing
import SamenOpModel
import SamenOpScript
import SamenOpEngine
@testable import SamenOpAnalysis

@Suite("PathExplorer")
struct PathExplorerTests {
    static let bundled = ScenarioLibrary(folder: BundledScenarioTests.folder).entries.compactMap(\.scenario)

    @Test("the fixture's all-hidden scene, never-shown option, unreachable scene and ending, and dead state are found at their lines")
    func findings() throws {
        let report = PathExplorer.explore(try AnalysisFixture.paden())
        #expect(report.complete)
        let found = report.findings.map { "\($0.kind.rawValue) \($0.diagnostic.code) \($0.diagnostic.location!.line):\($0.diagnostic.location!.column)" }
        #expect(found == [
            "dead-state SO203 21:9", "all-hidden SO200 23:3", "never-shown SO201 31:9",
            "unreachable-scene SO204 53:3", "unreachable-ending SO202 64:3",
        ])
        #expect(report.findings.map(\.diagnostic.message) == [
            "option 3 of scene 'begin', taken at the start, leads where no ending can be reached",
            "every option of scene 'midden' is hidden after --choices 2",
            "option 2 of scene 'midden' is never shown: its condition 'veiligheid > 7' is false in every state that reaches the scene",
            "scene 'zijpad' is reached only when conditions are ignored",
            "ending 'geheim' is never reached once conditions apply",
        ])
        #expect(report.findings.allSatisfy { $0.diagnostic.severity == .warning && $0.diagnostic.hint != nil })
    }

    @Test("a loop among states that can still reach an ending makes the paths endless; the cover set still ends")
    func endless() throws {
        let report = PathExplorer.explore(try AnalysisFixture.paden())
        #expect(report.paths == nil)
        #expect(report.longest == nil)
        #expect(report.shortest == [1, 1])
        #expect(report.expertPaths == [[1, 1]])
        #expect(report.cover == [[1, 1], [1, 2, 1], [1, 2, 2, 1, 1]])
    }

    @Test("forty two-way branches that rejoin give exactly 2^40 paths, seventy give 2^70")
    func counts() throws {
        let forty = PathExplorer.explore(try AnalysisFixture.load(AnalysisFixture.branching(40)))
        #expect(forty.paths?.description == "1099511627776")
        #expect(forty.states == 41)
        #expect(forty.shortest?.count == 40 && forty.longest?.count == 40)
        #expect(forty.cover.count == 2)
        let seventy = PathExplorer.explore(try AnalysisFixture.load(AnalysisFixture.branching(70)))
        #expect(seventy.paths?.description == "1180591620717411303424")
        #expect(seventy.findings.isEmpty)
    }

    @Test("past the state limit the answer says it is partial and keeps only all-hidden findings")
    func limit() throws {
        let report = PathExplorer.explore(try AnalysisFixture.paden(), limit: 3)
        #expect(!report.complete)
        #expect(report.states == 3)
        #expect(report.findings.allSatisfy { $0.kind == .allHidden })
    }

    @Test("BigCount adds across limbs and prints every digit")
    func bigCount() {
        var n = BigCount(999_999_999)
        n += BigCount(1)
        #expect(n.description == "1000000000")
        var m = BigCount(0)
        for _ in 0..<3 { m += n }
        #expect(m.description == "3000000000")
        #expect(BigCount().description == "0")
    }

    @Test("the bundled scenarios have no findings and are explored completely", arguments: bundled.map(\.id.value))
    func bundledClean(id: String) throws {
        let scenario = try #require(Self.bundled.first { $0.id.value == id })
        let report = PathExplorer.explore(scenario)
        #expect(report.complete)
        #expect(report.findings.map(\.diagnostic.message) == [])
        #expect(!report.expertPaths.isEmpty)
        #expect(report.paths != nil)
    }

    @Test("every cover line plays to an ending and together they take every option that can be shown", arguments: bundled.map(\.id.value))
    func cover(id: String) throws {
        let scenario = try #require(Self.bundled.first { $0.id.value == id })
        let report = PathExplorer.explore(scenario)
        var taken = Set<OptionRef>()
        for line in report.cover {
            var session = Session(scenario: scenario, header: ScenarioTestRunner.header(scenario, mode: .selfStudy))
            for shown in line {
                taken.insert(OptionRef(scene: session.scene.id, number: session.visibleChoices[shown - 1].number))
                try session.choose(shown: shown, at: Date(timeIntervalSince1970: 0))
            }
            #expect(session.scene.isEnd, "\(id): --choices \(PathReport.line(line)) stops at \(session.scene.id)")
        }
        #expect(taken == Set(report.showable))
        // With no findings every authored option of a reached scene can be shown.
        let authored = scenario.scenes.filter { !$0.isEnd }.flatMap { s in s.choices.map { OptionRef(scene: s.id, number: $0.number) } }
        #expect(Set(report.showable) == Set(authored))
    }

    @Test("veiligheid on entry and the phases per scene follow the effects")
    func sceneFigures() throws {
        let yaml = AnalysisFixture.branching(2).replacingOccurrences(
            of: "      - text: Rechts.\n        goto: tak-2\n", with: "      - text: Rechts.\n        goto: tak-2\n        add: {veiligheid: 3}\n")
        let report = PathExplorer.explore(try AnalysisFixture.load(yaml))
        #expect(report.scenes.map { "\($0.id) \($0.veiligheid) \($0.phases.map(\.rawValue))" } == [
            "tak-1 5...5 [\"directe-veiligheid\"]", "tak-2 5...8 [\"directe-veiligheid\", \"herstel\"]",
            "einde 5...8 [\"directe-veiligheid\", \"herstel\"]",
        ])
        #expect(report.states == 5)
        #expect(report.paths?.description == "4")
    }
}
