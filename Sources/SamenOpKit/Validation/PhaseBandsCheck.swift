/// The phases' bands cover the scale 0-10 in phase order, without gaps or overlaps.
struct PhaseBandsCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        let bands = scenario.phaseBands
        guard let location = bands.location else { return [] }
        var expectedLow = safetyRange.lowerBound
        for phase in Phase.allCases {
            guard let band = bands.bands[phase] else { continue }
            if band.lowerBound != expectedLow {
                let problem = band.lowerBound > expectedLow
                    ? "leaves \(Self.describe(expectedLow...(band.lowerBound - 1))) without a phase"
                    : "overlaps the phase before it"
                return [.error("SO069", at: location,
                               "the phase bands do not fit: '\(phase.rawValue)' starts at \(band.lowerBound) and \(problem)",
                               hint: "the bands follow the phase order and cover 0 to 10 once, e.g. acuut [0, 2], directe-veiligheid [3, 5], risicogestuurde-zorg [6, 7], herstel [8, 10]")]
            }
            expectedLow = band.upperBound + 1
        }
        if expectedLow != safetyRange.upperBound + 1 {
            return [.error("SO069", at: location,
                           "the phase bands do not fit: they end at \(expectedLow - 1) instead of 10",
                           hint: "the last phase, herstel, runs up to 10")]
        }
        return []
    }

    /// "4" or "4 to 6".
    static func describe(_ range: ClosedRange<Int>) -> String {
        range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
    }
}
