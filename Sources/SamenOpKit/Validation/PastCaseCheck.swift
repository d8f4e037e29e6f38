/// Past cases are anonymised and record what was actually done at each decision;
/// `actual` means nothing in a training scenario, so it is refused there.
struct PastCaseCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard scenario.kind == .pastCase else {
            for scene in scenario.scenes {
                for choice in scene.choices {
                    if let actual = choice.actual {
                        diagnostics.append(.error("SO077", at: actual.location, "'actual' is only for past cases",
                                                  hint: "add 'kind: past-case' if this is a reconstructed real case, or remove 'actual'"))
                    }
                }
            }
            return diagnostics
        }
        if scenario.anonymised?.value != true {
            diagnostics.append(.error("SO075", at: scenario.anonymised?.location ?? scenario.location,
                                      "a past case must have 'anonymised: true'",
                                      hint: "remove everything that identifies the family, then run 'samenop check --privacy'"))
        }
        for scene in scenario.scenes where !scene.choices.isEmpty {
            let actual = scene.choices.filter(\.isActual)
            if actual.count != 1 {
                let location = actual.count > 1 ? actual[1].actual?.location ?? scene.location : scene.location
                diagnostics.append(.error("SO076", at: location,
                                          "scene '\(scene.id)' of a past case has \(actual.count) choices marked 'actual: true'; it needs exactly one",
                                          hint: "mark the choice that was actually made at this point"))
            }
        }
        return diagnostics
    }
}
