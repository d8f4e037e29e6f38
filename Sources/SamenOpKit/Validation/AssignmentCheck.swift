/// `set` keeps a variable's type and `veiligheid` on its scale; `add` works on numbers only.
struct AssignmentCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scene in scenario.scenes {
            for choice in scene.choices {
                for assignment in choice.set {
                    guard let variable = scenario.variable(assignment.variable) else { continue }
                    if assignment.value.type != variable.initial.type {
                        diagnostics.append(.error(
                            "SO065", at: assignment.location,
                            "'set' gives '\(variable.name)' \(ExpressionChecker.name(assignment.value.type)), but it starts as \(ExpressionChecker.name(variable.initial.type))",
                            hint: "a variable keeps the type of its initial value (\(variable.initial))"))
                    } else if variable.name == safetyVariable, case .int(let value) = assignment.value, !safetyRange.contains(value) {
                        diagnostics.append(.error(
                            "SO068", at: assignment.location, "'set' puts veiligheid at \(value), outside the scale 0 to 10"))
                    }
                }
                for assignment in choice.add {
                    guard let variable = scenario.variable(assignment.variable), variable.initial.type != .int else { continue }
                    diagnostics.append(.error(
                        "SO065", at: assignment.location,
                        "'add' needs a number variable, but '\(variable.name)' is \(ExpressionChecker.name(variable.initial.type))",
                        hint: "use 'set' for true/false and text"))
                }
            }
        }
        return diagnostics
    }
}
