import Foundation
@testable import SamenOpText

/// The bundled translation files read as one table of Dutch and English texts, for tests that
/// look texts up by key (`Strings.table["report.title"]?.nl`). Plural entries keep the file's
/// own names (`report.expert.line_one`).
enum Strings {
    struct Entry {
        let nl: String
        let en: String
    }

    static let table: [String: Entry] = {
        let nl = Translations.bundled.table(.nl)!, en = Translations.bundled.table(.en)!
        var table: [String: Entry] = [:]
        for key in nl.keys.union(en.keys) {
            table[key] = Entry(nl: nl.entry(key) ?? "", en: en.entry(key) ?? "")
        }
        return table
    }()

    /// The entries whose keys start with `prefix` (`"report."`).
    static func part(_ prefix: String) -> [String: Entry] { table.filter { $0.key.hasPrefix(prefix) } }
}
