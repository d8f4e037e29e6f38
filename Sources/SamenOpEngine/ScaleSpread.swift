import Foundation

/// The spread of safety judgements per role: each role's numbers, sorted, never who gave them.
///
/// Shown by the projector, `stand` and the report beside the scenario's own `veiligheid`, so
/// that a room sees where agencies differ, not who was "right" (Docs/room.md).
public struct ScaleSpread: Sendable, Hashable {
    public var role: String
    /// The judgements of this role, low to high.
    public var values: [Int]

    public init(role: String, values: [Int]) {
        self.role = role
        self.values = values
    }

    /// The lowest and highest value, `nil` without judgements.
    public var range: ClosedRange<Int>? { values.isEmpty ? nil : values.min()!...values.max()! }

    /// The roles in `roles` order (the scenario's), only those with at least one judgement that
    /// counts (not replaced).
    public static func perRole(_ judgements: [ScaleJudgement], roles: [String]) -> [ScaleSpread] {
        let counting = judgements.filter { !$0.replaced }
        return roles.compactMap { role in
            let values = counting.filter { $0.role == role }.map(\.value).sorted()
            return values.isEmpty ? nil : ScaleSpread(role: role, values: values)
        }
    }
}
