extension Strings {
    /// Strings of the repl part of the program.
    static let repl: [String: LocalizedText] = [:]
}
