import Foundation
import Testing
@testable import SamenOpCLI
import SamenOpText
import SamenOpModel

/// What a line typed at the prompt means, before any session is asked.
@Suite("REPL input")
struct REPLInputTests {
    @Test("an empty or blank line is nothing")
    func empty() {
        #expect(REPLInput("") == .empty)
        #expect(REPLInput("   ") == .empty)
    }

    @Test("a lone number chooses, with or without spaces around it")
    func numbers() {
        #expect(REPLInput("2") == .number(2))
        #expect(REPLInput("  12 ") == .number(12))
        #expect(REPLInput("0") == .number(0))
        #expect(REPLInput("-1") == .number(-1))
        // A number followed by more is no choice: it is an unknown word.
        #expect(REPLInput("2 3") == .unknown("2"))
        #expect(REPLInput("2a") == .unknown("2a"))
    }

    @Test("every command works by its Dutch and its English name, in any case")
    func bothLanguages() {
        for command in REPLCommand.allCases {
            for language in [Language.nl, .en] {
                let name = command.name(in: language)
                #expect(REPLInput(name) == .command(command, arguments: [], rest: ""), "\(name)")
                #expect(REPLInput(name.uppercased()) == .command(command, arguments: [], rest: ""), "\(name)")
            }
        }
        #expect(REPLInput("kijk") == .command(.look, arguments: [], rest: ""))
        #expect(REPLInput("look") == .command(.look, arguments: [], rest: ""))
        #expect(REPLInput("Verslag") == .command(.report, arguments: [], rest: ""))
    }

    @Test("the Dutch and English names are the contract's table (product.md, room.md for the room's three, and `verwijder`)")
    func names() {
        let dutch = REPLCommand.allCases.map { $0.name(in: .nl) }
        #expect(dutch == ["lijst", "start", "kijk", "notitie", "dossier", "kernvragen", "stand", "terug", "deelnemer",
                          "stem", "deel", "verslag", "sessies", "hervat", "verwijder", "herlaad", "zaal", "onthul", "schaal", "hulp", "stop"])
        #expect(REPLCommand.allCases.map { $0.name(in: .en) } == REPLCommand.allCases.map(\.rawValue))
        #expect(Set(REPLCommand.allNames) == Set(dutch + REPLCommand.allCases.map(\.rawValue)))
    }

    @Test("the words after a command are its arguments; the text after it is kept as typed")
    func arguments() {
        #expect(REPLInput("notitie eerst de veiligheid") ==
                .command(.note, arguments: ["eerst", "de", "veiligheid"], rest: "eerst de veiligheid"))
        #expect(REPLInput("  start  kennismaking   team ") ==
                .command(.start, arguments: ["kennismaking", "team"], rest: "kennismaking   team"))
        #expect(REPLInput("verslag html verslag.html") ==
                .command(.report, arguments: ["html", "verslag.html"], rest: "html verslag.html"))
    }

    @Test("a name with spaces stays whole in the rest, for join and vote to read")
    func namesWithSpaces() {
        #expect(REPLInput("deelnemer Anna de Vries politie") ==
                .command(.join, arguments: ["Anna", "de", "Vries", "politie"], rest: "Anna de Vries politie"))
        #expect(REPLInput("vote \"Anna de Vries\" 2 samen op") ==
                .command(.vote, arguments: ["\"Anna", "de", "Vries\"", "2", "samen", "op"], rest: "\"Anna de Vries\" 2 samen op"))
    }

    @Test("an unknown word is unknown, and gets the names it begins or the closest one")
    func unknownWords() {
        #expect(REPLInput("blabla") == .unknown("blabla"))
        #expect(REPLInput("kjik rond") == .unknown("kjik"))
        #expect(REPLCommand.suggestions(for: "kjik") == ["kijk"])
        #expect(REPLCommand.suggestions(for: "sta") == ["stand", "start", "status"])
        #expect(REPLCommand.suggestions(for: "QUIT") == ["quit"])
        #expect(REPLCommand.suggestions(for: "hlp") == ["help"])
        #expect(REPLCommand.suggestions(for: "blabla") == [])
        #expect(REPLCommand.suggestions(for: "x") == [])
    }

    @Test("help puts a command's other names in brackets, and none when they are the same")
    func otherNames() {
        let names = REPLCommandNames.bundled
        #expect(names.otherNames(.list, besides: .nl) == ["list"])
        #expect(names.otherNames(.list, besides: .en) == ["lijst"])
        #expect(names.otherNames(.start, besides: .nl) == [])
        #expect(names.names(of: .quit) == ["quit", "stop"])
        #expect(names.names(of: .start) == ["start"])
    }
}
