extension Strings {
    /// Strings of the privacy part of the program.
    static let privacy: [String: LocalizedText] = [:]
}
