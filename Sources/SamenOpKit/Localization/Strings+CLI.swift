extension Strings {
    /// Strings of the cli part of the program.
    static let cli: [String: LocalizedText] = [:]
}
