/// The name of one user-facing text in the translation files.
///
/// Text is data, one JSON file per language (`Resources/nl.json`, `Resources/en.json`), but the
/// program names its texts through the constants generated beside this file
/// (`scripts/generate-text-keys`), so that a misspelt key does not build:
/// `l(.replWelcome)`. `TranslationFileTests` checks the other direction: every constant is in
/// every bundled file with the same `{n}` placeholders, and no file holds a key without one.
///
/// A few families are looked up by an id that comes from data (a stage, a diagnostic code);
/// they are built with ``init(_:)`` from the family's prefix, and their tests walk every id of
/// the family: `TextKey("stage." + stage.rawValue)`.
public struct TextKey: Hashable, Sendable, CustomStringConvertible {
    /// The key as written in the translation files, e.g. `repl.welcome`.
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
}
