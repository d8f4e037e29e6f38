import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy
/// Wraps text for the terminal: words are never split, lines keep their breaks.
///
/// Scene texts, choices and reports are written as long lines; the terminal (or 80 columns in
/// a pipe) decides where they break, so the wrapping is done here, counting characters rather
/// than bytes so that accents and emoji take one column.
package enum TextWrap {
    /// `text` wrapped to `width` columns; the first line starts with `first`, the others with
    /// `indent` (a hanging indent when `first` is a list number).
    package static func wrap(_ text: String, width: Int, first: String = "", indent: String = "") -> String {
        var lines: [String] = []
        var prefix = first
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = prefix
            var lineHasWord = false
            for word in glued(paragraph.split(separator: " ")) {
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

    /// The words with a middle dot kept between its neighbours, so "Anna · Wijkteam" (a person
    /// and their role) never breaks into "Anna" and "· Wijkteam" on two lines; and a command in
    /// backticks kept on one line (`` `deel vt_radar` ``), so it can be read aloud or copied
    /// from the projector (trainer trial, finding 22).
    private static func glued(_ words: [Substring]) -> [String] {
        var out: [String] = []
        var inCode = false
        for word in words.map(String.init) {
            let ticks = word.count { $0 == "`" }
            defer { if ticks % 2 == 1 { inCode.toggle() } }
            if inCode, let last = out.last, last.count + word.count < 60 {
                out[out.count - 1] = last + " " + word
            } else if let last = out.last, word == "·" || last.hasSuffix(" ·") {
                out[out.count - 1] = last + " " + word
            } else {
                out.append(word)
            }
        }
        return out
    }
}

extension TextWrap {
    /// A Markdown report wrapped for the terminal, still valid Markdown.
    ///
    /// Prose, quotes and list items are wrapped (list items with a hanging indent, quotes
    /// with `> ` on every line, which Markdown reads as the same paragraph); headings, table
    /// rows and fenced blocks (the safety chart) are left as they are.
    package static func markdown(_ text: String, width: Int) -> String {
        var out: [String] = []
        var fenced = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") { fenced.toggle() }
            guard !fenced, !line.hasPrefix("```"), line.count > width, !line.hasPrefix("#"), !line.hasPrefix("|") else {
                out.append(line)
                continue
            }
            let marker = listMarker(line)
            if line.hasPrefix("> ") {
                out.append(wrap(String(line.dropFirst(2)), width: width, first: "> ", indent: "> "))
            } else if !marker.isEmpty {
                let body = String(line.dropFirst(marker.count))
                out.append(wrap(body, width: width, first: marker, indent: String(repeating: " ", count: marker.count)))
            } else {
                out.append(wrap(line, width: width))
            }
        }
        return out.joined(separator: "\n")
    }

    /// The leading spaces and list marker of a list item (`- `, `  - `, `12. `), or "".
    private static func listMarker(_ line: String) -> String {
        let spaces = line.prefix { $0 == " " }
        let rest = line.dropFirst(spaces.count)
        if rest.hasPrefix("- ") { return spaces + "- " }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") { return spaces + digits + ". " }
        return ""
    }
}
