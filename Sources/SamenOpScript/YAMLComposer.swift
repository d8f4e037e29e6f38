import Foundation
import Yams
import SamenOpModel
import SamenOpText

/// Turns file text into a Yams node tree without crashing on hostile input.
///
/// Yams composes recursively, so a deeply nested document could overflow the stack of the
/// calling thread (test runners and tasks have small stacks): composition runs on a thread with
/// a large stack, and libyaml stops at 1,000 levels of nesting anyway. Aliases are resolved by
/// sharing nodes, so an alias bomb composes cheaply but would explode when walked; the node
/// count is therefore bounded before anything walks the tree.
enum YAMLComposer {
    /// The most nodes a document may expand to (counting each alias use again).
    static func nodeBudget(forLength length: Int) -> Int { 200_000 + 4 * length }

    /// The root node, or diagnostics saying why there is none.
    static func compose(_ text: String, file: String) -> (Node?, [Diagnostic]) {
        if let tab = tabIndentation(in: text, file: file) { return (nil, [tab]) }
        let outcome = composeOnLargeStack(text)
        switch outcome {
        case .success(let node?):
            if let overflow = firstNodeOverBudget(node, budget: nodeBudget(forLength: text.utf8.count)) {
                let location = overflow.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
                return (nil, [.error("SO005", at: location, .key(.diagSO005, nodeBudget(forLength: text.utf8.count)),
                                     hint: .key(.diagSO005Hint))])
            }
            return (node, [])
        case .success(nil):
            return (nil, [.error("SO006", at: SourceLocation(file: file, line: 1, column: 1), .key(.diagSO006),
                                 hint: .key(.diagSO006Hint))])
        case .failure(let error):
            return (nil, [diagnostic(for: error, text: text, file: file)])
        }
    }

    /// Hands the composed tree from the parsing thread back to the caller, which waits for it.
    private final class Handoff: @unchecked Sendable {
        var outcome: Result<Node?, YamlError> = .success(nil)
        let done = DispatchSemaphore(value: 0)
    }

    /// Composes on a thread with a 64 MiB stack and waits for it.
    private static func composeOnLargeStack(_ text: String) -> Result<Node?, YamlError> {
        let handoff = Handoff()
        let thread = Thread {
            do {
                handoff.outcome = .success(try Yams.compose(yaml: text, Resolver.basic, .default, .utf8))
            } catch let error as YamlError {
                handoff.outcome = .failure(error)
            } catch {
                handoff.outcome = .failure(.memory)
            }
            handoff.done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        handoff.done.wait()
        return handoff.outcome
    }

    /// Tabs before the first non-blank character of a line break YAML's indentation; libyaml's
    /// own message for them ("found character that cannot start any token") does not say so.
    private static func tabIndentation(in text: String, file: String) -> Diagnostic? {
        var line = 1, column = 1, atIndent = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": line += 1; column = 1; atIndent = true; continue
            case "\t" where atIndent:
                return .error("SO012", at: SourceLocation(file: file, line: line, column: column),
                              .key(.diagSO012), hint: .key(.diagSO012Hint))
            case " ", "-": break
            default: atIndent = false
            }
            column += 1
        }
        return nil
    }

    /// The first node beyond the budget in a depth-first walk, or `nil` within budget.
    private static func firstNodeOverBudget(_ root: Node, budget: Int) -> Node? {
        var stack = [root]
        var count = 0
        while let node = stack.popLast() {
            count += 1
            if count > budget { return node }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(value); stack.append(key) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.reversed())
            case .scalar, .alias:
                break
            }
        }
        return nil
    }

    /// A YAML error as a diagnostic at Yams' position.
    static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.contains("Maximum nesting level") || context?.text.contains("Maximum nesting level") == true {
                return .error("SO004", at: at(mark), .key(.diagSO004), hint: .key(.diagSO004Hint))
            }
            let known = knownProblems.first { problem.contains($0.text) }?.key
            // A known problem in plain words says more than libyaml's "while scanning ..." context.
            let message: LocalizedMessage = known.map { .key($0) }
                ?? context.map { .key(.diagSO002Context, problem, $0.text, $0.mark.line, $0.mark.column) }
                ?? .key(.diagSO002, problem)
            return .error("SO002", at: at(mark), message, hint: syntaxHint(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let second = secondOccurrence(of: key, after: first, in: text, file: file)
            let location = second ?? at(first)
            return .error("SO003", at: location, second != nil ? .key(.diagSO003First, key, first.line) : .key(.diagSO003, key),
                          hint: .key(.diagSO003Hint))
        case .reader(let problem, let offset, _, _):
            var location: SourceLocation? = nil
            if let offset, let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) {
                let before = text[..<index]
                let line = before.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
                location = SourceLocation(file: file, line: line, column: text[lineStart..<index].unicodeScalars.count + 1)
            }
            return .error("SO002", at: location, .key(.diagSO002, problem))
        default:
            return .error("SO002", at: SourceLocation(file: file, line: 1, column: 1), .key(.diagSO002, "\(error)"))
        }
    }

    /// libyaml's most common descriptions, which have a Dutch wording (the English one stays
    /// libyaml's own, so it can be searched for).
    static let knownProblems: [(text: String, key: TextKey)] = [
        ("mapping values are not allowed in this context", .diagSO002ColonInValue),
        ("did not find expected key", .diagSO002ExpectedKey),
        ("did not find expected '-' indicator", .diagSO002ExpectedDash),
        ("found character that cannot start any token", .diagSO002BadCharacter),
        ("could not find expected ':'", .diagSO002ExpectedColon),
    ]

    private static func syntaxHint(_ problem: String) -> LocalizedMessage? {
        if problem.contains("mapping values are not allowed") { return .key(.diagSO002HintColon) }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return .key(.diagSO002HintIndentation)
        }
        if problem.contains("found undefined alias") { return .key(.diagSO002HintAlias) }
        return nil
    }

    /// Yams points at the first of two duplicate keys; the second is the one to remove, so look
    /// for it: the next line that has the same key at the same column.
    private static func secondOccurrence(of key: String, after mark: Mark, in text: String, file: String) -> SourceLocation? {
        let source = SourceText(text)
        var line = mark.line + 1
        while let content = source.line(line) {
            let scalars = content.unicodeScalars
            if let start = scalars.index(scalars.startIndex, offsetBy: mark.column - 1, limitedBy: scalars.endIndex),
               scalars[scalars.startIndex..<start].allSatisfy({ $0 == " " || $0 == "-" }) {
                let rest = String(content[start...])
                for written in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(written + ":") {
                    return SourceLocation(file: file, line: line, column: mark.column)
                }
            }
            line += 1
        }
        return nil
    }
}
