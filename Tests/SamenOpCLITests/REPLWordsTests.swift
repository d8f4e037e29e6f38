import Testing
@testable import SamenOpCLI
import SamenOpText
import SamenOpModel
import SamenOpEngine

/// The REPL's own words (modes for `start`, `names` for `status`) and the list of languages in
/// `--lang`'s message come from the translation files.
@Suite("Words from the translation files")
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

    @Test("a list of choices reads as a sentence in each language, however many there are")
    func either() {
        #expect(Localizer(.nl).either(["nl", "en"]) == "nl of en")
        #expect(Localizer(.en).either(["nl", "en", "de"]) == "nl, en or de")
        #expect(Localizer(.en).either(["nl"]) == "nl")
        #expect(Localizer(.en).either([]) == "")
    }
}
