import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy
import SamenOpMap

/// The one place commands get a session's report from (`report`, `play --report`, the REPL's
/// `report`): the Kit's ``ReportRenderer``, ending in exactly one newline.
enum ReportOutput {
    typealias Format = ReportFormat

    /// The report of `session`.
    ///
    /// - Parameter language: the labels' language when asked for with `--lang`; `nil` follows
    ///   the scenario's own language (the scoring contract).
    static func render(session: Session, format: Format, language: Language?) -> String {
        var text = ReportRenderer.render(session: session, format: format, language: language)
        // The HTML report gets the scenario's map with the session's path as a section of its own.
        if format == .html { text = MapHTML.addingSection(to: text, session: session, language: language ?? session.scenario.language) }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// `text` as printed on standard output: a Markdown report is wrapped to `width` when that
    /// is a terminal (still valid Markdown); into a pipe or file it stays as rendered.
    static func forScreen(_ text: String, format: Format, width: Int) -> String {
        guard format == .md, Terminal.isTTY(1) else { return text }
        return TextWrap.markdown(String(text.dropLast()), width: width) + "\n"
    }

    /// The language asked for with `--lang`, if any (not the one taken from `LANG`).
    static func language(_ common: CommonOptions) -> Language? {
        common.lang.flatMap { Language(rawValue: $0.lowercased()) }
    }
}

extension ReportOutput {
    /// `text` to standard output, or to `output` (mode 0600, then `written` on standard error);
    /// a file that cannot be written is a `CLIError` naming it and why.
    static func emit(_ text: String, to output: String?, written: String, _ l: Localizer) throws {
        guard let output else {
            StandardStreams.print(text, terminator: "")
            return
        }
        do {
            try SecureFile.writeReport(Data(text.utf8), to: output)
        } catch {
            throw CLIError(l(.cliWriteFailed, error.path, SystemErrorText.translate(error.reason, l)))
        }
        Terminal.printError(written)
    }
}
