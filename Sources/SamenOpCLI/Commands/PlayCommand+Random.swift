import ArgumentParser
import Foundation
import SamenOpAnalysis
import SamenOpModel
import SamenOpText

/// `samenop play ID --random N [--seed S] [--json]`: seeded random runs (``RandomRuns``),
/// summarised; the same seed prints the same bytes. Nothing is stored.
extension PlayCommand {
    /// Checks the random options; `true` when this is a random run (then `--choices` is not asked).
    func validateRandom() throws -> Bool {
        let l = common.localizer
        guard let random else {
            if seed != nil || json { throw ValidationError(l(.randomSeedAlone)) }
            return false
        }
        if choices != nil { throw ValidationError(l(.randomConflict)) }
        if shuffle != nil { throw ValidationError(l(.randomShuffle)) }
        if random < 1 { throw ValidationError(l(.randomBadCount, random)) }
        if !note.isEmpty || output != nil || acceptPrivacyRisk { throw ValidationError(l(.randomConflict)) }
        return true
    }

    func runRandom(_ runs: Int) throws {
        let l = common.localizer
        let loaded = try ScenarioSource.loadForShell(scenario, common)
        if !mode.session.accepts(loaded.scenario) {
            throw CLIError(l(.replReviewNotPastCase, loaded.scenario.id.value))
        }
        let summary = RandomRuns.play(loaded.scenario, runs: runs, seed: seed ?? 0, mode: mode.session)
        print(json ? summary.json() : Self.text(summary, l), terminator: json ? "" : "\n")
    }

    static func text(_ s: RandomRuns, _ l: Localizer) -> String {
        let none = l(.pathsNone)
        var lines = [l(.randomTitle, s.runs, s.scenario, String(s.seed)), l(.randomEndings)]
        lines += s.endings.map { l(.randomLine, $0.scene, $0.count) }
        if s.stuck > 0 { lines.append(l(.randomStuck, s.stuck)) }
        lines.append(l(.randomVerdicts, s.aligned, s.ahead, s.behind, s.untagged))
        lines.append(l(.randomKernvragen, s.kernvragenNever.isEmpty ? none : s.kernvragenNever.map { String($0.rawValue) }.joined(separator: ", ")))
        lines.append(l(.randomPitfalls, s.pitfalls.isEmpty ? none : s.pitfalls.map { "\($0.pitfall.rawValue) \($0.count)" }.joined(separator: ", ")))
        lines.append(l(.randomOptions, s.optionsNever.isEmpty ? none : s.optionsNever.map { "\($0.scene):\($0.number)" }.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }
}
