import Foundation
import SamenOpModel
import SamenOpScript
import SamenOpAnalysis

/// `samenop-bench paths [FOLDER]`: `PathExplorer.explore` on each bundled scenario (target:
/// under 100 ms each) and on 40 two-way branches that rejoin (2^40 paths, target: well under a
/// second), each against `ScenarioLoader.load` of the same file in the same run.
enum PathsBenchmark {
    static let runs = 5

    static func run(_ arguments: [String]) {
        let folder = arguments.first ?? "Scenarios"
        print("samenop-bench paths: PathExplorer.explore vs ScenarioLoader.load of the same file; median of \(runs) runs")
        var worst = 0.0
        for file in ScenarioLibrary.files(in: folder) {
            guard let scenario = ScenarioLoader.load(path: file).scenario else { print("  \(file) does not load"); exit(1) }
            let load = Timing.median(runs: runs) { _ = ScenarioLoader.load(path: file) }
            var report: PathReport?
            let explore = Timing.median(runs: runs) { report = PathExplorer.explore(scenario) }
            worst = max(worst, explore)
            print(String(format: "  %@ %6d states  load %9@  explore %9@  ratio explore / load %5.2fx", scenario.id.value.padding(toLength: 32, withPad: " ", startingAt: 0),
                         report?.states ?? 0, Timing.milliseconds(load), Timing.milliseconds(explore), explore / load))
        }
        print("  slowest exploration: \(Timing.milliseconds(worst)) (target: under 100 ms)\(worst < 0.1 ? "" : "  ** OVER TARGET **")")
        let yaml = generate(branches: 40)
        let data = Data(yaml.utf8)
        guard let scenario = ScenarioLoader.load(data: data, file: "takken.yaml").scenario else { print("generated scenario does not load"); exit(1) }
        let load = Timing.median(runs: runs) { _ = ScenarioLoader.load(data: data, file: "takken.yaml") }
        var paths = ""
        let explore = Timing.median(runs: runs) { paths = PathExplorer.explore(scenario).paths?.description ?? "" }
        guard paths == "1099511627776" else { print("40 branches: paths \(paths), expected 1099511627776"); exit(1) }
        print(String(format: "  40 two-way branches: paths %@  load %9@  explore %9@  ratio explore / load %5.2fx", paths,
                     Timing.milliseconds(load), Timing.milliseconds(explore), explore / load))
    }

    /// `branches` scenes of two options that both go on to the next scene, then an ending.
    static func generate(branches: Int) -> String {
        var yaml = "format: samenop/1\nid: takken\ntitle: Takken\nlanguage: nl\nsummary: Tweewegskeuzes.\n"
        yaml += "variables:\n  veiligheid: 5\nstart: tak-1\nscenes:\n"
        for i in 1...branches {
            let next = i == branches ? "einde" : "tak-\(i + 1)"
            yaml += "  tak-\(i):\n    stage: melding\n    text: Keuze.\n    choices:\n"
            yaml += "      - text: Links.\n        goto: \(next)\n        expert: true\n      - text: Rechts.\n        goto: \(next)\n"
        }
        return yaml + "  einde:\n    stage: veiligheidsplan\n    text: Klaar.\n    end: true\n    outcome: Klaar.\n"
    }
}
