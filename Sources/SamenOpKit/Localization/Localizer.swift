/// Looks up user-facing text in the session's language.
///
/// All user-facing text lives in one table (``Strings/table``), split over `Strings+*.swift`
/// files by concern so that each part of the program owns its own strings. A key missing from
/// the table is a programming error that tests catch (`LocalizationTests`); at run time the key
/// itself is shown rather than crashing.
public struct Localizer: Sendable, Hashable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The text for `key`, with `{0}`, `{1}`, ... replaced by `arguments`.
    public func callAsFunction(_ key: String, _ arguments: CustomStringConvertible...) -> String {
        format(key, arguments.map(\.description))
    }

    /// The text for `key`, with `{0}`, `{1}`, ... replaced by `arguments`.
    public func format(_ key: String, _ arguments: [String]) -> String {
        guard let entry = Strings.table[key] else { return key }
        let template = language == .nl ? entry.nl : entry.en
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return LocalizedMessage.fill(template, with: arguments)
    }

    /// The text for `key.one` when `n` is 1, else for `key.other`, filled like `callAsFunction`.
    ///
    /// Counts in running text must read naturally for one ("1 beslissing", not "1 beslissingen");
    /// the two forms sit side by side in the table so that each language words its own plural.
    public func count(_ n: Int, _ key: String, _ arguments: CustomStringConvertible...) -> String {
        format(n == 1 ? "\(key).one" : "\(key).other", arguments.map(\.description))
    }

    /// The language from `--lang`, else `LANG` (`en_GB.UTF-8` -> en), else Dutch.
    public static func language(option: String?, environment: [String: String]) -> Language? {
        if let option { return Language(rawValue: option.lowercased()) }
        let lang = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return lang.lowercased().hasPrefix("en") ? .en : .nl
    }
}

/// A Dutch and an English text.
public struct LocalizedText: Sendable, Hashable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }
}

/// The one localisation table, assembled from the per-concern parts.
public enum Strings {
    public static let table: [String: LocalizedText] = {
        var table: [String: LocalizedText] = [:]
        for part in [vocabulary, cli, repl, report, privacy, review, team, diagnostics] {
            table.merge(part) { first, _ in first }
        }
        return table
    }()
}
