extension Strings {
    /// Strings of the team part of the program.
    static let team: [String: LocalizedText] = [:]
}
