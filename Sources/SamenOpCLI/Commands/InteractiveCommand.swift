import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

extension FeedbackMode: ExpressibleByArgument {}

/// Options of the commands that open the REPL (`repl`, `resume`).
struct REPLArguments: ParsableArguments {
    @Option(name: .long, help: "When choice feedback is shown: immediate, end or off (default: immediate; end in a team session).")
    var feedback: FeedbackMode?

    @Flag(name: .customLong("accept-privacy-risk"),
          help: "Let `start ID review` start on a past case although the privacy check has findings (the report says so).")
    var acceptPrivacyRisk = false

    /// The REPL's set-up for this run.
    func options(_ common: CommonOptions) -> REPLOptions {
        let storePath = common.storePath
        let piped = !Terminal.isTTY(1)
        let interactive = Terminal.isTTY(0)
        return REPLOptions(
            language: common.language, reportLanguage: ReportOutput.language(common), storePath: storePath, storeOption: common.store, scenariosOption: common.scenarios,
            // Driven by a script (stdin not a terminal), the REPL writes no escape codes at all.
            feedback: feedback, color: interactive && common.colorOnStdout,
            width: piped ? min(Terminal.width, 80) : Terminal.readableWidth,
            followsTerminal: !piped,
            interactive: interactive,
            // The history lives beside the store, so --store/SAMENOP_STORE keep it apart too.
            historyPath: (storePath as NSString).deletingLastPathComponent + "/history",
            acceptPrivacyRisk: acceptPrivacyRisk)
    }
}

/// `samenop` / `samenop repl`: the interactive REPL.
struct InteractiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "The interactive REPL (also what plain `samenop` starts).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var repl: REPLArguments

    func run() throws {
        var loop = REPL(options: repl.options(common))
        loop.run()
    }
}

/// `samenop resume ID`: continue a stored session in the REPL.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a stored session in the REPL, at the exact scene and state.")

    @Argument(help: "The session id (or a unique start of it), as `samenop sessions` shows.")
    var id: String

    @OptionGroup var common: CommonOptions
    @OptionGroup var repl: REPLArguments

    func run() throws {
        let options = repl.options(common)
        let l = common.localizer
        let (store, opened) = try SessionOpener.openFromShell(
            id, storePath: options.storePath, scenariosOption: common.scenarios, l, resume: true)
        var loop = REPL(options: options)
        loop.store = store
        let live = LiveSession(session: opened.session, scenarioPath: opened.scenarioPath, feedback: options.feedback, lock: opened.lock)
        loop.run(resuming: live)
    }
}
