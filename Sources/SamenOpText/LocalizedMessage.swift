/// Text kept as a key of the localisation table with its arguments, so that it can be shown
/// in either language long after it was made.
///
/// Diagnostics are built once, when a file loads, but printed in the language of the command
/// that prints them (and always in English in `check --json`). Arguments are messages too: an
/// id or a number is ``verbatim(_:)``, while a word of the program's own vocabulary ("scene
/// 'begin'", "a number") is a key of its own, so that no English word ends up in a Dutch
/// sentence.
public enum LocalizedMessage: Hashable, Sendable, CustomStringConvertible {
    /// A text of the translation files whose `{0}`, `{1}`, ... are filled with `arguments`.
    case localized(key: TextKey, arguments: [LocalizedMessage])
    /// Text shown as written in every language: ids, names, numbers, paths, libyaml's words.
    case verbatim(String)

    /// `key` with `arguments`; a `String` or `Int` argument is shown as written.
    public static func key(_ key: TextKey, _ arguments: any MessageArgument...) -> LocalizedMessage {
        .localized(key: key, arguments: arguments.map(\.messageArgument))
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        text(Localizer(language))
    }

    /// The text in the localizer's language.
    public func text(_ localizer: Localizer) -> String {
        switch self {
        case .localized(let key, let arguments):
            Self.fill(localizer.format(key, []), with: arguments.map { $0.text(localizer) })
        case .verbatim(let text): text
        }
    }

    /// `template` with each `{n}` replaced by `arguments[n]`, in one pass: arguments hold the
    /// file's own text, and a key written `{1}` in a scenario must not be filled in again.
    /// Plain Swift rather than `replacingOccurrences`, which bridges through NSString on Linux
    /// and is slow when reports format thousands of strings.
    public static func fill(_ template: String, with arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let i = Int(after[..<close]), arguments.indices.contains(i) {
                text += arguments[i]
                rest = after[after.index(after: close)...]
            } else {
                text += "{"
                rest = after
            }
        }
        return text + rest
    }

    /// The English text: the stable form that tests, `--json` and searches use.
    public var description: String { text(in: .en) }

    /// The text's key, `nil` for verbatim text.
    public var key: TextKey? {
        if case .localized(let key, _) = self { return key }
        return nil
    }

    /// The arguments (none for verbatim text).
    public var arguments: [LocalizedMessage] {
        if case .localized(_, let arguments) = self { return arguments }
        return []
    }

    /// This key and every key used in its arguments, for the test that each one is in the table.
    public var keys: [TextKey] {
        (key.map { [$0] } ?? []) + arguments.flatMap(\.keys)
    }
}

/// A value that can fill a `{n}` of a ``LocalizedMessage``.
public protocol MessageArgument: Sendable {
    var messageArgument: LocalizedMessage { get }
}

extension LocalizedMessage: MessageArgument {
    public var messageArgument: LocalizedMessage { self }
}

extension String: MessageArgument {
    public var messageArgument: LocalizedMessage { .verbatim(self) }
}

extension Int: MessageArgument {
    public var messageArgument: LocalizedMessage { .verbatim(String(self)) }
}
