/// A language the program can speak, named by its ISO 639 code (`nl`, `en`).
///
/// Languages are not hard-wired: the bundled translation files decide which codes
/// `init(rawValue:)` accepts (so also which `language:` a scenario may have and which `--lang`
/// works), and a test can speak a made-up language from a file of its own through
/// ``init(code:)`` and ``Translations``.
public struct Language: RawRepresentable, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// The ISO 639 code, lowercase.
    public let rawValue: String

    /// A language that has a bundled translation file; `nil` for any other code.
    public init?(rawValue: String) {
        guard Translations.bundled.languages.contains(where: { $0.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    /// Any language code, bundled or not (for translations loaded from elsewhere).
    public init(code: String) {
        self.rawValue = code.lowercased()
    }

    public static let nl = Language(code: "nl")
    public static let en = Language(code: "en")

    /// The bundled languages, Dutch first.
    public static var allCases: [Language] { Translations.bundled.languages }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(code: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
