import SamenOpText
/// How the safety scale maps onto the phases: a band of `veiligheid` values per phase.
public struct PhaseBands: Sendable, Hashable {
    /// One band per phase, in phase order.
    public var bands: [Phase: ClosedRange<Int>]
    /// Where the scenario's own `phases` were written, or `nil` for the default bands.
    public var location: SourceLocation?

    public init(bands: [Phase: ClosedRange<Int>], location: SourceLocation?) {
        self.bands = bands
        self.location = location
    }

    /// The bands of the phased-safety vision: 0-2, 3-5, 6-7, 8-10.
    public static let standard = PhaseBands(
        bands: [.acuut: 0...2, .directeVeiligheid: 3...5, .risicogestuurdeZorg: 6...7, .herstel: 8...10],
        location: nil
    )

    /// The phase whose band holds `veiligheid`, clamping values outside the scale.
    public func phase(for veiligheid: Int) -> Phase {
        let value = veiligheid.clamped(to: safetyRange)
        for phase in Phase.allCases {
            if let band = bands[phase], band.contains(value) { return phase }
        }
        // Validated bands cover 0...10; fall back to the vision's bands for unvalidated ones.
        return PhaseBands.standard.phase(for: value)
    }
}
