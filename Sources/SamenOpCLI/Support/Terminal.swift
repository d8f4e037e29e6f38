import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

#if canImport(Glibc)
import Glibc
#endif

/// What the terminal allows: colour only on a TTY, never with `NO_COLOR` or `TERM=dumb`.
enum Terminal {
    static func isTTY(_ fileDescriptor: Int32) -> Bool { isatty(fileDescriptor) == 1 }

    static func colorAllowed(fileDescriptor: Int32, disabledByFlag: Bool) -> Bool {
        let env = ProcessInfo.processInfo.environment
        if disabledByFlag { return false }
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isTTY(fileDescriptor)
    }

    /// The terminal's width in columns, or 80 when it cannot be told (a pipe).
    static var width: Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// The widest a line of text gets, however wide the window: longer lines are hard to read
    /// (trainer trial, finding 7).
    static let maxReadableWidth = 100

    /// ``width``, capped at ``maxReadableWidth``.
    static var readableWidth: Int { min(width, maxReadableWidth) }

    /// Writes to standard error, control characters from scenario text made visible
    /// (``TerminalText``). A closed or full standard error is ignored here (`FileHandle`
    /// would trap); the exit status still tells.
    static func printError(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        var bytes = Array(TerminalText.visible(line, keepingStyle: isTTY(2)).utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
