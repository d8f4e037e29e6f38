/// A problem found in a scenario: data, not an exception, so that checks collect every
/// problem in one run and the CLI decides how to print them.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// A stable code such as `SO012`, documented in `Docs/diagnostics.md`.
    public var code: String
    /// `nil` only when no position exists (an unreadable file).
    public var location: SourceLocation?
    public var message: String
    public var hint: String?

    public init(_ severity: Severity, _ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, message, hint: hint)
    }

    public static func warning(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, hint: hint)
    }
}
