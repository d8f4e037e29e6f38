import Foundation
import SamenOpModel
import SamenOpScript
import SamenOpAnalysis

/// `samenop-bench random [FILE]`: 10,000 seeded random runs (`RandomRuns.play`, each played by
/// the engine and scored) of a bundled scenario (target: under 2 s), against
/// `ScenarioLoader.load` of the same file in the same run.
enum RandomBenchmark {
    static let runs = 3
    static let games = 10_000

    static func run(_ arguments: [String]) {
        let file = arguments.first ?? "Scenarios/overdracht-bij-het-tankstation.yaml"
        guard let scenario = ScenarioLoader.load(path: file).scenario else { print("\(file) does not load"); exit(1) }
        print("samenop-bench random: \(games) runs of \(scenario.id.value) (RandomRuns.play) vs ScenarioLoader.load; median of \(runs) runs")
        let load = Timing.median(runs: runs) { _ = ScenarioLoader.load(path: file) }
        var first = "", again = ""
        let play = Timing.median(runs: runs) { first = RandomRuns.play(scenario, runs: games, seed: 1).json() }
        again = RandomRuns.play(scenario, runs: games, seed: 1).json()
        guard first == again else { print("the same seed gave different output"); exit(1) }
        print(String(format: "  load %9@  %d random runs %9@  ratio runs / load %6.1fx  (target: under 2 s)%@", Timing.milliseconds(load),
                     games, Timing.milliseconds(play), play / load, play < 2 ? "" : "  ** OVER TARGET **"))
    }
}
