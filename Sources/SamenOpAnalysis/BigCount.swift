/// A non-negative whole number of any size that can only be added to: the number of paths.
///
/// Path counts double at every two-way branch, so 64 branches already overflow `UInt64`; the
/// analysis only ever adds counts (dynamic programming over states), so addition and a decimal
/// string are all it needs. Limbs are base 10^9, least significant first, so printing is cheap.
public struct BigCount: Sendable, Hashable, CustomStringConvertible {
    private static let base: UInt32 = 1_000_000_000
    private var limbs: [UInt32]

    public init(_ value: UInt32 = 0) {
        limbs = value >= Self.base ? [value % Self.base, value / Self.base] : [value]
    }

    public var isZero: Bool { limbs.allSatisfy { $0 == 0 } }

    /// Adds `other` to this number.
    public static func += (lhs: inout BigCount, rhs: BigCount) {
        var carry: UInt32 = 0
        let count = max(lhs.limbs.count, rhs.limbs.count)
        if lhs.limbs.count < count { lhs.limbs += Array(repeating: 0, count: count - lhs.limbs.count) }
        for i in 0..<count {
            let sum = lhs.limbs[i] + (i < rhs.limbs.count ? rhs.limbs[i] : 0) + carry
            lhs.limbs[i] = sum % base
            carry = sum / base
        }
        if carry > 0 { lhs.limbs.append(carry) }
    }

    /// The number in decimal, without separators (`"1099511627776"`).
    public var description: String {
        var top = limbs.count - 1
        while top > 0 && limbs[top] == 0 { top -= 1 }
        var text = String(limbs[top])
        for i in stride(from: top - 1, through: 0, by: -1) {
            let digits = String(limbs[i])
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }
}
