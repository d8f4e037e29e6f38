import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// One command of the REPL, with its English and Dutch name.
///
/// Both names always work; `help` shows the session language's name first. The table is
/// the contract of `product.md` ("The REPL's commands").
enum REPLCommand: String, CaseIterable, Sendable {
    case list, start, look, note, cards, questions, status, undo, join, vote, share, report, sessions, resume, help, quit

    var english: String { rawValue }

    var dutch: String {
        switch self {
        case .list: "lijst"
        case .start: "start"
        case .look: "kijk"
        case .note: "notitie"
        case .cards: "dossier"
        case .questions: "kernvragen"
        case .status: "stand"
        case .undo: "terug"
        case .join: "deelnemer"
        case .vote: "stem"
        case .share: "deel"
        case .report: "verslag"
        case .sessions: "sessies"
        case .resume: "hervat"
        case .help: "hulp"
        case .quit: "stop"
        }
    }

    /// The name in `language`.
    func name(in language: Language) -> String { language == .nl ? dutch : english }

    /// Every name of every command (for completion and suggestions).
    static var allNames: [String] { allCases.flatMap { [$0.english, $0.dutch] } }

    /// The command called `name` in either language.
    init?(name: String) {
        let name = name.lowercased()
        guard let command = Self.allCases.first(where: { $0.english == name || $0.dutch == name }) else { return nil }
        self = command
    }

    /// The names `word` may have meant: those it begins (`sta` -> `stand`, `start`, ...), else
    /// the closest one if it is close enough to be a typo.
    static func suggestions(for word: String) -> [String] {
        let word = word.lowercased()
        if word.count >= 2 {
            let starts = Array(Set(allNames.filter { $0.hasPrefix(word) })).sorted()
            if !starts.isEmpty { return Array(starts.prefix(5)) }
        }
        return suggestion(for: word).map { [$0] } ?? []
    }

    /// The known name closest to `word`, if it is close enough to be a typo.
    static func suggestion(for word: String) -> String? {
        let word = word.lowercased()
        let scored = allNames.map { ($0, Suggestion.editDistance(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(3, word.count / 2)) else { return nil }
        return best.0
    }
}

/// What the user typed, parsed.
enum REPLInput: Equatable {
    case empty
    /// A number: choose the choice shown as `N`.
    case number(Int)
    case command(REPLCommand, arguments: [String], rest: String)
    case unknown(String)

    init(_ line: String) {
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
        guard let command = REPLCommand(name: word) else {
            self = .unknown(word)
            return
        }
        let rest = String(trimmed.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        self = .command(command, arguments: rest.split(separator: " ").map(String.init), rest: rest)
    }
}
