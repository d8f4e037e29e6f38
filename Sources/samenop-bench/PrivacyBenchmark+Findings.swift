import Foundation
import SamenOpModel
import SamenOpScript
import SamenOpPrivacy

/// `samenop-bench privacy`, second part: one long text full of identifiers, as `check
/// --privacy` meets it (scan, then every finding formatted with its source line).
///
/// The trial's 330 KB text took over two minutes: each finding copied its whole source line.
/// The figure is the time per finding at 4x and 16x the text against 1x; a linear check keeps
/// both near 1.
extension PrivacyBenchmark {
    /// "Mevrouw Jansen (06-12345678) woont op 1234 AB. ", repeated `units` times in the summary.
    static func denseScenario(units: Int) -> String {
        let unit = "Mevrouw Jansen (06-12345678) woont op 1234 AB. "
        let body = CheckBenchmark.generate(scenes: 10)
        return body.replacingOccurrences(
            of: "summary: A generated scenario for timing the loader.",
            with: "summary: \"" + String(repeating: unit, count: units) + "\"")
    }

    static func runDense() {
        print("  one text with many findings: PrivacyScanner.check + DiagnosticFormatter, time per finding against the smallest text")
        var base: Double?
        for units in [440, 1_760, 7_040] {
            let yaml = denseScenario(units: units)
            let loaded = ScenarioLoader.load(data: Data(yaml.utf8), file: "dense.yaml")
            var count = 0
            let time = Timing.median(runs: 3) {
                let check = PrivacyScanner.check(loaded, source: yaml)
                var formatter = DiagnosticFormatter()
                formatter.addSource(check.redactedSource, for: "dense.yaml")
                var characters = 0
                for diagnostic in check.diagnostics { characters += formatter.format(diagnostic, file: "dense.yaml").count }
                count = characters > 0 ? check.diagnostics.count : 0
            }
            let perFinding = time / Double(max(count, 1))
            base = base ?? perFinding
            print(String(format: "  %8.1f KB  %6d findings  %10@  per finding %.1f µs  ratio %.2fx",
                         Double(yaml.utf8.count) / 1024, count, Timing.milliseconds(time), perFinding * 1e6, perFinding / base!))
        }
    }
}
