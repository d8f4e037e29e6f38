import Foundation
import SamenOpModel
import SamenOpScript
import SamenOpText
import SamenOpMap

/// `samenop-bench graph`: the map of a generated 200-scene scenario (layout and SVG, the HTML
/// page, DOT, Mermaid), against loading the same file (`ScenarioLoader.load`) in the same run.
/// The target (issue 15): the 200-scene map renders in under 50 ms.
enum GraphBenchmark {
    static let runs = 9

    static func run() {
        print("samenop-bench graph: the map of a generated scenario vs ScenarioLoader.load of the same file; median of \(runs) runs")
        for scenes in [200, 1_000] {
            let data = Data(CheckBenchmark.generate(scenes: scenes).utf8)
            guard let scenario = ScenarioLoader.load(data: data, file: "bench.yaml").scenario else {
                print("generated scenario did not load")
                exit(1)
            }
            let l = Localizer(.nl)
            let load = Timing.median(runs: runs) { _ = ScenarioLoader.load(data: data, file: "bench.yaml") }
            let svg = Timing.median(runs: runs) { _ = SVGWriter.write(ScenarioMap(scenario), l) }
            let html = Timing.median(runs: runs) { _ = MapHTML.page(ScenarioMap(scenario), language: .nl) }
            let dot = Timing.median(runs: runs) { _ = DOTWriter.write(ScenarioMap(scenario), l) }
            let mermaid = Timing.median(runs: runs) { _ = MermaidWriter.write(ScenarioMap(scenario), l) }
            print(String(format: "  %5d scenes  load %@  svg %@ (%.2fx load)  html %@ (%.2fx)  dot %@ (%.2fx)  mermaid %@ (%.2fx)",
                         scenes, Timing.milliseconds(load), Timing.milliseconds(svg), svg / load, Timing.milliseconds(html),
                         html / load, Timing.milliseconds(dot), dot / load, Timing.milliseconds(mermaid), mermaid / load))
            if scenes == 200 {
                print(String(format: "  target: the 200-scene map (svg) under 50 ms: %@", svg < 0.05 ? "met" : "NOT met"))
            }
        }
    }
}
