import SamenOpModel
import SamenOpText
/// Warning (SO082): the expert option is strictly the longest at more than half of the
/// scenario's decisions, so a trainee can pick by length instead of by judgement.
///
/// A decision is a scene with two or more choices of which at least one is `expert`; length is
/// the number of characters of the option's `text` as loaded. Reported once per scenario, at
/// the first scene (in file order) where an expert option is the longest.
struct LengthCueCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var decisions = 0
        var cued: [Scene] = []
        for scene in scenario.scenes where scene.choices.count >= 2 && scene.choices.contains(where: \.expert) {
            decisions += 1
            if Self.expertIsLongest(scene.choices) { cued.append(scene) }
        }
        guard let first = cued.first, cued.count * 2 > decisions else { return [] }
        return [.warning("SO082", at: first.location, .key(.diagSO082, cued.count, decisions, first.id),
                         hint: .key(.diagSO082Hint))]
    }

    /// Whether one option is longer than every other one, and it is an expert option.
    static func expertIsLongest(_ choices: [Choice]) -> Bool {
        let lengths = choices.map(\.text.value.count)
        guard let longest = lengths.max(), lengths.count(where: { $0 == longest }) == 1,
              let index = lengths.firstIndex(of: longest) else { return false }
        return choices[index].expert
    }
}
