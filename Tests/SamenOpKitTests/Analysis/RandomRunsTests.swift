import Foundation
import Testing
import SamenOpModel
import SamenOpScript
@testable import SamenOpAnalysis

@Suite("RandomRuns")
struct RandomRunsTests {
    @Test("walking the explored states gives exactly what playing sessions gives", arguments: PathExplorerTests.bundled.map(\.id.value))
    func statesEqualSessions(id: String) throws {
        let scenario = try #require(PathExplorerTests.bundled.first { $0.id.value == id })
        let fast = RandomRuns.play(scenario, runs: 300, seed: 42)
        let slow = RandomRuns.play(scenario, runs: 300, seed: 42, overStates: false)
        #expect(fast.json() == slow.json())
    }

    @Test("the same seed gives the same summary, another seed another; every run is counted once")
    func seeds() throws {
        let scenario = try #require(PathExplorerTests.bundled.first { $0.id.value == "middag-na-school" })
        let a = RandomRuns.play(scenario, runs: 500, seed: 1)
        #expect(a.json() == RandomRuns.play(scenario, runs: 500, seed: 1).json())
        #expect(a.json() != RandomRuns.play(scenario, runs: 500, seed: 2).json())
        #expect(a.endings.map(\.count).reduce(0, +) + a.stuck == 500)
    }

    @Test("a run that gets stuck at a scene with every option hidden is counted as stuck")
    func stuck() throws {
        let scenario = try AnalysisFixture.paden()
        let runs = RandomRuns.play(scenario, runs: 40, seed: 3)
        #expect(runs.stuck > 0)
        #expect(runs.optionsNever == [OptionRef(scene: "midden", number: 2), OptionRef(scene: "zijpad", number: 1)])
        #expect(runs.json() == RandomRuns.play(scenario, runs: 40, seed: 3, overStates: false).json())
    }

    @Test("SplitMix64 gives the published sequence for seed 0")
    func splitMix() {
        var g = SplitMix64(seed: 0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
