import SamenOpModel
import SamenOpText
/// The lines of a scenario file, to map positions inside a YAML value back to the file.
///
/// Yams gives the position where a value starts; an expression error sits somewhere inside
/// the value, so its column is the value's column plus an offset, which only holds when the
/// value is written on one line without escapes. This type checks that before trusting it.
struct SourceText: Sendable {
    let text: String
    private let lineStarts: [String.Index]

    init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        var index = text.startIndex
        let utf8 = text.utf8
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        lineStarts = starts
    }

    /// Line `number` (1-based) without its line break, or `nil` past the end.
    func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? text.utf8.index(before: lineStarts[number]) : text.endIndex
        if end > start, text.utf8[text.utf8.index(before: end)] == UInt8(ascii: "\r") { end = text.utf8.index(before: end) }
        return text[start..<end]
    }

    /// The column (1-based, in Unicode scalars like Yams) of the first character of `value`'s
    /// content, when `value` is written on one line starting at `column` and its characters
    /// appear there literally (plain, or quoted without escapes); `nil` otherwise.
    func contentColumn(of value: String, line: Int, column: Int, quoted: Bool) -> Int? {
        guard let text = self.line(line) else { return nil }
        let scalars = text.unicodeScalars
        guard let start = scalars.index(scalars.startIndex, offsetBy: column - 1 + (quoted ? 1 : 0), limitedBy: scalars.endIndex) else { return nil }
        guard scalars[start...].starts(with: value.unicodeScalars) else { return nil }
        return column + (quoted ? 1 : 0)
    }
}
