import SamenOpScript
import SamenOpModel
import SamenOpText
/// One piece of possibly identifying information in a text.
///
/// A finding holds where the identifier is and a masked form of it, never the identifier
/// itself, so that a finding can be logged or printed without leaking what it found.
public struct PrivacyFinding: Sendable, Hashable {
    public var kind: PrivacyKind
    /// The identifier's position in the scanned text.
    public var range: Range<String.Index>
    /// The offset of the identifier's first character in the scanned text (in `Character`s).
    public var offset: Int
    /// The identifier's length (in `Character`s).
    public var length: Int
    /// The identifier with most letters and digits replaced by `•` (see ``PrivacyMask``).
    public var masked: String

    public init(kind: PrivacyKind, range: Range<String.Index>, offset: Int, length: Int, masked: String) {
        self.kind = kind
        self.range = range
        self.offset = offset
        self.length = length
        self.masked = masked
    }

    /// The placeholder to write instead, such as `[naam]`.
    public var placeholder: String { kind.placeholder }
}
