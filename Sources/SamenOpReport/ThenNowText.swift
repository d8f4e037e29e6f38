import SamenOpEngine
import SamenOpModel
import SamenOpText
/// The opening of the reflection questions in a past-case review, as plain sentences for the
/// report document: the steps where the choice now differs from what was done
/// then, each as a question for the debrief.
///
/// The differences come first because they are what a case review is for ("which choices were
/// made, why, which would you make now?"); the scenario's own and the generic questions follow.
struct ThenNowText {
    /// The sentence that frames the differences (or says there were none).
    var intro: String
    /// One line per step where now and then differ, in step order.
    var steps: [String]

    /// `nil` outside a review, or when no decision with an `actual` option was reached.
    init?(_ r: Reflection, _ l: Localizer) {
        guard let actual = r.actual, actual.decisions > 0 else { return nil }
        let differing = r.steps.filter { $0.matchesActual == false }
        steps = differing.compactMap { step in
            guard let then = step.actualChoice else { return nil }
            return l(.reviewThenNowStep, step.index, l.label(step.stage), Self.quoted(step.choice), Self.quoted(then))
        }
        intro = steps.isEmpty
            ? l.count(actual.decisions, .reviewThenNowSame, actual.decisions)
            : l.count(actual.decisions, .reviewThenNowIntro, steps.count, actual.decisions)
    }

    /// A choice's text on one line, without its closing full stop (the sentence supplies one).
    private static func quoted(_ choice: Choice) -> String {
        var text = ReportText.oneLine(choice.text.value)
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
