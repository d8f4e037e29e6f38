import ArgumentParser
import Foundation
import SamenOpText

extension SamenOp {
    /// Runs the command line with the exit statuses of product.md: 0 success, 1 wrong input,
    /// 2 usage errors.
    ///
    /// This is the one place a failure is said: a ``CLIError`` thrown by a command is printed
    /// here with its status. ArgumentParser reports usage errors as `EX_USAGE` (64); they are
    /// mapped to 2, and everything else (help, `--version`) is left as ArgumentParser does it.
    /// The common options may also come before the subcommand (`samenop --lang en list`).
    public static func main() {
        StandardStreams.prepare()
        do {
            let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let word = ArgumentOrder.unknownSubcommand(arguments, subcommands: names) {
                let language = Localizer.language(option: ArgumentOrder.language(arguments), environment: ProcessInfo.processInfo.environment)
                throw ArgumentOrder.unknownSubcommandError(word, subcommands: names, Localizer(language ?? .nl))
            }
            var command = try parseAsRoot(ArgumentOrder.normalized(arguments, subcommands: names))
            try command.run()
            if !StandardStreams.finish(runLocalizer()) { Foundation.exit(1) }
        } catch let error as CLIError {
            _ = StandardStreams.finish(runLocalizer())
            error.exit()
        } catch {
            if exitCode(for: error) == .validationFailure {
                CLIError(fullMessage(for: error), status: 2).exit()
            }
            exit(withError: error)
        }
    }

    /// The run's language for a last message, read from the arguments as given.
    private static func runLocalizer() -> Localizer {
        let arguments = Array(CommandLine.arguments.dropFirst())
        return Localizer(Localizer.language(option: ArgumentOrder.language(arguments), environment: ProcessInfo.processInfo.environment) ?? .nl)
    }
}
