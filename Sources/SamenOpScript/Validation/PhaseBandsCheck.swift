import SamenOpModel
import SamenOpText
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
                    ? .key(.diagSO069Gap, phase.rawValue, band.lowerBound, Self.describe(expectedLow...band.lowerBound.saturatingSubtracting(1)))
                    : .key(.diagSO069Overlap, phase.rawValue, band.lowerBound)
                return [.error("SO069", at: location, message, hint: .key(.diagSO069Hint))]
            }
            // Saturating: a band may end at the largest number a file can hold.
            expectedLow = band.upperBound.saturatingAdding(1)
        }
        if expectedLow != safetyRange.upperBound + 1 {
            return [.error("SO069", at: location, .key(.diagSO069End, expectedLow.saturatingSubtracting(1)), hint: .key(.diagSO069EndHint))]
        }
        return []
    }

    /// "4" or "4 to 6".
    static func describe(_ range: ClosedRange<Int>) -> LocalizedMessage {
        range.lowerBound == range.upperBound ? .verbatim("\(range.lowerBound)") : .key(.diagRange, range.lowerBound, range.upperBound)
    }
}
