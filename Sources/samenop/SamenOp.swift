import ArgumentParser
import SamenOpKit

/// The `samenop` command: the REPL when run without a subcommand.
@main
struct SamenOp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samenop",
        abstract: "Training and case-review simulator for acute domestic violence and child abuse.",
        subcommands: [
            InteractiveCommand.self, CheckCommand.self, ListCommand.self, PlayCommand.self, SessionsCommand.self,
            ResumeCommand.self, ReportCommand.self,
        ],
        defaultSubcommand: InteractiveCommand.self
    )
}
