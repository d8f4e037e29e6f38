import Foundation
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpPrivacy

/// `samenop-bench render`: scoring and each report renderer on a long generated team session.
///
/// The reference is `JSONEncoder` encoding the same session's steps: work of the same size on
/// the same machine, so the ratio says how the report compares to plain serialisation.
enum RenderBenchmark {
    static func run(_ arguments: [String]) {
        let steps = option("--steps", in: arguments) ?? 200
        let runs = option("--runs", in: arguments) ?? 51
        let yaml = scenarioYAML(steps: steps)
        let loaded = ScenarioLoader.load(yaml: yaml, file: "bench.yaml")
        guard let scenario = loaded.scenario, !loaded.hasErrors else {
            FileHandle.standardError.write(Data("bench scenario has errors: \(loaded.diagnostics.map(\.message))\n".utf8))
            exit(1)
        }
        let session: Session
        do {
            session = try play(scenario, steps: steps)
        } catch {
            FileHandle.standardError.write(Data("bench session failed: \(error)\n".utf8))
            exit(1)
        }

        let encoder = JSONEncoder()
        let reference = medianMilliseconds(runs) { _ = try? encoder.encode(session.state.steps) }
        let reflection = Reflection(session: session)
        var rows: [(String, Double)] = []
        rows.append(("scoring (Reflection)", medianMilliseconds(runs) { _ = Reflection(session: session) }))
        for format in ReportFormat.allCases {
            rows.append(("render \(format.rawValue) (from Reflection)", medianMilliseconds(runs) {
                _ = ReportRenderer.render(reflection, format: format)
            }))
        }
        for format in ReportFormat.allCases {
            rows.append(("scoring + render \(format.rawValue)", medianMilliseconds(runs) {
                _ = ReportRenderer.render(session: session, format: format)
            }))
        }

        print("samenop-bench render: \(session.state.activeSteps.count) steps, 4 voters per step, median of \(runs) runs")
        print(pad("reference: JSONEncoder of the steps", 40) + ms(reference))
        for (name, value) in rows {
            let ratio = reference > 0 ? String(format: "%.1fx", value / reference) : "-"
            print(pad(name, 40) + ms(value) + "  " + ratio)
        }
        let sizes = ReportFormat.allCases.map { "\($0.rawValue) \(ReportRenderer.render(reflection, format: $0).utf8.count / 1024) KiB" }
        print("report sizes: " + sizes.joined(separator: ", "))
    }

    /// ``Timing/median(runs:_:)`` in milliseconds, after one warm-up run (the first render
    /// fills caches that the others share).
    static func medianMilliseconds(_ runs: Int, _ body: () -> Void) -> Double {
        body()
        return Timing.median(runs: max(1, runs), body) * 1000
    }

    static func ms(_ value: Double) -> String { pad(String(format: "%.2f ms", value), 12, left: true) }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return left ? fill + text : text + fill
    }

    static func option(_ name: String, in arguments: [String]) -> Int? {
        guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
        return Int(arguments[i + 1])
    }

    /// A chain of `steps` scenes through all eight stages, each with an expert, a skipping and
    /// an untagged option, tagged with core questions, elements and pitfalls.
    static func scenarioYAML(steps: Int) -> String {
        let stages = ["melding", "eerste-beoordeling", "erop-af", "veiligstellen", "veiligheidsbeoordeling",
                      "veiligheidsmaatregelen", "opvolgen", "veiligheidsplan"]
        var yaml = """
        format: samenop/1
        id: bench
        title: Benchmark
        language: nl
        summary: Een lange gegenereerde casus.
        roles:
          politie: {name: Politie}
          vt: {name: Veilig Thuis}
          wijkteam: {name: Wijkteam}
          jb: {name: Jeugdbescherming}
        variables:
          veiligheid: 2
        reflection:
          - Wat viel op?
        start: s0
        scenes:

        """
        for i in 0..<steps {
            let next = i + 1 == steps ? "einde" : "s\(i + 1)"
            yaml += """
              s\(i):
                stage: \(stages[i * stages.count / steps])
                time: dag \(i / 10 + 1)
                text: "Scène \(i): er gebeurt iets <nieuws> & er moet gekozen worden. Een tweede zin maakt de tekst wat langer, zoals in echte scenario's."
                choices:
                  - {text: Samen de veiligheid beoordelen, goto: \(next), phase: acuut, kernvragen: [1, 3], elements: [samen-op, info-delen, hele-systeem], expert: true, feedback: Goed samen., add: {veiligheid: 1}}
                  - {text: Alvast aan herstel werken, goto: \(next), phase: herstel, kernvragen: [4], pitfalls: [incident-focus], feedback: Te vroeg., add: {veiligheid: -1}}
                  - {text: Afwachten, goto: \(next), kernvragen: [2, 5]}

            """
        }
        yaml += """
          einde:
            stage: veiligheidsplan
            text: Het einde.
            end: true
            outcome: Klaar.

        """
        return yaml
    }

    /// Plays every step with four votes (one replaced) and a note.
    static func play(_ scenario: Scenario, steps: Int) throws -> Session {
        let start = Date(timeIntervalSince1970: 1_795_341_600)
        var session = Session(scenario: scenario, header: SessionHeader(
            id: "bench", scenarioID: "bench", scenarioSHA256: scenario.sha256, mode: .team, startedAt: start))
        let people = [("Anna", "politie"), ("Bram", "vt"), ("Cees", "wijkteam"), ("Dina", "jb")]
        for (name, role) in people { try session.join(name: name, role: role, at: start) }
        for i in 0..<steps {
            let t = start.addingTimeInterval(Double(i) * 30)
            try session.vote(name: "Anna", shown: 2, reason: "Eerst", at: t)
            for (j, person) in people.enumerated() {
                try session.vote(name: person.0, shown: (i + j) % 3 + 1, reason: j % 2 == 0 ? "Omdat het kind telt" : nil, at: t)
            }
            try session.note("Notitie bij stap \(i + 1)", at: t)
            try session.choose(shown: i % 3 + 1, at: t.addingTimeInterval(20))
        }
        return session
    }
}
