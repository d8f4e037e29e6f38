import Foundation
import SamenOpEngine
import SamenOpModel
import SamenOpReport

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
    public static let maximumSteps = 10_000

    /// Plays `runs` random runs of `scenario` in `mode`.
    public static func play(_ scenario: Scenario, runs: Int, seed: UInt64, mode: SessionMode = .selfStudy) -> RandomRuns {
        var generator = SplitMix64(seed: seed)
        let clock = Date(timeIntervalSince1970: 0)
        let header = SessionHeader(id: "random", scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256,
                                   mode: mode, startedAt: clock)
        var endings: [String: Int] = [:], pitfalls: [Pitfall: Int] = [:]
        var covered = Set<CoreQuestion>(), taken = Set<OptionRef>()
        var summary = RandomRuns(scenario: scenario.id.value, runs: runs, seed: seed, endings: [], stuck: 0,
                                 kernvragenNever: [], pitfalls: [], optionsNever: [])
        for _ in 0..<max(0, runs) {
            var session = Session(scenario: scenario, header: header)
            var steps = 0
            while !session.isFinished, steps < maximumSteps {
                let visible = session.visibleChoices
                guard !visible.isEmpty else { break }
                let shown = generator.next(below: visible.count) + 1
                let choice = visible[shown - 1]
                taken.insert(OptionRef(scene: session.scene.id, number: choice.number))
                _ = try? session.choose(shown: shown, at: clock)
                steps += 1
            }
            if session.scene.isEnd { endings[session.scene.id, default: 0] += 1 } else { summary.stuck += 1 }
            // The steps as the report judges them (the same code as the full Reflection); the
            // session-wide figures are not needed here, and skipping them halves the time.
            for step in Reflection.steps(of: session) {
                switch step.verdict {
                case .aligned: summary.aligned += 1
                case .ahead: summary.ahead += 1
                case .behind: summary.behind += 1
                case .untagged: summary.untagged += 1
                }
                for question in step.choice.kernvragen { covered.insert(question.value) }
                for pitfall in step.choice.pitfalls { pitfalls[pitfall.value, default: 0] += 1 }
            }
        }
        summary.endings = scenario.scenes.compactMap { scene in endings[scene.id].map { (scene.id, $0) } }
        summary.kernvragenNever = CoreQuestion.allCases.filter { !covered.contains($0) }
        summary.pitfalls = Pitfall.allCases.compactMap { p in pitfalls[p].map { (p, $0) } }
        summary.optionsNever = scenario.scenes.filter { !$0.isEnd }.flatMap { scene in
            scene.choices.map { OptionRef(scene: scene.id, number: $0.number) }
        }.filter { !taken.contains($0) }
        return summary
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
