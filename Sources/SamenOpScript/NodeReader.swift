import Yams
import SamenOpModel
import SamenOpText

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

    mutating func error(_ code: String, _ node: Node, _ message: @autoclosure () -> LocalizedMessage, hint: @autoclosure () -> LocalizedMessage? = nil) {
        error(code, at: location(node), message(), hint: hint())
    }

    mutating func error(_ code: String, at location: SourceLocation, _ message: @autoclosure () -> LocalizedMessage, hint: @autoclosure () -> LocalizedMessage? = nil) {
        guard diagnostics.count < ScenarioLoader.maximumDiagnostics else {
            dropped += 1
            return
        }
        diagnostics.append(.error(code, at: location, message(), hint: hint()))
    }

    /// How a node is named in a message: its text for a scalar, its kind otherwise.
    static func describe(_ node: Node) -> LocalizedMessage {
        switch node {
        case .scalar(let scalar): isNull(scalar) ? .key(.diagNodeNothing) : .verbatim("'\(scalar.string)'")
        case .mapping: .key(.diagNodeMapping)
        case .sequence: .key(.diagNodeList)
        case .alias: .key(.diagNodeAlias)
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
    /// `allowed` includes the required keys; keys starting with `x-` are always allowed. `what`
    /// names the mapping in messages ("the scenario", "scene 'begin'"); it is only built for a
    /// problem, so a valid file spends nothing on it.
    mutating func fields(
        _ node: Node, of what: @autoclosure () -> LocalizedMessage, allowed: [String], required: [String],
        missingAt: SourceLocation? = nil
    ) -> [String: (key: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error("SO010", node, .key(.diagSO010NotMapping, what(), Self.describe(node)))
            return nil
        }
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("SO010", key, .key(.diagSO010KeyNotText, what(), Self.describe(key)))
                continue
            }
            let name = scalar.string
            if allowed.contains(name) {
                result[name] = (key, value)
            } else if !name.hasPrefix("x-") {
                error("SO008", key, .key(.diagSO008, name, what()),
                      hint: Suggestion.closest(to: name, in: allowed).map { .key(.diagHintDidYouMean, $0) }
                        ?? .key(.diagSO008HintAllowed, allowed.joined(separator: ", ")))
            }
        }
        for name in required where result[name] == nil {
            error("SO009", at: missingAt ?? location(node), .key(.diagSO009, name, what()))
        }
        return result
    }

    /// The entries of a mapping keyed by ids, in authoring order.
    mutating func entries(_ node: Node, of what: @autoclosure () -> LocalizedMessage) -> [(key: Node, id: String, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error("SO010", node, .key(.diagSO010SectionNotMapping, what(), Self.describe(node)))
            return nil
        }
        var result: [(key: Node, id: String, value: Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("SO010", key, .key(.diagSO010KeyNotText, what(), Self.describe(key)))
                continue
            }
            result.append((key, scalar.string, value))
        }
        return result
    }

    mutating func list(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error("SO010", node, .key(.diagSO010NotList, what, Self.describe(node)), hint: .key(.diagSO010NotListHint))
            return nil
        }
        return Array(sequence)
    }

    mutating func string(_ node: Node, _ what: String) -> Located<String>? {
        guard case .scalar(let scalar) = node else {
            error("SO010", node, .key(.diagSO010NotText, what, Self.describe(node)))
            return nil
        }
        if Self.isNull(scalar) {
            error("SO010", node, .key(.diagSO010NoValue, what))
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
        error("SO010", node, .key(.diagSO010NotBool, what, Self.describe(node)))
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
        error("SO010", node, .key(.diagSO010NotInt, what, Self.describe(node)))
        return nil
    }

    /// A scalar as a variable value: a plain whole number, a plain true/false, else text.
    mutating func value(_ node: Node, _ what: String) -> Value? {
        guard case .scalar(let scalar) = node, !Self.isNull(scalar) else {
            error("SO010", node, .key(.diagSO010NotValue, what, Self.describe(node)))
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
        error("SO024", node, .key(Self.unknownKey(what), text.value), hint: Suggestion.hint(for: text.value, in: all))
        return nil
    }

    /// The message key for a value missing from the vocabulary named `what`.
    static func unknownKey(_ what: String) -> TextKey {
        switch what {
        case "stage": .diagSO024Stage
        case "phase": .diagSO024Phase
        case "language": .diagSO024Language
        case "kind": .diagSO024Kind
        case "profile": .diagSO024Profile
        case "element": .diagSO024Element
        case "pitfall": .diagSO024Pitfall
        default: .diagSO024Value
        }
    }

    /// An id that must match `[a-z][a-z0-9_-]*` (scenes, cards, roles).
    mutating func checkId(_ id: String, _ node: Node, _ kind: IdKind) {
        if !Self.matches(id, first: { $0.isLowercaseASCIILetter }, rest: { $0.isLowercaseASCIILetter || $0.isASCIIDigit || $0 == "_" || $0 == "-" }) {
            let key: TextKey = switch kind {
            case .scene: .diagSO022Scene
            case .card: .diagSO022Card
            case .role: .diagSO022Role
            }
            error("SO022", node, .key(key, id), hint: .key(.diagHintForExample, Self.slug(id)))
        }
    }

    /// What an id names, for the message about a malformed one.
    enum IdKind { case scene, card, role }

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
