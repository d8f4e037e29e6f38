import ArgumentParser
import Foundation
import SamenOpText
import SamenOpScript

/// ArgumentParser's help and usage errors in the session's language (trainer trial, finding 14).
///
/// The commands' help texts are written in English in the code, since the man page and the
/// shell completions are generated from them; `cli.argHelp.*` in each translation file holds
/// the English text and its translation. The help is asked for without wrapping, each known
/// text replaced, the section headings and ArgumentParser's own sentences translated, and the
/// result wrapped again to the terminal. English passes through unchanged.
enum HelpTranslation {
    /// `text` (help or an error message from ArgumentParser) in `l`'s language, wrapped to `width`.
    static func translate(_ text: String, _ l: Localizer, width: Int) -> String {
        guard l.language != .en else { return text }
        var out = text
        let english = Localizer(.en)
        // Longest first, so that a text that holds a shorter one is replaced whole.
        for key in argHelpKeys.sorted(by: { english(TextKey($0)).count > english(TextKey($1)).count }) {
            let from = english(TextKey(key)), to = l(TextKey(key))
            if from != to { out = out.replacingOccurrences(of: from, with: to) }
        }
        for (pattern, key) in patterns {
            out = out.replacingOccurrences(of: pattern, with: l(TextKey("cli.argParser.\(key)")), options: .regularExpression)
        }
        out = out.replacingOccurrences(of: "' or '", with: "' " + l(.cliArgParserOr) + " '")
        out = keepingColumn(out, "(default)", l(.cliArgParserDefault))
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { rewrap(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// `command` and every command under it (`configuration.subcommands`, recursively): the
    /// commands whose help is translated, walked by the test that finds a help text without a
    /// translation.
    static func commands(_ command: any ParsableCommand.Type = SamenOp.self) -> [any ParsableCommand.Type] {
        [command] + command.configuration.subcommands.flatMap { commands($0) }
    }

    /// The `cli.argHelp.*` keys of the bundled English file.
    static let argHelpKeys: [String] = (Translations.bundled.table(.en)?.keys ?? []).filter { $0.hasPrefix("cli.argHelp.") }.sorted()

    /// ArgumentParser's own words: a regular expression and the `cli.argParser.*` text that
    /// replaces it (`$1` and `$2` keep what the expression captured).
    static let patterns: [(String, String)] = [
        ("^OVERVIEW:", "overview"), ("(?m)^USAGE:", "usage"), ("(?m)^OPTIONS:", "options"),
        ("(?m)^ARGUMENTS:", "arguments"), ("(?m)^SUBCOMMANDS:", "subcommands"),
        ("See 'samenop help <subcommand>' for detailed help\\.", "seeHelp"),
        ("See '([^']*)' for more information\\.", "seeMore"),
        ("(?m)^Error: ", "error"), ("(?m)^Help: ", "help"), ("(?m)^Usage: ", "usageLine"),
        ("The value '([^']*)' is invalid for '([^']*)'\\. Please provide one of ", "invalidValue"),
        ("The value '([^']*)' is invalid for '([^']*)'", "invalidValueShort"),
        ("Missing expected argument '([^']*)'", "missingArgument"),
        ("Missing value for '([^']*)'", "missingValue"),
        ("Unexpected arguments? '([^']*)'", "unexpected"),
        ("Unknown option '([^']*)'", "unknownOption"),
        ("Did you mean '([^']*)'\\?", "didYouMean"),
        ("Name at least one scenario file or folder\\.", "checkNoPath"),
        // After a help text: `(values: a, b)`, `(default: md)`, `(values: a, b; default: a)`.
        ("\\(values: ", "values"), ("(\\(|; )default: ", "defaultValue"),
        ("<subcommand>", "subcommandPlaceholder"),
    ]

    /// `text` with `word` replaced by `replacement`, taking the difference in length from the
    /// spaces after it, so that a description column stays where it was.
    static func keepingColumn(_ text: String, _ word: String, _ replacement: String) -> String {
        var out = text
        while let range = out.range(of: word) {
            let spaces = out[range.upperBound...].prefix { $0 == " " }.count
            let end = out.index(range.upperBound, offsetBy: spaces)
            let kept = max(spaces == 0 ? 0 : 1, spaces - (replacement.count - word.count))
            out.replaceSubrange(range.lowerBound..<end, with: replacement + String(repeating: " ", count: kept))
        }
        return out
    }

    /// ArgumentParser's description column in a help listing.
    static let descriptionColumn = 26

    /// A line longer than `width` wrapped under its description column (two spaces after
    /// an option's name), else under its own indentation.
    static func rewrap(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let indent = line.prefix { $0 == " " }.count
        let column = descriptionColumn
        if indent == 2, line.count > column, Array(line)[column - 1] == " ", Array(line)[column] != " " {
            return TextWrap.wrap(String(line.dropFirst(column)), width: width, first: String(line.prefix(column)),
                                 indent: String(repeating: " ", count: column))
        }
        if indent > 0, let gap = line.dropFirst(indent).range(of: "  ") {
            let column = line.distance(from: line.startIndex, to: gap.lowerBound)
            let start = line[gap.upperBound...].prefix { $0 == " " }.count + column + 2
            if start < width / 2 {
                let head = String(line.prefix(start)), body = String(line.dropFirst(start))
                return TextWrap.wrap(body, width: width, first: head, indent: String(repeating: " ", count: start))
            }
        }
        let pad = String(repeating: " ", count: indent)
        return TextWrap.wrap(String(line.dropFirst(indent)), width: width, first: pad, indent: pad)
    }
}
