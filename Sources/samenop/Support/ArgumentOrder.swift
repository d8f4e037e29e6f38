/// Lets the common options come before the subcommand: `samenop --lang en list`.
///
/// The REPL is the default subcommand, so without this the parser reads `--lang en list` as
/// options of the REPL followed by a stray word, and answers "Unexpected argument 'list'".
enum ArgumentOrder {
    /// Options that take a value (the next word is that value, never a subcommand).
    static let valued: Set<String> = ["--lang", "--store", "--scenarios", "--feedback"]

    /// `arguments` with the first subcommand name moved to the front when only options
    /// (and their values) come before it; otherwise unchanged.
    static func normalized(_ arguments: [String], subcommands: Set<String>) -> [String] {
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
}
