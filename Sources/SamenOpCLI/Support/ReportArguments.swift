import Foundation
import SamenOpText
import SamenOpReport

#if canImport(Glibc)
import Glibc
#endif

/// What `verslag [FORMAT] [FILE]` asks for, read from the line as typed.
///
/// A trainer types a file name as the desktop shows it: with spaces in quotes
/// (`verslag html "met spatie.html"`), with `~` for the home folder, or as a PDF because that is
/// what the room asks for. samenop writes no PDF (the HTML prints to one in any browser), so a
/// `.pdf` is refused with that advice rather than filled with Markdown (trainer trial, findings
/// 3 and 11).
package enum ReportArguments: Equatable, Sendable {
    case report(format: ReportFormat?, file: String?)
    /// `pdf` as the format or a `.pdf` file: refused, with how to print the HTML.
    case pdf(file: String?)
    case unknownFormat(String)
    /// More than one file name: unquoted spaces.
    case tooManyWords
    /// An unclosed quote.
    case unclosedQuote

    /// Reads `rest` (the text after the command). `home` expands a leading `~`.
    package init(_ rest: String, home: String = ReportArguments.home) {
        guard let words = Self.words(rest) else {
            self = .unclosedQuote
            return
        }
        var format: ReportFormat?
        var pdf = false
        var files: [String] = []
        for (i, word) in words.enumerated() {
            if i == 0, !word.quoted, let named = ReportFormat(rawValue: word.text.lowercased()) {
                format = named
            } else if i == 0, !word.quoted, word.text.lowercased() == "pdf" {
                pdf = true
            } else {
                files.append(word.text)
            }
        }
        guard files.count <= 1 else {
            self = .tooManyWords
            return
        }
        let file = files.first.map { Self.expand($0, home: home) }
        if pdf || file.map({ ($0 as NSString).pathExtension.lowercased() == "pdf" }) == true {
            self = .pdf(file: file)
            return
        }
        // `verslag pdf`-like words with no extension and no folder are a format, not a file.
        if format == nil, let file, let only = files.first, !only.contains("."), !only.contains("/"), words.count == 1, !words[0].quoted {
            self = .unknownFormat(file)
            return
        }
        self = .report(format: format ?? file.flatMap(Self.format(ofFile:)), file: file)
    }

    /// The format a file's extension names (`.html`, `.htm`, `.json`, `.md`, `.markdown`).
    package static func format(ofFile file: String) -> ReportFormat? {
        switch (file as NSString).pathExtension.lowercased() {
        case "html", "htm": .html
        case "json": .json
        case "md", "markdown": .md
        default: nil
        }
    }

    /// `~` and `~/…` in the home folder; other names as typed.
    package static func expand(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return path
    }

    package static var home: String { ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory() }

    /// The words of `text`; a word in double or single quotes keeps its spaces. `nil` when a
    /// quote is not closed.
    static func words(_ text: String) -> [(text: String, quoted: Bool)]? {
        var words: [(text: String, quoted: Bool)] = []
        var current = "", quote: Character?, inWord = false, quoted = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                if !inWord || current.isEmpty { quote = character; inWord = true; quoted = true } else { current.append(character) }
            } else if character == " " || character == "\t" {
                if inWord { words.append((current, quoted)) }
                current = ""; inWord = false; quoted = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil else { return nil }
        if inWord { words.append((current, quoted)) }
        return words
    }
}

/// The operating system's reason for a failed write, in the session's language: the common
/// cases are translated (`cli.osError.*`), anything else is shown as the system gives it.
enum SystemErrorText {
    static let known: [(code: Int32, key: String)] = [
        (ENOENT, "noEntry"), (EACCES, "denied"), (EPERM, "denied"), (EROFS, "readOnly"), (ENOSPC, "full"),
        (EISDIR, "isFolder"), (ENOTDIR, "notFolder"), (EDQUOT, "full"), (ENAMETOOLONG, "tooLong"),
    ]

    static func translate(_ reason: String, _ l: Localizer) -> String {
        for (code, key) in known where String(cString: strerror(code)) == reason {
            return l(TextKey("cli.osError.\(key)"))
        }
        return reason
    }
}
