import SamenOpModel

/// How the option taken at one step relates to the expert options on screen: shown beside
/// the phase verdict at every step, so that a choice in the right phase but not a good one
/// never reads as approved.
public enum ExpertAgreement: String, Sendable, Hashable, CaseIterable {
    /// An expert option was taken.
    case expert
    /// Expert options were on screen and another one was taken.
    case other
    /// No expert option was on screen.
    case noneShown = "none-shown"
    /// Only one option was on screen: a transition, not a decision.
    case transition
}

extension StepReflection {
    /// A decision: two or more options were on screen. A step with a single visible option is
    /// a transition: it stays in the timeline but counts for no phase count, expert
    /// agreement, then-and-now or missed element (`scoring.md`, "Decision").
    public var isDecision: Bool { shownChoices.count >= 2 }

    /// The expert agreement of this step, for the line beside its phase verdict.
    public var expertAgreement: ExpertAgreement {
        guard isDecision else { return .transition }
        guard expertShown else { return .noneShown }
        return choice.expert ? .expert : .other
    }

    /// The authored numbers of the options in the order they were shown.
    public var order: [Int] { shownChoices.map(\.number) }
}
