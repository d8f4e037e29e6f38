import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpPrivacy

/// A seeded mutator over the bundled scenarios: byte flips, truncations, deletions,
/// duplications, deep nesting and long chains. The same seed gives the same inputs, so a
/// failure names the seed and the round to reproduce it.
struct ScenarioMutator {
    /// SplitMix64: small, fast, and the same on every platform.
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

    /// Hostile fragments: deep flow nesting, a long `and` chain and deep brackets in an `if`,
    /// extreme numbers, escapes, anchors and aliases.
    static let fragments: [String] = [
        String(repeating: "[", count: 3_000),
        String(repeating: "{a: ", count: 2_000),
        "\n        if: " + Array(repeating: "veiligheid > 1", count: 3_000).joined(separator: " and "),
        "\n        if: " + String(repeating: "(", count: 300) + "true" + String(repeating: ")", count: 300),
        "\n        if: " + String(repeating: "not ", count: 500) + "true",
        "\n        add: {veiligheid: 9223372036854775807}",
        "\nphases: {acuut: [-9223372036854775808, 9223372036854775807]}",
        " \"\\e]0;titel\\a\\e[2J\\x9b\" ", "&a ", " *a", "\t", "\u{0}", "\u{FEFF}", "\r\n",
    ]

    /// One mutation of `bytes`, at most twice as long as the original plus a fragment.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        guard !out.isEmpty else { return Array(Self.fragments[below(Self.fragments.count)].utf8) }
        for _ in 0...below(4) {
            let at = below(out.count)
            switch below(6) {
            case 0: out[at] ^= UInt8(truncatingIfNeeded: 1 << below(8))
            case 1: out = Array(out.prefix(at))
            case 2: out.removeSubrange(at..<min(out.count, at + 1 + below(200)))
            case 3:
                let chunk = out[at..<min(out.count, at + 1 + below(400))]
                if out.count + chunk.count <= 2 * bytes.count { out.insert(contentsOf: chunk, at: below(out.count)) }
            case 4: out.insert(contentsOf: Array(Self.fragments[below(Self.fragments.count)].utf8), at: at)
            default: out[at] = UInt8(truncatingIfNeeded: next())
            }
            if out.isEmpty { break }
        }
        return out
    }
}

@Suite("Fuzz")
struct FuzzTests {
    static let seed: UInt64 = 0x5A4D_454E_4F50
    /// The whole test stays within a few seconds in CI.
    static let budget: TimeInterval = 4

    @Test("mutated bundled scenarios load, validate, play, report and scan without a crash or a hang")
    func mutatedScenarios() throws {
        let files = ScenarioLibrary.files(in: BundledScenarioTests.folder)
        let originals = try files.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))) }
        #expect(originals.count >= 10)
        var mutator = ScenarioMutator(seed: Self.seed)
        let deadline = Date().addingTimeInterval(Self.budget)
        var rounds = 0, loaded = 0, slowest: TimeInterval = 0
        while Date() < deadline {
            let original = originals[mutator.below(originals.count)]
            let bytes = mutator.mutate(original)
            let started = Date()
            let result = ScenarioLoader.load(data: Data(bytes), file: "fuzz-\(rounds).yaml")
            // Only a scenario without errors is ever played (the commands refuse the others).
            if let scenario = result.scenario, !result.hasErrors {
                loaded += 1
                exercise(scenario, source: String(decoding: bytes, as: UTF8.self), choices: &mutator)
            }
            #expect(result.scenario != nil || result.hasErrors, "seed \(Self.seed), round \(rounds): nothing built and no error")
            slowest = max(slowest, Date().timeIntervalSince(started))
            rounds += 1
        }
        // A hang would show as one input eating the budget; a crash ends the test process.
        #expect(rounds >= 20, "only \(rounds) inputs in \(Self.budget) s")
        #expect(slowest < 2, "one input took \(slowest) s")
        #expect(loaded > 0)
    }

    /// Plays a few steps the mutator picks, then the reports and the privacy scan.
    func exercise(_ scenario: Scenario, source: String, choices mutator: inout ScenarioMutator) {
        var session = Session(scenario: scenario, header: EngineFixture.header())
        for step in 0..<6 where !session.isFinished {
            let count = session.visibleChoices.count
            guard count > 0 else { break }
            _ = try? session.choose(shown: 1 + mutator.below(count), at: EngineFixture.at(Double(step)))
        }
        for format in ReportFormat.allCases { _ = ReportRenderer.render(session: session, format: format, language: nil) }
        _ = PrivacyScanner.scan(scenario, source: source)
    }
}
