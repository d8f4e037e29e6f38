import SamenOpModel
import SamenOpText
/// One rule a loaded scenario must follow, reporting every violation it finds.
protocol ScenarioCheck: Sendable {
    func check(_ scenario: Scenario) -> [Diagnostic]
}

/// Runs every check of the scenario contract on a built model.
public enum Validator {
    /// The checks in the order they run; `source` (the file's lines) lets a check point inside
    /// an `if` value, and is `nil` when only the model is at hand.
    static func checks(source: SourceText?) -> [any ScenarioCheck] {
        [
            ReferenceCheck(), AssignmentCheck(), SafetyVariableCheck(), PhaseBandsCheck(), SceneShapeCheck(),
            ReachabilityCheck(), EndingCheck(), StructuralEndingCheck(), ExpertChoiceCheck(), PastCaseCheck(), FileNameCheck(),
            // The lints of feedback a trainer can trust (issue 11): warnings.
            LengthCueCheck(), BandCutCheck(source: source), IncidentDropCheck(), CardGivenAwayCheck(), DistractorCreditCheck(),
        ]
    }

    /// All problems every check finds, in check order. Without the source, a band cut (SO083)
    /// is reported at the start of its `if` value rather than at the comparison.
    public static func check(_ scenario: Scenario) -> [Diagnostic] {
        check(scenario, source: nil)
    }

    /// The codes of the authoring lints (SO082-SO086): mistakes that make a scenario's feedback
    /// untrustworthy, which the author fixes with `samenop check`. Playing a scenario does not
    /// repeat them to a trainer or trainee, who can do nothing about them (Docs/decisions.md).
    public static let authoringLintCodes: Set<String> = ["SO082", "SO083", "SO084", "SO085", "SO086"]

    /// Same, with the file's lines for positions inside `if` values.
    static func check(_ scenario: Scenario, source: SourceText?) -> [Diagnostic] {
        checks(source: source).flatMap { $0.check(scenario) }
    }
}
