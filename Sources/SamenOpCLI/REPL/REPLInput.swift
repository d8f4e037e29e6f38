import Foundation

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

    /// Parses `line`; `names` are the command names to know (the bundled languages' unless a
    /// test gives its own).
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
