import Foundation
import SamenOpEngine
import SamenOpModel
import SamenOpReport
import SamenOpText

/// `samenop play ID --random N --seed S`: N runs that each take a uniformly random option among
/// those shown, played by the engine and judged step by step as the report does
/// (``Reflection/steps(of:)``), then summed up.
///
/// The generator is SplitMix64 and the draw is unbiased rejection sampling, both written here,
/// so the same seed gives the same runs on every platform and Swift version (the standard
/// library's `random(in:using:)` promises neither).
public struct RandomRuns: Sendable {
    public var scenario: String
    public var runs: Int
    public var seed: UInt64
    /// Endings reached, in authored order, with how often.
    public var endings: [(scene: String, count: Int)]
    /// Runs that stopped where no option was shown (or ran past ``maximumSteps``).
    public var stuck: Int
    public var aligned = 0, ahead = 0, behind = 0, untagged = 0
    public var kernvragenNever: [CoreQuestion]
    /// Pitfalls met, in vocabulary order, with how many times.
    public var pitfalls: [(pitfall: Pitfall, count: Int)]
    /// Options of non-ending scenes that no run took, in authored order.
    public var optionsNever: [OptionRef]

    /// A run that has not ended after this many decisions is counted as stuck (a loop).
    public static let maximumSteps = 1_000

    /// Plays `runs` random runs of `scenario` in `mode`.
    ///
    /// When the scenario's states fit under the explorer's limit the runs walk the explored
    /// state graph (the same options in the same order in every state, so the same draws give
    /// the same runs), judging each option taken once with the engine; otherwise, or with
    /// `overStates: false`, every run is a ``Session``. Both give the same output.
    public static func play(_ scenario: Scenario, runs: Int, seed: UInt64, mode: SessionMode = .selfStudy,
                            overStates: Bool = true) -> RandomRuns {
        var tally = Tally()
        var generator = SplitMix64(seed: seed)
        let header = SessionHeader(id: "random", scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256,
                                   mode: mode, startedAt: Date(timeIntervalSince1970: 0))
        var explorer = PathExplorer(scenario: scenario, limit: overStates ? PathExplorer.defaultLimit : 0)
        if overStates { explorer.run() }
        if overStates && explorer.complete && !explorer.keys.isEmpty {
            playOverStates(explorer, header: header, runs: runs, &generator, &tally)
        } else {
            playSessions(scenario, header: header, runs: runs, &generator, &tally)
        }
        var summary = RandomRuns(scenario: scenario.id.value, runs: runs, seed: seed, endings: [], stuck: tally.stuck,
                                 kernvragenNever: [], pitfalls: [], optionsNever: [])
        (summary.aligned, summary.ahead, summary.behind, summary.untagged) = (tally.aligned, tally.ahead, tally.behind, tally.untagged)
        summary.endings = scenario.scenes.compactMap { scene in tally.endings[scene.id].map { (scene.id, $0) } }
        summary.kernvragenNever = CoreQuestion.allCases.filter { !tally.covered.contains($0) }
        summary.pitfalls = Pitfall.allCases.compactMap { p in tally.pitfalls[p].map { (p, $0) } }
        summary.optionsNever = scenario.scenes.filter { !$0.isEnd }.flatMap { scene in
            scene.choices.map { OptionRef(scene: scene.id, number: $0.number) }
        }.filter { !tally.taken.contains($0) }
        return summary
    }

    /// What the runs met, summed.
    struct Tally {
        var endings: [String: Int] = [:], pitfalls: [Pitfall: Int] = [:]
        var covered = Set<CoreQuestion>(), taken = Set<OptionRef>()
        var stuck = 0, aligned = 0, ahead = 0, behind = 0, untagged = 0

        /// Counts one step: its verdict as the report gives it (`nil` for a transition, which
        /// the report does not judge), its kernvragen and pitfalls.
        mutating func add(_ verdict: PhaseVerdict?, _ choice: Choice) {
            switch verdict {
            case nil: break
            case .aligned: aligned += 1
            case .ahead: ahead += 1
            case .behind: behind += 1
            case .untagged: untagged += 1
            }
            for question in choice.kernvragen { covered.insert(question.value) }
            for pitfall in choice.pitfalls { pitfalls[pitfall.value, default: 0] += 1 }
        }
    }

    /// Every run a session of its own, judged by ``Reflection/steps(of:)``.
    static func playSessions(_ scenario: Scenario, header: SessionHeader, runs: Int, _ generator: inout SplitMix64, _ tally: inout Tally) {
        for _ in 0..<max(0, runs) {
            var session = Session(scenario: scenario, header: header)
            var steps = 0
            while !session.isFinished, steps < maximumSteps {
                let visible = session.visibleChoices
                guard !visible.isEmpty else { break }
                let shown = generator.next(below: visible.count) + 1
                tally.taken.insert(OptionRef(scene: session.scene.id, number: visible[shown - 1].number))
                _ = try? session.choose(shown: shown, at: header.startedAt)
                steps += 1
            }
            if session.scene.isEnd { tally.endings[session.scene.id, default: 0] += 1 } else { tally.stuck += 1 }
            for step in Reflection.steps(of: session) { tally.add(step.isDecision ? step.verdict : nil, step.choice) }
        }
    }

    /// A step's verdict once computed (`nil` inside: a transition).
    struct Judged { var verdict: PhaseVerdict? }

    /// Runs as walks over the explored states; each option's verdict in a state is computed
    /// once, by playing the first way to that state and the option in a session.
    static func playOverStates(_ explorer: PathExplorer, header: SessionHeader, runs: Int, _ generator: inout SplitMix64, _ tally: inout Tally) {
        let scenario = explorer.scenario
        var verdicts = explorer.edges.map { [Judged?](repeating: nil, count: $0.count) }
        for _ in 0..<max(0, runs) {
            var state = 0
            var steps = 0
            while !explorer.isEnd(state), steps < maximumSteps {
                let out = explorer.edges[state]
                guard !out.isEmpty else { break }
                let k = generator.next(below: out.count)
                let scene = scenario.scenes[explorer.keys[state].scene]
                let choice = scene.choices[out[k].number - 1]
                if verdicts[state][k] == nil {
                    var session = Session(scenario: scenario, header: header)
                    for shown in explorer.prefix(state) + [out[k].shown] { _ = try? session.choose(shown: shown, at: header.startedAt) }
                    let step = Reflection.lastStep(of: session)
                    verdicts[state][k] = Judged(verdict: step.flatMap { $0.isDecision ? $0.verdict : nil })
                }
                tally.taken.insert(OptionRef(scene: scene.id, number: choice.number))
                tally.add(verdicts[state][k]?.verdict, choice)
                state = out[k].target
                steps += 1
            }
            let scene = scenario.scenes[explorer.keys[state].scene]
            if scene.isEnd { tally.endings[scene.id, default: 0] += 1 } else { tally.stuck += 1 }
        }
    }

    /// The summary as JSON (`samenop-random/1`), keys in a fixed order, ending in a newline.
    public func json() -> String {
        let document: JSONValue = .object([
            ("format", .string("samenop-random/1")),
            ("scenario", .string(scenario)),
            ("runs", .int(runs)),
            ("seed", .string(String(seed))),
            ("endings", .object(endings.map { ($0.scene, .int($0.count)) })),
            ("stuck", .int(stuck)),
            ("verdicts", .object([("aligned", .int(aligned)), ("ahead", .int(ahead)), ("behind", .int(behind)),
                                  ("untagged", .int(untagged))])),
            ("kernvragenNeverCovered", .ints(kernvragenNever.map(\.rawValue))),
            ("pitfalls", .object(pitfalls.map { ($0.pitfall.rawValue, .int($0.count)) })),
            ("optionsNeverTaken", .strings(optionsNever.map { "\($0.scene):\($0.number)" })),
        ])
        return document.rendered() + "\n"
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): small, fast, and the same everywhere.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in `0..<bound`, without modulo bias.
    mutating func next(below bound: Int) -> Int {
        let n = UInt64(bound)
        let limit = UInt64.max - UInt64.max % n
        var x = next()
        while x >= limit { x = next() }
        return Int(x % n)
    }
}
