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
    case list, start, look, note, cards, questions, status, undo, join, vote, share, report, sessions, resume, delete, reload, room, reveal, scale, help, quit

    /// The name in `language` (bundled translations).
    package func name(in language: Language) -> String { REPLCommandNames.bundled.name(self, in: language) }

    /// Every name of every command in the bundled languages (for completion and suggestions).
    package static var allNames: [String] { REPLCommandNames.bundled.all }

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

    /// ``suggestions(for:names:)`` named in `language`: a Dutch session that types `stat`
    /// (the start of English `status`) is offered `stand`, not `status` (trainer trial, finding 14).
    package static func suggestions(for word: String, in language: Language, names: REPLCommandNames = .bundled) -> [String] {
        var seen: [String] = []
        for name in suggestions(for: word, names: names) {
            let own = names.command(named: name).map { names.name($0, in: language) } ?? name
            if !seen.contains(own) { seen.append(own) }
        }
        return seen
    }

    /// The known name closest to `word`, if it is close enough to be a typo.
    package static func suggestion(for word: String, names: REPLCommandNames = .bundled) -> String? {
        let word = word.lowercased()
        let scored = names.all.map { ($0, Suggestion.editDistance(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(3, word.count / 2)) else { return nil }
        return best.0
    }
}
