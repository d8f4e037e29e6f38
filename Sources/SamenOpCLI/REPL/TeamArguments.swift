import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy
/// Reads the arguments of `join` and `vote`, where a name may hold spaces.
///
/// A trainer types names as people give them ("Anna de Vries"), so a name is either quoted
/// (`"Anna de Vries"`, `'Anna de Vries'`) or, for `vote`, the longest name of a participant
/// that the line begins with; otherwise it is the first word.
package enum TeamArguments {
    /// `join NAME ROLE`: the role is the last word, the name everything before it.
    package static func join(_ rest: String) -> (name: String, role: String)? {
        let words = rest.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2, let role = words.last else { return nil }
        let name = unquoted(words.dropLast().joined(separator: " "))
        return (name, role)
    }

    /// `vote NAME N [REASON]`: `number` is the text where N should be (not checked here).
    ///
    /// Without quotes the name is the longest joined name the line begins with when a number
    /// follows it, else everything before the first number (so that an unknown "Anna de Vries"
    /// is named in full), else the first word.
    package static func vote(_ rest: String, participants: [String]) -> (name: String, number: String, reason: String?)? {
        let rest = rest.trimmingCharacters(in: .whitespaces)
        if let (quoted, tail) = leadingQuoted(rest) {
            return split(name: quoted, tail: String(tail))
        }
        let known = participants
            .filter { rest.lowercased().hasPrefix($0.lowercased() + " ") }
            .sorted { $0.count > $1.count }
        for name in known {
            let tail = String(rest.dropFirst(name.count))
            if let parsed = split(name: String(rest.prefix(name.count)), tail: tail), Int(parsed.number) != nil { return parsed }
        }
        let words = rest.split(separator: " ").map(String.init)
        if let i = words.firstIndex(where: { Int($0) != nil }), i > 0 {
            return split(name: words[..<i].joined(separator: " "), tail: words[i...].joined(separator: " "))
        }
        guard let first = words.first else { return nil }
        return split(name: first, tail: words.dropFirst().joined(separator: " "))
    }

    /// The name, then the number and reason from what follows it.
    private static func split(name: String, tail: String) -> (name: String, number: String, reason: String?)? {
        let tail = tail.trimmingCharacters(in: .whitespaces)
        let number = String(tail.prefix { $0 != " " })
        guard !name.isEmpty, !number.isEmpty else { return nil }
        let reason = tail.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        return (name, number, reason.isEmpty ? nil : reason)
    }

    private static let quotes: [Character: Character] = ["\"": "\"", "'": "'", "“": "”", "‘": "’"]

    /// A name without the quotes around it.
    package static func unquoted(_ text: String) -> String {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let first = text.first, let close = quotes[first], text.count >= 2, text.last == close {
            return String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// A quoted name at the start of `text`, and what follows it.
    private static func leadingQuoted(_ text: String) -> (String, Substring)? {
        guard let first = text.first, let close = quotes[first] else { return nil }
        let body = text.dropFirst()
        guard let end = body.firstIndex(of: close) else { return nil }
        return (String(body[..<end]).trimmingCharacters(in: .whitespaces), body[body.index(after: end)...])
    }
}
