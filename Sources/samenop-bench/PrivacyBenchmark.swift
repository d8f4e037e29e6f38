import Foundation
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpPrivacy

/// `samenop-bench privacy`: the privacy scan of `check --privacy`, against loading the same
/// file (`ScenarioLoader.load`, what plain `check` does) in the same run.
enum PrivacyBenchmark {
    static let runs = 5

    static func run() {
        print("samenop-bench privacy: PrivacyScanner.check (every text, then every line) vs ScenarioLoader.load; median of \(runs) runs")
        for scenes in [1_000, 5_000] {
            let yaml = CheckBenchmark.generate(scenes: scenes)
            let data = Data(yaml.utf8)
            let loaded = ScenarioLoader.load(data: data, file: "bench.yaml")
            let findings = PrivacyScanner.check(loaded, source: yaml).diagnostics
            if loaded.hasErrors || !findings.isEmpty {
                print("generated scenario has problems: \((loaded.diagnostics.filter { $0.severity == .error } + findings).prefix(3).map { "\($0.code) \($0.message)" })")
                continue
            }
            let load = Timing.median(runs: runs) { _ = ScenarioLoader.load(data: data, file: "bench.yaml") }
            let scan = Timing.median(runs: runs) { _ = PrivacyScanner.check(loaded, source: yaml) }
            print(String(format: "  %6d scenes  %8.1f KB  load %10@  privacy scan %10@  ratio scan / load %.2fx", scenes,
                         Double(data.count) / 1024, Timing.milliseconds(load), Timing.milliseconds(scan), scan / load))
        }
        runDense()
    }
}
