import SamenOpText
extension Int {
    /// `self + other`, held at `Int.max` or `Int.min` instead of trapping.
    ///
    /// Scenario numbers are authored by hand and added during play; an overflow must not end a
    /// session, and the nearest representable value keeps comparisons meaningful.
    package func saturatingAdding(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        // Adding a positive number can only overflow upwards, a negative one downwards.
        return other > 0 ? .max : .min
    }

    /// `self - other`, held at `Int.max` or `Int.min` instead of trapping.
    package func saturatingSubtracting(_ other: Int) -> Int {
        let (difference, overflow) = subtractingReportingOverflow(other)
        guard overflow else { return difference }
        // Subtracting a negative number can only overflow upwards, a positive one downwards.
        return other < 0 ? .max : .min
    }

    /// The nearest value inside `range`: how `veiligheid` keeps to its 0...10 scale.
    package func clamped(to range: ClosedRange<Int>) -> Int {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}
