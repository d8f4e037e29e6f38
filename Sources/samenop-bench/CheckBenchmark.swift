import Foundation
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpPrivacy

/// `samenop-bench check`: loading and checking a large scenario, against PyYAML's C loader
/// (libyaml, the same parser Yams wraps) reading the same file.
enum CheckBenchmark {
    static let runs = 5

    static func run() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        print("samenop-bench check: ScenarioLoader.load(path:) (parse, build, type-check, validate); median of \(runs) runs")
        var perScene: [(Int, Double)] = []
        var file5000 = ""
        var swift5000 = 0.0
        for scenes in [2_500, 5_000, 10_000] {
            let path = folder.appendingPathComponent("bench-\(scenes).yaml").path
            let yaml = generate(scenes: scenes)
            guard FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8)) else {
                print("cannot write \(path)")
                exit(1)
            }
            let first = ScenarioLoader.load(path: path)
            if first.hasErrors || !first.diagnostics.isEmpty {
                print("generated scenario has diagnostics: \(first.diagnostics.prefix(3).map(\.message))")
                exit(1)
            }
            let time = Timing.median(runs: runs) { _ = ScenarioLoader.load(path: path) }
            perScene.append((scenes, time))
            print(String(format: "  %6d scenes  %8.1f KB  %10@  %6.2f µs/scene", scenes, Double(yaml.utf8.count) / 1024,
                         Timing.milliseconds(time), time / Double(scenes) * 1e6))
            if scenes == 5_000 { file5000 = path; swift5000 = time }
        }
        let rates = perScene.map { $0.1 / Double($0.0) }
        print(String(format: "  linearity: per-scene time at 10,000 / at 2,500 = %.2f (1.00 is perfectly linear)", rates[2] / rates[0]))

        let python = "/usr/bin/env"
        let load = ["python3", "-c", "import yaml; yaml.load(open('\(file5000)'), Loader=yaml.CSafeLoader)"]
        guard Timing.runProcess(python, load) else {
            print("reference: python3 with PyYAML's CSafeLoader is not available; no ratio")
            return
        }
        let raw = Timing.median(runs: runs) { Timing.runProcess(python, load) }
        let startup = Timing.median(runs: runs) { Timing.runProcess(python, ["python3", "-c", "import yaml"]) }
        let net = max(raw - startup, 1e-9)
        print("reference: python3 yaml.load(..., Loader=yaml.CSafeLoader), 5,000 scenes")
        print("  raw \(Timing.milliseconds(raw)), python startup with 'import yaml' \(Timing.milliseconds(startup)), net \(Timing.milliseconds(net))")
        print(String(format: "ratio samenop check / CSafeLoader (net): %.2fx   (raw: %.2fx)", swift5000 / net, swift5000 / raw))
    }

    /// A valid scenario with `scenes` scenes: each has two choices (one conditional, with
    /// `set`, `add`, `reveal` and tags), leading one and two scenes on; the last two are endings.
    static func generate(scenes: Int) -> String {
        var out = """
            format: samenop/1
            id: bench-\(scenes)
            title: Benchmark
            language: nl
            summary: A generated scenario for timing the loader.
            roles:
              politie: {name: Politie}
              vt: {name: Veilig Thuis, description: Het advies- en meldpunt.}
            variables:
              veiligheid: 3
              gesproken: false
              status: open
              teller: 0
            cards:

            """
        for i in 0..<max(scenes / 10, 1) {
            out += "  kaart-\(i):\n    title: Kaart \(i)\n    text: \"Informatie uit het systeem, deel \(i).\"\n    role: politie\n    source: politie\n"
        }
        out += "start: s0\nscenes:\n"
        let stages = ["melding", "eerste-beoordeling", "erop-af", "veiligstellen", "veiligheidsbeoordeling",
                      "veiligheidsmaatregelen", "opvolgen", "veiligheidsplan"]
        for i in 0..<scenes {
            let stage = stages[min(i * stages.count / scenes, stages.count - 1)]
            out += "  s\(i):\n    stage: \(stage)\n    time: \"dag \(i / 24 + 1), \(i % 24):00\"\n"
            out += "    text: >-\n      Scène \(i). De melder belt opnieuw; de situatie is veranderd en het team\n      moet opnieuw beslissen wat er nu moet gebeuren.\n"
            if i >= scenes - 2 {
                out += "    end: true\n    outcome: Het gezin heeft een plan en een vast aanspreekpunt.\n"
                continue
            }
            let card = (i / 10) % max(scenes / 10, 1)
            out += """
                    choices:
                      - text: Samen met de partners erop af en het hele gezin spreken
                        goto: s\(i + 1)
                        expert: true
                        phase: directe-veiligheid
                        kernvragen: [3, 4]
                        elements: [samen-op, hele-systeem]
                        feedback: Zo komt de informatie tegelijk op tafel.
                        add: {veiligheid: 1, teller: 1}
                        reveal: [kaart-\(card)]
                      - text: Alleen het incident vastleggen
                        goto: s\(i + 2)
                        if: veiligheid >= 2 and not gesproken or status == "open" and teller < \(i + 5)
                        pitfalls: [incident-focus]
                        set: {gesproken: true, status: dicht}

                """
        }
        return out
    }
}
