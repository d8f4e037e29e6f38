import SamenOpModel
import SamenOpText
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
                            .key(.diagSO065Set, variable.name, ExpressionChecker.name(assignment.value.type),
                                 ExpressionChecker.name(variable.initial.type)),
                            hint: .key(.diagSO065SetHint, "\(variable.initial)")))
                    } else if variable.name == safetyVariable, case .int(let value) = assignment.value, !safetyRange.contains(value) {
                        diagnostics.append(.error(
                            "SO068", at: assignment.location, .key(.diagSO068, value)))
                    }
                }
                for assignment in choice.add {
                    guard let variable = scenario.variable(assignment.variable), variable.initial.type != .int else { continue }
                    diagnostics.append(.error(
                        "SO065", at: assignment.location,
                        .key(.diagSO065Add, variable.name, ExpressionChecker.name(variable.initial.type)),
                        hint: .key(.diagSO065AddHint)))
                }
            }
        }
        return diagnostics
    }
}
