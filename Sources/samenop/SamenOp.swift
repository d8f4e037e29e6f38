import ArgumentParser
import SamenOpKit

/// The program's entry: the root command, with the common options allowed before the
/// subcommand as well (`samenop --lang en list`).
@main
enum Main {
    static func main() {
        let names = Set(SamenOp.configuration.subcommands.compactMap { $0.configuration.commandName })
        SamenOp.main(ArgumentOrder.normalized(Array(CommandLine.arguments.dropFirst()), subcommands: names))
    }
}

/// The `samenop` command: the REPL when run without a subcommand.
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
