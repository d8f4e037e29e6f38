import SamenOpText
import SamenOpModel

/// The REPL commands' names in each language, read once from the translation files.
///
/// A table rather than code per language: adding a language file with its `repl.command.*`
/// keys is all a new language needs, and a test can pass translations of its own.
package struct REPLCommandNames: Sendable {
    /// The names in the bundled translation files.
    package static let bundled = REPLCommandNames(.bundled)

    /// The languages, in the translations' order (Dutch first when bundled).
    package let languages: [Language]
    private let table: [Language: [REPLCommand: String]]
    /// Every name, each command's id first and then its names in the languages' order, without
    /// repeats: the order suggestions are tried in.
    package private(set) var all: [String]

    /// Reads the names from `translations`; a language without a `repl.command.*` key falls
    /// back to English, like every text.
    package init(_ translations: Translations) {
        languages = translations.languages
        var table: [Language: [REPLCommand: String]] = [:]
        for language in languages {
            let l = Localizer(language, translations: translations)
            table[language] = Dictionary(uniqueKeysWithValues: REPLCommand.allCases.map {
                ($0, l(TextKey("repl.command.\($0.rawValue)")).lowercased())
            })
        }
        self.table = table
        all = []
        var all: [String] = []
        for command in REPLCommand.allCases {
            for name in names(of: command) where !all.contains(name) { all.append(name) }
        }
        self.all = all
    }

    /// The name of `command` in `language`; its id when the language has no file.
    package func name(_ command: REPLCommand, in language: Language) -> String {
        table[language]?[command] ?? command.rawValue
    }

    /// Every name of `command`: its id, then its name in each language, without repeats.
    package func names(of command: REPLCommand) -> [String] {
        var names: [String] = []
        for name in [command.rawValue] + languages.map({ self.name(command, in: $0) }) where !names.contains(name) {
            names.append(name)
        }
        return names
    }

    /// Its names in the languages other than `language` that differ from the name in
    /// `language`, without repeats: what `help` puts in brackets.
    package func otherNames(_ command: REPLCommand, besides language: Language) -> [String] {
        let own = name(command, in: language)
        var others: [String] = []
        for other in languages where other != language {
            let name = name(command, in: other)
            if name != own, !others.contains(name) { others.append(name) }
        }
        return others
    }

    /// The command called `name` (any case) in any language, or by its id.
    package func command(named name: String) -> REPLCommand? {
        let name = name.lowercased()
        if let command = REPLCommand(rawValue: name) { return command }
        for language in languages {
            if let found = table[language]?.first(where: { $0.value == name }) { return found.key }
        }
        return nil
    }
}
