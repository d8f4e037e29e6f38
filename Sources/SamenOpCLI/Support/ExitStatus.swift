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
        var arguments = Array(CommandLine.arguments.dropFirst())
        // An unknown `--lang` is refused in LANG's language.
        let environment = ProcessInfo.processInfo.environment
        let l = Localizer(Localizer.language(option: ArgumentOrder.language(arguments), environment: environment)
            ?? Localizer.language(option: nil, environment: environment) ?? .nl)
        do {
            let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
            // `samenop --lang nl help ...`: the options before `help` only chose the language.
            if let help = arguments.firstIndex(of: "help"), ArgumentOrder.normalized(arguments, subcommands: names.union(["help"])).first == "help" {
                arguments = Array(arguments[help...])
            }
            if let word = ArgumentOrder.unknownSubcommand(arguments, subcommands: names) {
                throw ArgumentOrder.unknownSubcommandError(word, subcommands: names, l)
            }
            var command = try parseAsRoot(ArgumentOrder.normalized(arguments, subcommands: names))
            try command.run()
            if !StandardStreams.finish(runLocalizer()) { Foundation.exit(1) }
        } catch let error as CLIError {
            _ = StandardStreams.finish(runLocalizer())
            error.exit()
        } catch {
            // Help and usage errors in the session's language (HelpTranslation).
            let width = Terminal.isTTY(1) ? Terminal.readableWidth : 80
            if exitCode(for: error) == .validationFailure {
                // A usage error stays one line per message, for a script reading standard error.
                CLIError(HelpTranslation.translate(fullMessage(for: error, columns: 100_000), l, width: .max), status: 2).exit()
            }
            if exitCode(for: error) == .success, l.language != .en {
                let text = fullMessage(for: error, columns: 100_000)
                if !text.isEmpty { print(HelpTranslation.translate(text, l, width: width)) }
                Foundation.exit(0)
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
