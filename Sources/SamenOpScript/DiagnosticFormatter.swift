import Foundation
import SamenOpModel
import SamenOpText

/// Prints diagnostics the way compilers do, for people and for editors that jump to
/// `FILE:LINE:COL`:
///
/// ```
/// intake.yaml:12:11: error: unknown stage 'erop_af' [SO024]
///       stage: erop_af
///              ^
///   hint: did you mean 'erop-af'?
/// ```
///
/// Pure string formatting; the caller decides where it goes and whether colour is allowed.
/// The message and hint are in ``language``; the frame (`error:`, `warning:`, `hint:`, the
/// code) stays the same in every language, so that editors and scripts can read it.
public struct DiagnosticFormatter: Sendable {
    /// Use ANSI colours (only when the output is a terminal that allows them).
    public var color: Bool
    /// The language of messages and hints (the run's `--lang`).
    public var language: Language
    /// The lines of each file, to show the offending line under the message.
    private var sources: [String: ScalarLines]

    /// `sources` maps a file (as named in the diagnostics) to its text.
    public init(color: Bool = false, language: Language = .en, sources: [String: String] = [:]) {
        self.color = color
        self.language = language
        self.sources = sources.mapValues(ScalarLines.init)
    }

    /// Adds a file's text, so its lines can be shown.
    public mutating func addSource(_ text: String, for file: String) {
        sources[file] = ScalarLines(text)
    }

    /// One diagnostic: the message line, then the source line with a caret, then the hint.
    public func format(_ diagnostic: Diagnostic, file: String? = nil) -> String {
        let severity = diagnostic.severity.rawValue
        let place = diagnostic.location.map { "\($0.file):\($0.line):\($0.column)" } ?? file ?? ""
        let label = paint(severity + ":", diagnostic.severity == .error ? "1;31" : "1;35")
        var out = "\(paint(place + ":", "1")) \(label) \(diagnostic.message(in: language)) [\(diagnostic.code)]"
        if let location = diagnostic.location, let line = sources[location.file]?.line(location.line) {
            // Only the window is copied: a 300 KB line with a thousand findings (`check
            // --privacy` on one long text) stays linear.
            let (shown, column) = Self.window(line, around: location.column)
            out += "\n" + shown + "\n" + caret(under: column, in: shown)
        }
        if let hint = diagnostic.hint(in: language) {
            out += "\n  " + paint("hint:", "1;36") + " " + hint
        }
        return out
    }

    /// All diagnostics, one block each, separated by line breaks (no trailing newline).
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { format($0) }.joined(separator: "\n")
    }

    /// The widest source line shown, in characters; longer lines are cut around the column.
    static let maximumWidth = 120

    /// A long line cut to a window around `column` (marked with "..."), and the column in it.
    static func window(_ line: String, around column: Int) -> (String, Int) {
        window(Array(line.unicodeScalars)[...], around: column)
    }

    /// The same on a line's scalars; tabs are shown as spaces, so the caret stays under the column.
    static func window(_ scalars: ArraySlice<Unicode.Scalar>, around column: Int) -> (String, Int) {
        let count = scalars.count, base = scalars.startIndex
        let start = count > maximumWidth ? max(0, min(column - 1 - maximumWidth / 2, count - maximumWidth)) : 0
        let end = min(count, start + maximumWidth)
        var shown = start > 0 ? "..." : ""
        shown.unicodeScalars.append(contentsOf: scalars[(base + start)..<(base + end)].map { $0 == "\t" ? " " : $0 })
        if end < count { shown += "..." }
        return (shown, column - start + (start > 0 ? 3 : 0))
    }

    /// Spaces up to the column (counted in Unicode scalars, as Yams counts), then `^`.
    private func caret(under column: Int, in line: String) -> String {
        let width = min(max(column - 1, 0), line.unicodeScalars.count)
        return String(repeating: " ", count: width) + paint("^", "1;32")
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Diagnostics as a JSON array of `{file, line, column, severity, code, message, hint,
    /// messageLocalized, hintLocalized}` (`line`, `column` and the hints are null when absent),
    /// for editors and CI. `message` and `hint` are always English, the stable text to match
    /// on; the `...Localized` fields are in `language`, to show to people.
    public static func json(_ results: [LoadResult], language: Language = .en) -> String {
        struct Record: Encodable {
            var file: String
            var line: Int?
            var column: Int?
            var severity: String
            var code: String
            var message: String
            var hint: String?
            var messageLocalized: String
            var hintLocalized: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(file, forKey: .file)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(severity, forKey: .severity)
                try container.encode(code, forKey: .code)
                try container.encode(message, forKey: .message)
                try container.encode(hint, forKey: .hint)
                try container.encode(messageLocalized, forKey: .messageLocalized)
                try container.encode(hintLocalized, forKey: .hintLocalized)
            }

            enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message, hint, messageLocalized, hintLocalized }
        }
        let records = results.flatMap { result in
            result.diagnostics.map { d in
                Record(file: d.location?.file ?? result.file, line: d.location?.line, column: d.location?.column,
                       severity: d.severity.rawValue, code: d.code, message: d.message, hint: d.hint,
                       messageLocalized: d.message(in: language), hintLocalized: d.hint(in: language))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard !records.isEmpty, let data = try? encoder.encode(records) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A file's text as Unicode scalars with the offset of each line, so that showing one line's
/// window costs the window, not the line (``DiagnosticFormatter``).
struct ScalarLines: Sendable {
    private let scalars: [Unicode.Scalar]
    private let starts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
        self.starts = starts
    }

    /// Line `number` (1-based) without its line break (or `\r\n`), or `nil` past the end.
    func line(_ number: Int) -> ArraySlice<Unicode.Scalar>? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : scalars.count
        if end > start, scalars[end - 1] == "\r" { end -= 1 }
        return scalars[start..<end]
    }
}
