import Testing
@testable import SamenOpCLI
import SamenOpText

/// The shell's arguments before ArgumentParser sees them: common options before the
/// subcommand, and a mistyped subcommand.
@Suite("Argument order (unit)")
struct ArgumentOrderUnitTests {
    static let subcommands: Set<String> = ["check", "list", "play", "repl", "report", "resume", "sessions"]

    func normalized(_ arguments: [String]) -> [String] { ArgumentOrder.normalized(arguments, subcommands: Self.subcommands) }

    @Test("common options before the subcommand move behind it")
    func optionsBefore() {
        #expect(normalized(["--lang", "en", "list"]) == ["list", "--lang", "en"])
        #expect(normalized(["--lang=en", "sessions", "--json"]) == ["sessions", "--lang=en", "--json"])
        #expect(normalized(["--no-color", "--store", "x.sqlite", "check", "a.yaml"]) ==
                ["check", "--no-color", "--store", "x.sqlite", "a.yaml"])
        #expect(normalized(["--feedback", "end", "repl"]) == ["repl", "--feedback", "end"])
    }

    @Test("options after the subcommand, and anything else, stay where they are")
    func optionsAfter() {
        #expect(normalized(["list", "--lang", "en"]) == ["list", "--lang", "en"])
        #expect(normalized(["play", "kennismaking", "--choices", "1,2"]) == ["play", "kennismaking", "--choices", "1,2"])
        #expect(normalized([]) == [])
        // A value that happens to be a subcommand's name stays a value: the store file "list".
        #expect(normalized(["--store", "list"]) == ["--store", "list"])
        #expect(normalized(["--", "list"]) == ["--", "list"])
        #expect(normalized(["x.yaml", "list"]) == ["x.yaml", "list"])
    }

    @Test("only a first word that is no subcommand, option or help is an unknown subcommand")
    func unknownSubcommand() {
        func unknown(_ arguments: [String]) -> String? { ArgumentOrder.unknownSubcommand(arguments, subcommands: Self.subcommands) }
        #expect(unknown(["chek", "x.yaml"]) == "chek")
        #expect(unknown(["hervat", "abc"]) == "hervat")
        #expect(unknown(["list"]) == nil)
        #expect(unknown(["help"]) == nil)
        #expect(unknown(["--lang", "en"]) == nil)
        #expect(unknown([]) == nil)
    }

    @Test("a typo, or a REPL name in either language, suggests the subcommand")
    func suggestions() {
        func suggestion(_ word: String) -> String? { ArgumentOrder.suggestion(for: word, in: Self.subcommands) }
        #expect(suggestion("chek") == "check")
        #expect(suggestion("Chek") == "check")
        #expect(suggestion("lst") == "list")
        #expect(suggestion("rep") == "repl")
        #expect(suggestion("sesions") == "sessions")
        #expect(suggestion("lijst") == "list")
        #expect(suggestion("hervat") == "resume")
        #expect(suggestion("verslag") == "report")
        #expect(suggestion("sessies") == "sessions")
        #expect(suggestion("speel") == "play")
        #expect(suggestion("foo") == nil)
        #expect(suggestion("kijk") == nil)
    }

    @Test("the unknown subcommand is a usage error (status 2) with the exact message")
    func unknownSubcommandError() {
        #expect(ArgumentOrder.unknownSubcommandError("chek", subcommands: Self.subcommands, Localizer(.nl)) == CLIError(
            "samenop: onbekende opdracht 'chek'. Bedoel je `samenop check`? (`samenop help` toont ze allemaal.)", status: 2))
        #expect(ArgumentOrder.unknownSubcommandError("lst", subcommands: Self.subcommands, Localizer(.en)).message ==
                "samenop: unknown command 'lst'. Did you mean `samenop list`? (`samenop help` lists them all.)")
        #expect(ArgumentOrder.unknownSubcommandError("foo", subcommands: Self.subcommands, Localizer(.nl)).message ==
                "samenop: onbekende opdracht 'foo'. De opdrachten: check, list, play, repl, report, resume, sessions (zonder opdracht: de REPL).")
    }

    @Test("--lang is read in both its forms, before or after the subcommand")
    func language() {
        #expect(ArgumentOrder.language(["--lang", "en", "list"]) == "en")
        #expect(ArgumentOrder.language(["list", "--lang=nl"]) == "nl")
        #expect(ArgumentOrder.language(["--lang"]) == nil)
        #expect(ArgumentOrder.language(["list"]) == nil)
    }
}
