import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// `samenop report ID [--format md|html|json] [--output FILE]`: the reflection report of a
/// stored session.
///
/// The session is replayed as stored and nothing is recorded: printing a report is not a
/// resume, so the session's decision clock and `sessions` listing stay as they were.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print or write the reflection report of a stored session.")

    @Argument(help: "The session id (or a unique start of it), as `samenop sessions` shows.")
    var id: String

    @Option(name: .long, help: "Report format: md (default), html or json.")
    var format: ReportOutput.Format = .md

    @Option(name: .long, help: "Write the report to this file (mode 0600) instead of standard output.")
    var output: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let l = common.localizer
        // A `.pdf` would get Markdown: say how to make a PDF instead (trainer trial, finding 3).
        if let output, (output as NSString).pathExtension.lowercased() == "pdf" {
            throw CLIError(l(.cliReportPdf, (output as NSString).deletingPathExtension + ".html"))
        }
        let opened = try SessionOpener.openFromShell(
            id, storePath: common.storePath, scenariosOption: common.scenarios, l, resume: false).opened
        let text = ReportOutput.render(session: opened.session, format: format, language: ReportOutput.language(common))
        guard let output else {
            StandardStreams.print(ReportOutput.forScreen(text, format: format, width: Terminal.readableWidth), terminator: "")
            return
        }
        do {
            try SecureFile.writeReport(Data(text.utf8), to: output)
        } catch {
            throw CLIError(l(.replReportFailed, error.path, SystemErrorText.translate(error.reason, l)))
        }
        Terminal.printError(l(.replReportWritten, output))
    }
}
