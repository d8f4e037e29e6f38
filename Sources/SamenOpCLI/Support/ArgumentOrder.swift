import SamenOpText
import SamenOpScript

/// Lets the common options come before the subcommand (`samenop --lang en list`), and answers
/// a mistyped subcommand with a suggestion.
///
/// The REPL is the default subcommand, so without this the parser reads `--lang en list` as
/// options of the REPL followed by a stray word, and answers "Unexpected argument 'list'".
package enum ArgumentOrder {
    /// Options that take a value (the next word is that value, never a subcommand).
    package static let valued: Set<String> = ["--lang", "--store", "--scenarios", "--feedback"]

    /// `arguments` with the first subcommand name moved to the front when only options
    /// (and their values) come before it; otherwise unchanged.
    package static func normalized(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            if subcommands.contains(word) {
                guard i > 0 else { return arguments }
                var moved = arguments
                moved.remove(at: i)
                return [word] + moved
            }
            guard word.hasPrefix("-"), word != "--" else { return arguments }
            i += valued.contains(word) ? 2 : 1
        }
        return arguments
    }

    /// The first word when it can only be a mistyped subcommand: the REPL takes no words,
    /// so `samenop chek x.yaml` would otherwise be answered with "2 unexpected arguments".
    package static func unknownSubcommand(_ arguments: [String], subcommands: Set<String>) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommands.contains(first), first != "help" else { return nil }
        return first
    }

    /// What to say about the unknown subcommand `word` (status 2, a usage error): the closest
    /// subcommand, else all of them.
    package static func unknownSubcommandError(_ word: String, subcommands: Set<String>, _ l: Localizer) -> CLIError {
        let message = suggestion(for: word, in: subcommands).map { l(.cliUnknownCommandSuggest, word, $0) }
            ?? l(.cliUnknownCommand, word, subcommands.sorted().joined(separator: ", "))
        return CLIError(message, status: 2)
    }

    /// The closest subcommand name to a typo, if there is one within two edits; a name the
    /// subcommand has in another language (``aliases(subcommands:translations:)``) is taken
    /// as meaning it.
    package static func suggestion(
        for word: String, in subcommands: Set<String>, translations: Translations = .bundled
    ) -> String? {
        let typed = word.lowercased()
        if let name = aliases(subcommands: subcommands, translations: translations)[typed] { return name }
        var best: (name: String, distance: Int)?
        for name in subcommands.sorted() {
            let distance = Suggestion.editDistance(typed, name)
            guard distance <= 2 || name.hasPrefix(typed) else { continue }
            if best == nil || distance < best!.distance { best = (name, distance) }
        }
        return best?.name
    }

    /// The other names of the subcommands, typed at the shell out of habit, to the subcommand:
    /// the REPL's names of the same commands in every language (`lijst`, `hervat`, `verslag`)
    /// and `cli.alias.play` (`speel`). They come from the translation files, so a new language
    /// brings its own.
    package static func aliases(subcommands: Set<String>, translations: Translations = .bundled) -> [String: String] {
        let names = REPLCommandNames(translations)
        var aliases: [String: String] = [:]
        for language in names.languages {
            for command in REPLCommand.allCases where subcommands.contains(command.rawValue) {
                aliases[names.name(command, in: language)] = command.rawValue
            }
            if subcommands.contains("play") {
                aliases[Localizer(language, translations: translations)(.cliAliasPlay).lowercased()] = "play"
            }
        }
        return aliases
    }

    /// The value of `--lang` among the arguments, if given.
    package static func language(_ arguments: [String]) -> String? {
        for (i, word) in arguments.enumerated() {
            if word.hasPrefix("--lang=") { return String(word.dropFirst(7)) }
            if word == "--lang", i + 1 < arguments.count { return arguments[i + 1] }
        }
        return nil
    }
}
