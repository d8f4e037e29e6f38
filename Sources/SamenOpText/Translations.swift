import Foundation

/// The translation files: one flat JSON object per language, key to text.
///
/// Flat JSON (the i18next v4 layout, plurals as `KEY_one`/`KEY_other`) because translators'
/// tools read it as it is (Weblate, Crowdin, Lokalise), it diffs line by line in review, and
/// Foundation reads it without a dependency. Besides the texts a file holds `language.name`
/// (its label, e.g. "Nederlands") and `language.plural` (a ``PluralRule``).
///
/// The bundled files are read from the package's resources on first use. A language other
/// than English falls back to English for a key it lacks, so a new translation can grow; the
/// bundled Dutch and English are complete (tested).
public struct Translations: Sendable {
    /// One language's texts.
    public struct Table: Sendable {
        public let language: Language
        /// The label of the language in itself ("Nederlands").
        public let name: String
        public let plural: PluralRule
        let entries: [String: String]

        /// The text of a key as written in the file (`list.scenes_one` for a plural form).
        public func entry(_ key: String) -> String? { entries[key] }

        /// Every key in the file, for the tests.
        public var keys: Set<String> { Set(entries.keys) }
    }

    /// Why a translation file could not be read.
    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case notFlat(path: String, key: String)
        case unknownPluralRule(path: String, rule: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): "\(path): cannot read the translation file: \(reason)"
            case .notFlat(let path, let key): "\(path): '\(key)' is not a text (the file must be one flat object of strings)"
            case .unknownPluralRule(let path, let rule):
                "\(path): unknown language.plural '\(rule)'; known: \(PluralRule.allCases.map(\.rawValue).joined(separator: ", "))"
            }
        }
    }

    /// The languages, in the order they were given (Dutch first for the bundled files).
    public let languages: [Language]
    let tables: [String: Table]

    /// The files that come with the program.
    public static let bundled: Translations = {
        let files = ["nl", "en"].compactMap { Bundle.module.url(forResource: $0, withExtension: "json") }
        do {
            return try Translations(files: files)
        } catch {
            // The files are part of the build; a broken one is a packaging error, not input.
            fatalError("samenop: \(error)")
        }
    }()

    /// Reads each file; its name without `.json` is the language code.
    public init(files: [URL]) throws {
        var languages: [Language] = []
        var tables: [String: Table] = [:]
        for file in files {
            let table = try Self.read(file)
            languages.append(table.language)
            tables[table.language.rawValue] = table
        }
        self.languages = languages
        self.tables = tables
    }

    /// These translations with one more language file (or one replaced).
    public func adding(file: URL) throws -> Translations {
        let table = try Self.read(file)
        var copy = self
        copy = Translations(languages: languages.contains(table.language) ? languages : languages + [table.language],
                            tables: tables.merging([table.language.rawValue: table]) { _, new in new })
        return copy
    }

    private init(languages: [Language], tables: [String: Table]) {
        self.languages = languages
        self.tables = tables
    }

    /// The table of `language`, if there is a file for it.
    public func table(_ language: Language) -> Table? { tables[language.rawValue] }

    private static func read(_ file: URL) throws -> Table {
        let path = file.path
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
        } catch {
            throw LoadError.unreadable(path: path, reason: "\(error.localizedDescription)")
        }
        guard let dictionary = object as? [String: Any] else {
            throw LoadError.unreadable(path: path, reason: "not a JSON object")
        }
        var entries: [String: String] = [:]
        for (key, value) in dictionary {
            guard let text = value as? String else { throw LoadError.notFlat(path: path, key: key) }
            entries[key] = text
        }
        let ruleName = entries["language.plural"] ?? PluralRule.oneOther.rawValue
        guard let rule = PluralRule(rawValue: ruleName) else { throw LoadError.unknownPluralRule(path: path, rule: ruleName) }
        let code = file.deletingPathExtension().lastPathComponent
        return Table(language: Language(code: code), name: entries["language.name"] ?? code, plural: rule, entries: entries)
    }
}
