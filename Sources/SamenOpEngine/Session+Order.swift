import SamenOpModel

/// The order in which a scene's options are shown.
///
/// A trainee who always finds the expert option in the same place, or who can pick the longest
/// one, learns the layout rather than the work (issue 11). A session may therefore carry a seed
/// (``SessionHeader/shuffleSeed``) that fixes a permutation per scene: the same seed and scene
/// always give the same order, in every process, so that resume, replay and reports show what
/// the trainee saw. Swift's `Hasher` is seeded per process and cannot be used for this.
public enum OptionOrder {
    /// The positions (0-based indices into the authored list) of `count` options in the order
    /// shown at scene `scene` under `seed`: a Fisher-Yates shuffle driven by SplitMix64, whose
    /// state starts from the seed mixed with a stable 64-bit FNV-1a hash of the scene id.
    public static func permutation(count: Int, seed: UInt64, scene: String) -> [Int] {
        var order = Array(0..<count)
        guard count > 1 else { return order }
        var generator = SplitMix64(state: seed ^ fnv1a(scene))
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(generator.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        return order
    }

    /// A seed for a new session: random, and small enough to type again (`play --shuffle`)
    /// and to survive any JSON reader.
    public static func randomSeed() -> UInt64 { UInt64.random(in: 1...999_999_999) }

    /// 64-bit FNV-1a of the UTF-8 bytes: stable across processes and platforms.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, well-mixed generator whose whole state is
/// one `UInt64`, so an order depends on nothing but the seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

extension Session {
    /// The scene's options in the order this session shows them: authored order without a
    /// seed, else the seed's permutation of the authored list. Conditions are applied after
    /// ordering (``visibleChoices``), so options keep their places relative to each other
    /// whichever of them are visible.
    public func orderedChoices(of scene: Scene) -> [Choice] {
        guard let seed = state.header.shuffleSeed else { return scene.choices }
        return OptionOrder.permutation(count: scene.choices.count, seed: seed, scene: scene.id).map { scene.choices[$0] }
    }

    /// Whether options are shown in a shuffled order.
    public var isShuffled: Bool { state.header.shuffleSeed != nil }
}
