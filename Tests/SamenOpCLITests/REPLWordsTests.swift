import Testing
@testable import SamenOpCLI
import SamenOpText
import SamenOpModel
import SamenOpEngine

/// The REPL's own words (modes for `start`, `names` for `status`) come from the translation files.
@Suite("REPL words")
struct REPLWordsTests {
    @Test("start's mode words are each mode's id and its word in every language")
    func modeWords() {
        #expect(REPL.modeWords == [
            "team": .team, "review": .review, "casusbespreking": .review, "self-study": .selfStudy, "zelfstudie": .selfStudy,
        ])
    }

    @Test("status takes the word for names in any language, and says it in the session's")
    func namesWords() {
        #expect(REPL.namesWord(.nl) == "namen")
        #expect(REPL.namesWord(.en) == "names")
        #expect(REPL.namesWords == ["namen", "names"])
    }
}
