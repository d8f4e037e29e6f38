import SamenOpModel
import SamenOpText
/// Past cases are anonymised and record what was actually done at each decision;
/// `actual` means nothing in a training scenario, so it is refused there.
struct PastCaseCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard scenario.kind == .pastCase else {
            for scene in scenario.scenes {
                for choice in scene.choices {
                    if let actual = choice.actual {
                        diagnostics.append(.error("SO077", at: actual.location, .key(.diagSO077), hint: .key(.diagSO077Hint)))
                    }
                }
            }
            return diagnostics
        }
        if scenario.anonymised?.value != true {
            diagnostics.append(.error("SO075", at: scenario.anonymised?.location ?? scenario.location,
                                      .key(.diagSO075), hint: .key(.diagSO075Hint)))
        }
        for scene in scenario.scenes where !scene.choices.isEmpty {
            let actual = scene.choices.filter(\.isActual)
            if actual.count != 1 {
                let location = actual.count > 1 ? actual[1].actual?.location ?? scene.location : scene.location
                diagnostics.append(.error("SO076", at: location, .key(.diagSO076, scene.id, actual.count), hint: .key(.diagSO076Hint)))
            }
        }
        return diagnostics
    }
}
