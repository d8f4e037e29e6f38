import ArgumentParser
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// The `samenop` command: the REPL when run without a subcommand. `Sources/samenop/main.swift`
/// only calls ``main()``, so that every command can be tested as a library.
public struct SamenOp: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "samenop",
        abstract: "Training and case-review simulator for acute domestic violence and child abuse.",
        version: SamenOp.version,
        subcommands: [
            InteractiveCommand.self, CheckCommand.self, ListCommand.self, PlayCommand.self, SessionsCommand.self,
            ResumeCommand.self, DeleteCommand.self, ReportCommand.self, PathsCommand.self, TestCommand.self, GraphCommand.self, ProofCommand.self,
            StatsCommand.self, ExportCommand.self, ImportCommand.self, XAPICommand.self,
        ],
        defaultSubcommand: InteractiveCommand.self
    )

    public init() {}
}
