import SamenOpModel
import SamenOpText
/// One rule a loaded scenario must follow, reporting every violation it finds.
protocol ScenarioCheck: Sendable {
    func check(_ scenario: Scenario) -> [Diagnostic]
}

/// Runs every check of the scenario contract on a built model.
public enum Validator {
    static let checks: [any ScenarioCheck] = [
        ReferenceCheck(), AssignmentCheck(), SafetyVariableCheck(), PhaseBandsCheck(), SceneShapeCheck(),
        ReachabilityCheck(), EndingCheck(), StructuralEndingCheck(), ExpertChoiceCheck(), PastCaseCheck(), FileNameCheck(),
    ]

    /// All problems every check finds, in check order.
    public static func check(_ scenario: Scenario) -> [Diagnostic] {
        checks.flatMap { $0.check(scenario) }
    }
}
