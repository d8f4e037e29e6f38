/// The phases' bands cover the scale 0-10 in phase order, without gaps or overlaps.
struct PhaseBandsCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        let bands = scenario.phaseBands
        guard let location = bands.location else { return [] }
        var expectedLow = safetyRange.lowerBound
        for phase in Phase.allCases {
            guard let band = bands.bands[phase] else { continue }
            if band.lowerBound != expectedLow {
                let message: LocalizedMessage = band.lowerBound > expectedLow
                    ? .key("diag.SO069.gap", phase.rawValue, band.lowerBound, Self.describe(expectedLow...(band.lowerBound - 1)))
                    : .key("diag.SO069.overlap", phase.rawValue, band.lowerBound)
                return [.error("SO069", at: location, message, hint: .key("diag.SO069.hint"))]
            }
            expectedLow = band.upperBound + 1
        }
        if expectedLow != safetyRange.upperBound + 1 {
            return [.error("SO069", at: location, .key("diag.SO069.end", expectedLow - 1), hint: .key("diag.SO069.end.hint"))]
        }
        return []
    }

    /// "4" or "4 to 6".
    static func describe(_ range: ClosedRange<Int>) -> LocalizedMessage {
        range.count == 1 ? .verbatim("\(range.lowerBound)") : .key("diag.range", range.lowerBound, range.upperBound)
    }
}
