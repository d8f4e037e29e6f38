import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

extension SamenOp {
    /// Runs the command line with the exit statuses of product.md: 0 success, 1 wrong input,
    /// 2 usage errors. ArgumentParser reports usage errors as `EX_USAGE` (64); this maps them
    /// to 2 and leaves everything else (help, `ExitCode(1)`) as ArgumentParser does it.
    /// The common options may also come before the subcommand (`samenop --lang en list`).
    public static func main() {
        do {
            let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let word = ArgumentOrder.unknownSubcommand(arguments, subcommands: names) {
                let l = Localizer(Localizer.language(option: ArgumentOrder.language(arguments), environment: ProcessInfo.processInfo.environment) ?? .nl)
                let message = ArgumentOrder.suggestion(for: word, in: names).map { l(.cliUnknownCommandSuggest, word, $0) }
                    ?? l(.cliUnknownCommand, word, names.sorted().joined(separator: ", "))
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(2)
            }
            var command = try parseAsRoot(ArgumentOrder.normalized(Array(CommandLine.arguments.dropFirst()), subcommands: names))
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
