/// Wraps text for the terminal: words are never split, lines keep their breaks.
enum TextWrap {
    /// `text` wrapped to `width` columns; the first line starts with `first`, the others with
    /// `indent` (a hanging indent when `first` is a list number).
    static func wrap(_ text: String, width: Int, first: String = "", indent: String = "") -> String {
        var lines: [String] = []
        var prefix = first
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = prefix
            var lineHasWord = false
            for word in paragraph.split(separator: " ") {
                if lineHasWord, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = indent
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            lines.append(lineHasWord ? line : String(line.reversed().drop(while: { $0 == " " }).reversed()))
            prefix = indent
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
