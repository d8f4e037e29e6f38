import Yams

/// Reads typed values out of Yams nodes, recording a diagnostic at the node for every mismatch.
///
/// Every reader returns `nil` after reporting, so the builder can go on and collect the next
/// problem instead of stopping at the first.
struct NodeReader {
    let file: String
    let source: SourceText
    var diagnostics: [Diagnostic] = []

    init(file: String, source: SourceText) {
        self.file = file
        self.source = source
    }

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Problems beyond ``ScenarioLoader/maximumDiagnostics`` are counted, not built: a file
    /// of a million wrong keys should not spend its time on a million hints.
    private(set) var dropped = 0

    mutating func error(_ code: String, _ node: Node, _ message: @autoclosure () -> String, hint: @autoclosure () -> String? = nil) {
        error(code, at: location(node), message(), hint: hint())
    }

    mutating func error(_ code: String, at location: SourceLocation, _ message: @autoclosure () -> String, hint: @autoclosure () -> String? = nil) {
        guard diagnostics.count < ScenarioLoader.maximumDiagnostics else {
            dropped += 1
            return
        }
        diagnostics.append(.error(code, at: location, message(), hint: hint()))
    }

    /// How a node is named in a message: its text for a scalar, its kind otherwise.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): isNull(scalar) ? "nothing" : "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain || scalar.style == .any else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func isPlain(_ scalar: Node.Scalar) -> Bool { scalar.style == .plain || scalar.style == .any }

    /// The pairs of a mapping with plain-text keys; reports unknown and missing keys.
    ///
    /// `allowed` includes the required keys; keys starting with `x-` are always allowed.
    mutating func fields(
        _ node: Node, of what: String, allowed: [String], required: [String], missingAt: SourceLocation? = nil
    ) -> [String: (key: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error("SO010", node, "\(what) must be a mapping of keys to values, not \(Self.describe(node))")
            return nil
        }
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("SO010", key, "a key in \(what) must be plain text, not \(Self.describe(key))")
                continue
            }
            let name = scalar.string
            if allowed.contains(name) {
                result[name] = (key, value)
            } else if !name.hasPrefix("x-") {
                error("SO008", key, "unknown key '\(name)' in \(what)",
                      hint: Suggestion.closest(to: name, in: allowed).map { "did you mean '\($0)'?" }
                        ?? "allowed here: " + allowed.joined(separator: ", "))
            }
        }
        for name in required where result[name] == nil {
            error("SO009", at: missingAt ?? location(node), "missing key '\(name)' in \(what)")
        }
        return result
    }

    /// The entries of a mapping keyed by ids, in authoring order.
    mutating func entries(_ node: Node, of what: String) -> [(key: Node, id: String, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error("SO010", node, "\(what) must be a mapping, not \(Self.describe(node))")
            return nil
        }
        var result: [(key: Node, id: String, value: Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("SO010", key, "a key in \(what) must be plain text, not \(Self.describe(key))")
                continue
            }
            result.append((key, scalar.string, value))
        }
        return result
    }

    mutating func list(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error("SO010", node, "'\(what)' must be a list, not \(Self.describe(node))",
                  hint: "write a list as '[a, b]' or as lines starting with '- '")
            return nil
        }
        return Array(sequence)
    }

    mutating func string(_ node: Node, _ what: String) -> Located<String>? {
        guard case .scalar(let scalar) = node else {
            error("SO010", node, "'\(what)' must be text, not \(Self.describe(node))")
            return nil
        }
        if Self.isNull(scalar) {
            error("SO010", node, "'\(what)' has no value")
            return nil
        }
        return Located(scalar.string, at: location(node))
    }

    mutating func bool(_ node: Node, _ what: String) -> Located<Bool>? {
        if case .scalar(let scalar) = node, Self.isPlain(scalar) {
            switch scalar.string {
            case "true", "True", "TRUE": return Located(true, at: location(node))
            case "false", "False", "FALSE": return Located(false, at: location(node))
            default: break
            }
        }
        error("SO010", node, "'\(what)' must be true or false, not \(Self.describe(node))")
        return nil
    }

    static func int(_ scalar: Node.Scalar) -> Int? {
        guard isPlain(scalar) else { return nil }
        let text = scalar.string
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }

    mutating func int(_ node: Node, _ what: String) -> Located<Int>? {
        if case .scalar(let scalar) = node, let value = Self.int(scalar) { return Located(value, at: location(node)) }
        error("SO010", node, "'\(what)' must be a whole number, not \(Self.describe(node))")
        return nil
    }

    /// A scalar as a variable value: a plain whole number, a plain true/false, else text.
    mutating func value(_ node: Node, _ what: String) -> Value? {
        guard case .scalar(let scalar) = node, !Self.isNull(scalar) else {
            error("SO010", node, "'\(what)' must be a number, true/false or text, not \(Self.describe(node))")
            return nil
        }
        if let int = Self.int(scalar) { return .int(int) }
        if Self.isPlain(scalar) {
            switch scalar.string {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
        }
        return .string(scalar.string)
    }

    /// A value from a fixed vocabulary, with a "did you mean" hint for near misses.
    mutating func vocabulary<T: RawRepresentable & CaseIterable & Sendable & Hashable>(
        _ node: Node, _ what: String, _ type: T.Type
    ) -> Located<T>? where T.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = T(rawValue: text.value) { return Located(value, at: text.location) }
        let all = T.allCases.map(\.rawValue)
        error("SO024", node, "unknown \(what) '\(text.value)'", hint: Suggestion.hint(for: text.value, in: all))
        return nil
    }

    /// An id that must match `[a-z][a-z0-9_-]*` (scenes, cards, roles).
    mutating func checkId(_ id: String, _ node: Node, _ what: String) {
        if !Self.matches(id, first: { $0.isLowercaseASCIILetter }, rest: { $0.isLowercaseASCIILetter || $0.isASCIIDigit || $0 == "_" || $0 == "-" }) {
            error("SO022", node, "\(what) id '\(id)' must start with a lowercase letter and hold only a-z, 0-9, '_' and '-'",
                  hint: "for example '\(Self.slug(id))'")
        }
    }

    static func matches(_ text: String, first: (Unicode.Scalar) -> Bool, rest: (Unicode.Scalar) -> Bool) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let head = scalars.next(), first(head) else { return false }
        while let scalar = scalars.next() { if !rest(scalar) { return false } }
        return true
    }

    /// A suggestion for an id: lowercase, spaces to hyphens, other characters dropped.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isLowercaseASCIILetter || scalar.isASCIIDigit || scalar == "-" || scalar == "_" { out.unicodeScalars.append(scalar) }
            else if scalar == " " || scalar == "." { out += "-" }
        }
        while let first = out.unicodeScalars.first, !first.isLowercaseASCIILetter { out.removeFirst() }
        return out.isEmpty ? "scene-1" : out
    }
}

extension Unicode.Scalar {
    var isLowercaseASCIILetter: Bool { value >= 97 && value <= 122 }
    var isASCIIDigit: Bool { value >= 48 && value <= 57 }
}
