import SamenOpModel

/// The engine's rules for what a choice does and what a scene shows, as pure functions.
///
/// ``Session`` applies them while playing; the path analysis (`SamenOpAnalysis`) applies the
/// very same functions to every reachable state, so the two cannot disagree on a condition, a
/// clamp or the order of `set` and `add`.
extension Choice {
    /// The variables after this choice's `set` and then `add`, `veiligheid` clamped to 0-10.
    package func applyingEffects(to before: [String: Value]) -> [String: Value] {
        var after = before
        for assignment in set {
            if assignment.variable == safetyVariable, case .int(let value) = assignment.value {
                // The loader rejects an out-of-scale `set`; clamping keeps the scale's promise anyway.
                after[assignment.variable] = .int(value.clamped(to: safetyRange))
            } else {
                after[assignment.variable] = assignment.value
            }
        }
        for assignment in add {
            guard case .int(let delta) = assignment.value, case .int(let current)? = after[assignment.variable] else { continue }
            var sum = current.saturatingAdding(delta)
            if assignment.variable == safetyVariable { sum = sum.clamped(to: safetyRange) }
            after[assignment.variable] = .int(sum)
        }
        return after
    }
}

extension Scene {
    /// The choices shown in `context`, conditions applied, in `order` (a session's shuffled
    /// order of this scene's choices; the authored order when `nil`); none at an ending.
    package func visibleChoices(in context: EvaluationContext, order: [Choice]? = nil) -> [Choice] {
        guard !isEnd else { return [] }
        return (order ?? choices).filter { $0.condition?.expression.evaluate(in: context).isTrue ?? true }
    }

    /// The situation phase at this scene: its own phase, or the band `veiligheid` is in.
    package func situationPhase(safety: Int, bands: PhaseBands) -> Phase {
        phase?.value ?? bands.phase(for: safety)
    }
}
