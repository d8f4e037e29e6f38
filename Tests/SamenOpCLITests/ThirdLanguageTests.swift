import Foundation
import Testing
@testable import SamenOpCLI
import SamenOpText
import SamenOpModel

/// A language is a translation file: the REPL's and the shell's names come from it, so a third
/// language needs no code.
@Suite("A third language")
struct ThirdLanguageTests {
    /// The bundled translations plus a small German file.
    static func withGerman() throws -> Translations {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-de-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("de.json")
        let entries = [
            "language.name": "Deutsch", "repl.command.list": "liste", "repl.command.look": "schau",
            "repl.command.quit": "ende", "repl.command.resume": "weiter", "cli.alias.play": "spiele",
        ]
        try JSONSerialization.data(withJSONObject: entries).write(to: file)
        return try Translations.bundled.adding(file: file)
    }

    @Test("its command names work beside the bundled ones, and help shows them in brackets")
    func commands() throws {
        let names = REPLCommandNames(try Self.withGerman())
        let german = Language(code: "de")
        #expect(names.languages == [.nl, .en, german])
        #expect(REPLInput("schau", names: names) == .command(.look, arguments: [], rest: ""))
        #expect(REPLInput("kijk", names: names) == .command(.look, arguments: [], rest: ""))
        #expect(REPLInput("Liste", names: names) == .command(.list, arguments: [], rest: ""))
        // A name the file lacks falls back to English, like every other text.
        #expect(names.name(.vote, in: german) == "vote")
        #expect(names.otherNames(.list, besides: .nl) == ["list", "liste"])
        #expect(names.otherNames(.list, besides: german) == ["lijst", "list"])
        #expect(names.otherNames(.vote, besides: german) == ["stem"])
        #expect(REPLCommand.suggestions(for: "end", names: names) == ["ende"])
    }

    @Test("its names of shell subcommands are suggested as those subcommands")
    func subcommands() throws {
        let translations = try Self.withGerman()
        let subcommands: Set<String> = ["check", "list", "play", "repl", "report", "resume", "sessions"]
        #expect(ArgumentOrder.suggestion(for: "weiter", in: subcommands, translations: translations) == "resume")
        #expect(ArgumentOrder.suggestion(for: "spiele", in: subcommands, translations: translations) == "play")
        #expect(ArgumentOrder.suggestion(for: "hervat", in: subcommands, translations: translations) == "resume")
        #expect(ArgumentOrder.suggestion(for: "weiter", in: subcommands) == nil)
    }
}
