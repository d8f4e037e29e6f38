import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript

/// One command of the REPL. Its names come from the translation files (`repl.command.NAME`).
///
/// Every name in every bundled language always works, and `help` shows the session language's
/// name first, so a third language needs a translation file and no code. The raw value is the
/// command's id (and its English name); the table is the contract of `product.md` ("The REPL's
/// commands").
package enum REPLCommand: String, CaseIterable, Sendable {
    case list, start, look, note, cards, questions, status, undo, join, vote, share, report, sessions, resume, help, quit

    /// The name in `language` (bundled translations).
    package func name(in language: Language) -> String { REPLCommandNames.bundled.name(self, in: language) }

    /// Every name of every command in the bundled languages (for completion and suggestions).
    package static var allNames: [String] { REPLCommandNames.bundled.all }

    /// The command called `name` in any bundled language.
    package init?(name: String) {
        guard let command = REPLCommandNames.bundled.command(named: name) else { return nil }
        self = command
    }

    /// The names `word` may have meant: those it begins (`sta` -> `stand`, `start`, ...), else
    /// the closest one if it is close enough to be a typo.
    package static func suggestions(for word: String, names: REPLCommandNames = .bundled) -> [String] {
        let word = word.lowercased()
        if word.count >= 2 {
            let starts = Array(Set(names.all.filter { $0.hasPrefix(word) })).sorted()
            if !starts.isEmpty { return Array(starts.prefix(5)) }
        }
        return suggestion(for: word, names: names).map { [$0] } ?? []
    }

    /// The known name closest to `word`, if it is close enough to be a typo.
    package static func suggestion(for word: String, names: REPLCommandNames = .bundled) -> String? {
        let word = word.lowercased()
        let scored = names.all.map { ($0, Suggestion.editDistance(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(3, word.count / 2)) else { return nil }
        return best.0
    }
}

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

/// What the user typed at the REPL's prompt, parsed.
///
/// Parsing is apart from running so that it can be tested without a session: a bare number
/// chooses, a known command name in any language is a command with its words, anything else is
/// unknown and gets a suggestion.
package enum REPLInput: Equatable, Sendable {
    case empty
    /// A number: choose the choice shown as `N`.
    case number(Int)
    /// A command; `arguments` are the words after it, `rest` the text after it as typed (for a
    /// note or a name with spaces).
    case command(REPLCommand, arguments: [String], rest: String)
    case unknown(String)

    package init(_ line: String, names: REPLCommandNames = .bundled) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.split(separator: " ", maxSplits: 1).first else {
            self = .empty
            return
        }
        if let number = Int(first), trimmed.split(separator: " ").count == 1 {
            self = .number(number)
            return
        }
        let word = String(first)
        guard let command = names.command(named: word) else {
            self = .unknown(word)
            return
        }
        let rest = String(trimmed.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        self = .command(command, arguments: rest.split(separator: " ").map(String.init), rest: rest)
    }
}
