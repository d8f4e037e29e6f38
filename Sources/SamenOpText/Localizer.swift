/// Looks up user-facing text in one language.
///
/// Texts come from the translation files (``Translations``) and are named by ``TextKey``
/// constants. A language other than English falls back to English for a key its file lacks;
/// a key missing everywhere shows the key itself rather than crashing (tests keep the bundled
/// files complete).
public struct Localizer: Sendable, Hashable {
    public let language: Language
    private let translations: Translations
    private let table: Translations.Table?

    /// A localizer for `language` from `translations` (the bundled files unless given).
    public init(_ language: Language, translations: Translations = .bundled) {
        self.language = language
        self.translations = translations
        self.table = translations.table(language)
    }

    public static func == (a: Localizer, b: Localizer) -> Bool { a.language == b.language }
    public func hash(into hasher: inout Hasher) { hasher.combine(language) }

    /// The text for `key`, with `{0}`, `{1}`, ... replaced by `arguments`.
    public func callAsFunction(_ key: TextKey, _ arguments: CustomStringConvertible...) -> String {
        format(key, arguments.map(\.description))
    }

    /// The text for `key`, with `{0}`, `{1}`, ... replaced by `arguments`.
    public func format(_ key: TextKey, _ arguments: [String]) -> String {
        fill(entry(key.rawValue) ?? key.rawValue, arguments)
    }

    /// The plural form of `key` for `n` under the language's rule (`KEY_one`, `KEY_other`,
    /// ...), filled like `callAsFunction`.
    ///
    /// Counts in running text must read naturally for one ("1 beslissing", not "1
    /// beslissingen"), and languages differ in how many forms they have, so the file holds
    /// every form its rule names.
    public func count(_ n: Int, _ key: TextKey, _ arguments: CustomStringConvertible...) -> String {
        let category = (table ?? fallback)?.plural.category(n) ?? "other"
        let template = entry("\(key.rawValue)_\(category)") ?? entry("\(key.rawValue)_other") ?? key.rawValue
        return fill(template, arguments.map(\.description))
    }

    /// The label of this localizer's language in itself ("Nederlands", "English").
    public var languageName: String { self(.languageName) }

    private func entry(_ key: String) -> String? {
        table?.entry(key) ?? fallback?.entry(key)
    }

    /// English, for a key this language's file lacks; read only when needed.
    private var fallback: Translations.Table? {
        language == .en ? nil : translations.table(.en)
    }

    private func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return LocalizedMessage.fill(template, with: arguments)
    }

    /// The language from `--lang`, else `LC_ALL`/`LANG` (`en_GB.UTF-8` -> en), else Dutch;
    /// `nil` when `--lang` names a language without a translation file.
    public static func language(option: String?, environment: [String: String]) -> Language? {
        if let option { return Language(rawValue: option.lowercased()) }
        let lang = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        let code = String(lang.lowercased().prefix { $0.isLetter })
        return Language(rawValue: code) ?? .nl
    }
}
