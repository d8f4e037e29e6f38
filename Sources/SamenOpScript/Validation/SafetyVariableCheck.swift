import SamenOpModel
import SamenOpText
/// Every scenario has the safety scale `veiligheid`, a number from 0 to 10.
struct SafetyVariableCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        guard let variable = scenario.variable(safetyVariable) else {
            let location = scenario.variables.first?.location ?? scenario.location
            return [.error("SO066", at: location, .key(.diagSO066), hint: .key(.diagSO066Hint))]
        }
        switch variable.initial {
        case .int(let value) where safetyRange.contains(value):
            return []
        case .int(let value):
            return [.error("SO067", at: variable.location, .key(.diagSO067Range, value))]
        default:
            return [.error("SO067", at: variable.location, .key(.diagSO067Type, ExpressionChecker.name(variable.initial.type)))]
        }
    }
}
