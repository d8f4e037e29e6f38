import SamenOpText
/// A problem found in a scenario: data, not an exception, so that checks collect every
/// problem in one run and the CLI decides how to print them.
///
/// The message and hint are kept as ``LocalizedMessage``s, so that one diagnostic prints in
/// Dutch or English (``message(in:)``, ``hint(in:)``); ``message`` and ``hint`` are the English
/// text, the stable form for tests, `check --json` and searching `Docs/diagnostics.md`.
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
    /// What is wrong, in either language.
    public var localizedMessage: LocalizedMessage
    /// How to fix it, in either language, when there is something useful to say.
    public var localizedHint: LocalizedMessage?

    public init(_ severity: Severity, _ code: String, at location: SourceLocation?, _ message: LocalizedMessage, hint: LocalizedMessage? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.localizedMessage = message
        self.localizedHint = hint
    }

    /// The message in English.
    public var message: String { localizedMessage.text(in: .en) }
    /// The hint in English.
    public var hint: String? { localizedHint?.text(in: .en) }

    /// The message in `language`.
    public func message(in language: Language) -> String { localizedMessage.text(in: language) }
    /// The hint in `language`.
    public func hint(in language: Language) -> String? { localizedHint?.text(in: language) }

    public static func error(_ code: String, at location: SourceLocation?, _ message: LocalizedMessage, hint: LocalizedMessage? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, message, hint: hint)
    }

    public static func warning(_ code: String, at location: SourceLocation?, _ message: LocalizedMessage, hint: LocalizedMessage? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, hint: hint)
    }
}
