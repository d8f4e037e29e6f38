import Foundation
import Testing
import SamenOpModel
import SamenOpEngine
import SamenOpStore

/// `samenop stats` end to end: every figure of `--format json` against counts made here from
/// the stored sessions' own steps (not through the cohort code).
@Suite("stats")
struct CohortStatsTests {
    static func object(_ text: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    static func median(_ values: [Int]) -> Any {
        guard !values.isEmpty else { return NSNull() }
        let s = values.sorted(), m = s.count / 2
        return s.count % 2 == 1 ? Double(s[m]) : Double(s[m - 1] + s[m]) / 2
    }

    /// The expected `samenop-cohort/1` object, counted from the steps of `sessions`.
    static func expected(_ all: [Session]) -> NSDictionary {
        let finished = all.filter(\.isFinished)
        let byScenario = Dictionary(grouping: finished, by: { $0.scenario.id.value })
        let scenarios: [Any] = byScenario.keys.sorted().map { id -> Any in
            let sessions = byScenario[id]!
            guard sessions.count >= 5 else { return ["id": id, "sessions": sessions.count, "suppressed": true] }
            let scenario = sessions[0].scenario
            let steps = sessions.map(\.state.activeSteps)
            var endings: [String: Int] = [:]
            for s in sessions { endings[s.state.currentScene, default: 0] += 1 }
            var options: [Any] = []
            var scenes: [Any] = []
            for scene in scenario.scenes where !scene.choices.isEmpty {
                let reached = steps.filter { $0.contains { $0.scene == scene.id } }.count
                guard reached > 0 else { continue }
                guard reached >= 5 else { scenes.append(["scene": scene.id, "sessions": reached, "suppressed": true]); continue }
                let here = steps.flatMap { $0.filter { $0.scene == scene.id } }
                func choice(_ n: Int) -> Choice { scene.choices.first { $0.number == n }! }
                var pitfalls: [String: Int] = [:]
                var skips = 0
                for step in here {
                    for p in choice(step.choice).pitfalls { pitfalls[p.value.rawValue, default: 0] += 1 }
                    let situation = scene.phase?.value ?? scenario.phaseBands.phase(for: min(max(step.safetyBefore, 0), 10))
                    if let phase = choice(step.choice).phase?.value, phase > situation { skips += 1 }
                }
                let taken = { (n: Int) in here.filter { $0.choice == n }.count }
                let expertBest = scene.choices.filter(\.expert).map { taken($0.number) }.max()
                scenes.append([
                    "scene": scene.id, "sessions": reached, "suppressed": false, "steps": here.count,
                    "phaseSkips": skips, "pitfalls": pitfalls, "decisionMedianMs": median(here.map(\.decisionMs)),
                    "expertLosesTo": expertBest.map { best in scene.choices.filter { !$0.expert && taken($0.number) > best }.map(\.number) } ?? [],
                    "teamSuppressed": true, "teamSteps": NSNull(), "dissent": NSNull(),
                ] as [String: Any])
                for c in scene.choices {
                    options.append([
                        "scene": scene.id, "choice": c.number, "expert": c.expert, "taken": taken(c.number),
                        "shown": here.filter { $0.shownChoices.contains(c.number) }.count,
                    ] as [String: Any])
                }
            }
            func covers(_ step: Step, _ q: Int) -> Bool {
                scenario.scene(step.scene)!.choices.first { $0.number == step.choice }!.kernvragen.contains { $0.value.rawValue == q }
            }
            let questions: [Any] = (1...5).map { q in
                let firsts = steps.compactMap { s in s.firstIndex { covers($0, q) }.map { $0 + 1 } }
                return ["question": q, "missing": sessions.count - firsts.count,
                        "firstStepMedian": firsts.count >= 5 ? median(firsts) : NSNull()] as [String: Any]
            }
            let order = steps.filter { s in
                guard let four = s.firstIndex(where: { covers($0, 4) }) else { return false }
                return (s.firstIndex { covers($0, 3) } ?? Int.max) > four
            }.count
            var never: [String: Int] = [:]
            var agreement: [Int] = []
            for s in steps {
                var missed: Set<String> = [], shown: Set<String> = []
                var decisions = 0, matched = 0
                for step in s {
                    let scene = scenario.scene(step.scene)!
                    let chosen = scene.choices.first { $0.number == step.choice }!
                    shown.formUnion(chosen.elements.map(\.value.rawValue))
                    let experts = scene.choices.filter { $0.expert && step.shownChoices.contains($0.number) }
                    if !experts.isEmpty { decisions += 1; if chosen.expert { matched += 1 } }
                    if !chosen.expert {
                        for e in experts.flatMap(\.elements) where !chosen.elements.contains(e) { missed.insert(e.value.rawValue) }
                    }
                }
                for e in missed.subtracting(shown) { never[e, default: 0] += 1 }
                if decisions > 0 { agreement.append(Int((Double(matched) * 100 / Double(decisions)).rounded())) }
            }
            return [
                "id": id, "sessions": sessions.count, "suppressed": false, "endings": endings, "options": options,
                "scenes": scenes, "coreQuestions": questions, "orderIssues": order > 0 ? ["4-before-3": order] : [:],
                "elementsNeverShown": never,
                "expertAgreement": agreement.count >= 5
                    ? ["median": median(agreement), "min": agreement.min()!, "max": agreement.max()!, "sessions": agreement.count] as [String: Any]
                    : NSNull(),
            ] as [String: Any]
        }
        return ["format": "samenop-cohort/1", "minimumSessions": 5, "sessions": finished.count, "scenarios": scenarios] as NSDictionary
    }

    @Test("every figure of stats --format json matches counts made from the sessions; a group of four is suppressed")
    func figures() throws {
        let f = try CohortFixture()
        try f.playCohort()
        let all = try Binary.run(["stats", "--format", "json"], environment: f.env)
        #expect(all.status == 0, "\(all.stderr)")
        let report = try Self.object(all.stdout)
        #expect(report == Self.expected(try f.sessions()))
        #expect((report["scenarios"] as? [NSDictionary])?.map { $0["suppressed"] as? Bool } == [false, false, true])

        let noord = try Self.object(try Binary.run(["stats", "--format", "json", "--group", "Noord"], environment: f.env).stdout)
        #expect(noord == Self.expected(try f.sessions(group: "Noord")))

        let zuid = try Binary.run(["stats", "--format", "json", "--groep", "Zuid"], environment: f.env)
        #expect(zuid.stdout == """
            {
              "format": "samenop-cohort/1",
              "minimumSessions": 5,
              "sessions": 4,
              "scenarios": [
                {
                  "id": "proef-b",
                  "sessions": 1,
                  "suppressed": true
                },
                {
                  "id": "proef-c",
                  "sessions": 3,
                  "suppressed": true
                }
              ]
            }

            """)
        let text = try Binary.run(["stats", "--group", "Zuid"], environment: f.env)
        #expect(text.stdout.contains("> 3 sessies, minder dan 5: geen cijfers getoond.\n"))
        #expect(text.stdout.contains("een cijfer dat op minder dan 5 sessies berust, is weggelaten."))
        #expect(!text.stdout.contains("Anna"))

        let html = try Binary.run(["stats", "--format", "html", "--scenario", "proef-a"], environment: f.env)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<svg class=\"chart\""))
        #expect(try Binary.run(["stats", "--since", "2026-13-01"], environment: f.env).stderr == "Ongeldige datum '2026-13-01': gebruik JJJJ-MM-DD.\n")
    }

    @Test("sessions shows and filters by group")
    func sessionsByGroup() throws {
        let f = try CohortFixture()
        try f.play("proef-a", "2,2", group: "VT Noord, mei")
        try f.play("proef-a", "1,2", group: nil)
        let listed = try Binary.run(["sessions", "--group", "VT Noord, mei"], environment: f.env)
        #expect(listed.stdout.split(separator: "\n").count == 1)
        #expect(listed.stdout.hasSuffix("afgerond, 2 stappen  (groep: VT Noord, mei)\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Binary.run(["sessions", "--json"], environment: f.env).stdout.utf8)) as? [[String: Any]])
        #expect(json.map { $0["group"] as? String } == [nil, "VT Noord, mei"])
        let repl = try Binary.run([], input: "start proef-a --groep VT Zuid, juni\n1\n1\nstop\n", environment: f.env)
        #expect(repl.status == 0)
        #expect(try SessionStore(path: f.store).sessions(group: "VT Zuid, juni").count == 1)
    }
}
