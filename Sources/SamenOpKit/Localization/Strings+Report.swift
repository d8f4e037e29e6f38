extension Strings {
    /// Strings of the report part of the program.
    static let report: [String: LocalizedText] = [:]
}
