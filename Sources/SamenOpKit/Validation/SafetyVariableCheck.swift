/// Every scenario has the safety scale `veiligheid`, a number from 0 to 10.
struct SafetyVariableCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        guard let variable = scenario.variable(safetyVariable) else {
            let location = scenario.variables.first?.location ?? scenario.location
            return [.error("SO066", at: location, .key("diag.SO066"), hint: .key("diag.SO066.hint"))]
        }
        switch variable.initial {
        case .int(let value) where safetyRange.contains(value):
            return []
        case .int(let value):
            return [.error("SO067", at: variable.location, .key("diag.SO067.range", value))]
        default:
            return [.error("SO067", at: variable.location, .key("diag.SO067.type", ExpressionChecker.name(variable.initial.type)))]
        }
    }
}
