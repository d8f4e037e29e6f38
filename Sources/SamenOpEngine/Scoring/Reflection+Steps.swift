import SamenOpModel

/// Single figures a front end needs while a session is played, computed by the same code as
/// the full ``Reflection`` so that the screen and the report never judge a step differently.
extension Reflection {
    /// The active steps as the report sees them, numbered from 1, without the session-wide
    /// figures: for showing every step's feedback at an ending.
    public static func steps(of session: Session) -> [StepReflection] {
        record(of: session).record.filter { !$0.undone }
    }

    /// The last active step as the report sees it: the feedback, phase verdict and votes of the
    /// choice just made. `nil` before the first choice.
    public static func lastStep(of session: Session) -> StepReflection? {
        steps(of: session).last
    }
}

extension Session {
    /// The core questions worked on so far, each with the 1-based step that first worked on it
    /// (the report's ``CoreQuestionFigures/firstStep``). Undone steps do not count.
    public var coveredCoreQuestions: [CoreQuestion: Int] {
        Reflection.coreQuestionFigures(Reflection.steps(of: self)).firstStep
    }
}
