import Testing
@testable import SamenOpCLI

/// `join NAME ROLE` and `vote NAME N [REASON]`, where a name may hold spaces.
@Suite("Team arguments")
struct TeamArgumentsTests {
    @Test("join: the role is the last word, the name everything before it, quotes taken off")
    func join() {
        #expect(TeamArguments.join("Anna politie")! == ("Anna", "politie"))
        #expect(TeamArguments.join("Anna de Vries politie")! == ("Anna de Vries", "politie"))
        #expect(TeamArguments.join("\"Anna de Vries\" politie")! == ("Anna de Vries", "politie"))
        #expect(TeamArguments.join("'Bo' vt")! == ("Bo", "vt"))
        #expect(TeamArguments.join("“Anna de Vries” politie")! == ("Anna de Vries", "politie"))
        #expect(TeamArguments.join("  Anna   politie ")! == ("Anna", "politie"))
        // An empty quoted name is read as empty, for the REPL to refuse with its own message.
        #expect(TeamArguments.join("\"\" politie")! == ("", "politie"))
        #expect(TeamArguments.join("politie") == nil)
        #expect(TeamArguments.join("") == nil)
    }

    @Test("vote: a participant's name, the number shown and an optional reason")
    func vote() {
        #expect(TeamArguments.vote("Anna 2", participants: ["Anna"])! == ("Anna", "2", nil))
        #expect(TeamArguments.vote("Anna 2 eerst  veilig", participants: ["Anna"])! == ("Anna", "2", "eerst  veilig"))
        #expect(TeamArguments.vote("\"Anna de Vries\" 3 samen", participants: [])! == ("Anna de Vries", "3", "samen"))
        #expect(TeamArguments.vote("Anna", participants: ["Anna"]) == nil)
        #expect(TeamArguments.vote("", participants: ["Anna"]) == nil)
    }

    @Test("vote: the longest known name the line begins with wins, as typed")
    func longestName() {
        let people = ["Anna", "Anna de Vries"]
        #expect(TeamArguments.vote("Anna de Vries 1 samen", participants: people)! == ("Anna de Vries", "1", "samen"))
        #expect(TeamArguments.vote("anna de vries 1", participants: people)! == ("anna de vries", "1", nil))
        #expect(TeamArguments.vote("Anna 2", participants: people)! == ("Anna", "2", nil))
        // A known name that is not followed by a number does not win.
        #expect(TeamArguments.vote("Anna de Vries x", participants: ["Anna de Vries"])! == ("Anna", "de", "Vries x"))
    }

    @Test("vote: an unknown name with spaces is everything before the first number; else the first word")
    func unknownNames() {
        #expect(TeamArguments.vote("Piet de Boer 2 want", participants: [])! == ("Piet de Boer", "2", "want"))
        #expect(TeamArguments.vote("Anna twee", participants: [])! == ("Anna", "twee", nil))
    }

    @Test("a name loses its quotes only when they close it")
    func unquoted() {
        #expect(TeamArguments.unquoted("\"Anna\"") == "Anna")
        #expect(TeamArguments.unquoted("‘Anna’") == "Anna")
        #expect(TeamArguments.unquoted("\"Anna") == "\"Anna")
        #expect(TeamArguments.unquoted(" Anna ") == "Anna")
    }
}
