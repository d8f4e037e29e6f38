import Foundation

extension REPL {
    /// The words that tag a session with a group on `start` (`--groep` and `--group` alike).
    static let groupFlags: Set<String> = ["--groep", "--group"]

    /// Takes `--groep NAME` out of `start`'s words: the name is every word after the flag up to
    /// the next `--` word, so that "VT Noord, mei" needs no quotes (quotes around it are
    /// dropped). `nil` when no group was given, or the flag without a name.
    static func splitGroup(_ arguments: [String]) -> (arguments: [String], group: String?) {
        guard let flag = arguments.firstIndex(where: { groupFlags.contains($0.lowercased()) }) else {
            return (arguments, nil)
        }
        let after = arguments[(flag + 1)...]
        let end = after.firstIndex(where: { $0.hasPrefix("--") }) ?? arguments.endIndex
        let name = arguments[(flag + 1)..<end].joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"'").union(.whitespaces))
        return (Array(arguments[..<flag] + arguments[end...]), name.isEmpty ? nil : name)
    }
}
