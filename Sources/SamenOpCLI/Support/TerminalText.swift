/// Text from a scenario file (or typed into a session) made safe to show on a terminal.
///
/// A scenario's strings can carry control characters through YAML escapes (`"\e]0;titel\a"`,
/// `"\x9b2J"`): escape sequences that set the window title, clear the screen, write the
/// clipboard (OSC 52) or make the terminal type into the REPL (bracketed paste, status reports).
/// Everything samenop writes to a terminal, and Markdown or HTML on standard output, goes
/// through ``visible(_:keepingStyle:)`` first: every control character except a line break and
/// a tab is shown as a visible symbol, so the author's mistake is seen and nothing is executed.
enum TerminalText {
    /// `text` with each control character replaced by a visible symbol: C0 controls by their
    /// Unicode control picture (ESC becomes `␛`), DEL by `␡`, C1 controls (U+0080-U+009F, which
    /// some terminals read as ESC plus a letter) by `�`.
    ///
    /// - Parameter keepingStyle: keep samenop's own colour and bold sequences (`ESC [ digits;… m`,
    ///   SGR only: it can change how text looks, never move the cursor, retitle the window or
    ///   talk to the clipboard). Pass `true` only where colour is allowed on that stream.
    static func visible(_ text: String, keepingStyle: Bool = false) -> String {
        // Fast path: almost every text has no control character at all.
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if keepingStyle, s == "\u{1B}", let end = styleEnd(scalars, from: i) {
                out.append(contentsOf: scalars[i...end])
                i = end + 1
                continue
            }
            if isControl(s) { out.append(contentsOf: picture(s).unicodeScalars) } else { out.append(s) }
            i += 1
        }
        return String(out)
    }

    /// Whether `s` is a control character that a terminal could act on; a line break and a tab
    /// are layout, not commands.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        default: false
        }
    }

    /// The visible stand-in of one control character.
    static func picture(_ s: Unicode.Scalar) -> String {
        switch s.value {
        case 0x00...0x1F: String(Unicode.Scalar(0x2400 + s.value)!)
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }

    /// The index of the final `m` of an SGR sequence starting at `start` (ESC `[` digits and
    /// semicolons, then `m`), or `nil` when the escape is anything else.
    private static func styleEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var j = start + 2
        while j < scalars.count, j - start < 32, scalars[j] == ";" || ("0"..."9").contains(scalars[j]) { j += 1 }
        return j < scalars.count && scalars[j] == "m" ? j : nil
    }
}
