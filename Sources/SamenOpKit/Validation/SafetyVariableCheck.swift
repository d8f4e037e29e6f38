/// Every scenario has the safety scale `veiligheid`, a number from 0 to 10.
struct SafetyVariableCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        guard let variable = scenario.variable(safetyVariable) else {
            let location = scenario.variables.first?.location ?? scenario.location
            return [.error("SO066", at: location, "the variable 'veiligheid' is missing",
                           hint: "every scenario has the safety scale, e.g. 'veiligheid: 3' under 'variables'")]
        }
        switch variable.initial {
        case .int(let value) where safetyRange.contains(value):
            return []
        case .int(let value):
            return [.error("SO067", at: variable.location, "veiligheid starts at \(value), outside the scale 0 to 10")]
        default:
            return [.error("SO067", at: variable.location,
                           "veiligheid must be a number from 0 to 10, not \(ExpressionChecker.name(variable.initial.type))")]
        }
    }
}
