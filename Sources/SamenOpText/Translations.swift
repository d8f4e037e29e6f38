import Foundation
import Synchronization

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
    private let files: [String: URL]
    private let cache: Cache

    /// Tables read so far. A run reads only the files it uses (Dutch alone, for most), since
    /// start-up time is a target (Docs/performance.md).
    private final class Cache: Sendable {
        let tables = Mutex<[String: Table]>([:])
    }

    /// The files that come with the program.
    ///
    /// Every `*.json` among the package's resources is a language, so adding one is adding its
    /// file; Dutch comes first, then English, then the others by code. An installed samenop
    /// reads them from `<prefix>/share/samenop/Translations` beside its `bin` folder (see
    /// ``InstalledFiles``), a build from the package's resource bundle: SwiftPM's
    /// `Bundle.module` on Linux only looks beside the executable and at the build folder, and
    /// stops the program when neither exists, so it is not touched when the installed folder
    /// holds the files.
    public static let bundled: Translations = {
        let order = ["nl": 0, "en": 1]
        let folder = installedFolder ?? Bundle.module.resourceURL ?? Bundle.module.bundleURL
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files: [URL] = names.filter { $0.hasSuffix(".json") }
            .sorted { (order[String($0.dropLast(5))] ?? 2, $0) < (order[String($1.dropLast(5))] ?? 2, $1) }
            .map { folder.appendingPathComponent($0) }
        guard files.contains(where: { language(of: $0) == .nl }), files.contains(where: { language(of: $0) == .en }) else {
            // The files are part of the build; a missing one is a packaging error, not input.
            fatalError("samenop: the translation files nl.json and en.json are missing from \(folder.path)")
        }
        return Translations(languages: files.map(Self.language(of:)), files: files, tables: [:])
    }()

    /// `<prefix>/share/samenop/Translations` of an installed samenop, when it holds `nl.json`.
    static var installedFolder: URL? {
        guard let folder = InstalledFiles.folder("Translations", executablePath: InstalledFiles.executablePath),
              FileManager.default.fileExists(atPath: folder + "/nl.json")
        else { return nil }
        return URL(fileURLWithPath: folder, isDirectory: true)
    }

    /// Reads each file (its name without `.json` is the language code), so that a broken one is
    /// refused at once with its path and the reason.
    public init(files: [URL]) throws {
        var tables: [String: Table] = [:]
        for file in files {
            let table = try Self.read(file)
            tables[table.language.rawValue] = table
        }
        self.init(languages: files.map(Self.language(of:)), files: files, tables: tables)
    }

    /// These translations with one more language file (or one replaced), read at once.
    public func adding(file: URL) throws -> Translations {
        let table = try Self.read(file)
        let known = languages.contains(table.language)
        var all = files.values.filter { Self.language(of: $0) != table.language }
        all.append(file)
        var tables = cache.tables.withLock { $0 }
        tables[table.language.rawValue] = table
        return Translations(languages: known ? languages : languages + [table.language], files: all, tables: tables)
    }

    private init(languages: [Language], files: [URL], tables: [String: Table]) {
        self.languages = languages
        self.files = Dictionary(files.map { (Self.language(of: $0).rawValue, $0) }, uniquingKeysWith: { _, new in new })
        self.cache = Cache()
        cache.tables.withLock { $0 = tables }
    }

    /// The table of `language`, if there is a file for it; read on first use.
    public func table(_ language: Language) -> Table? {
        if let table = cache.tables.withLock({ $0[language.rawValue] }) { return table }
        guard let file = files[language.rawValue] else { return nil }
        do {
            let table = try Self.read(file)
            cache.tables.withLock { $0[language.rawValue] = table }
            return table
        } catch {
            fatalError("samenop: \(error)")
        }
    }

    private static func language(of file: URL) -> Language {
        Language(code: file.deletingPathExtension().lastPathComponent)
    }

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
