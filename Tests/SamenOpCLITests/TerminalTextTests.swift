import Testing
@testable import SamenOpCLI

/// Scenario text with terminal escape sequences is shown, never executed.
@Suite("TerminalText")
struct TerminalTextTests {
    @Test("window title, clear screen, clipboard and bracketed paste are shown as symbols", arguments: [
        ("Titel\u{1B}]0;gehackt\u{7}", "Titel␛]0;gehackt␇"),
        ("\u{1B}[2J\u{1B}[H", "␛[2J␛[H"),
        ("\u{1B}]52;c;ZWNobyBoaQ==\u{7}", "␛]52;c;ZWNobyBoaQ==␇"),
        ("\u{1B}[200~rm -rf ~\u{1B}[201~\r", "␛[200~rm -rf ~␛[201~␍"),
        ("\u{9B}31m C1 \u{7F}", "\u{FFFD}31m C1 ␡"),
    ])
    func hostile(text: String, shown: String) {
        #expect(TerminalText.visible(text) == shown)
        #expect(TerminalText.visible(text, keepingStyle: true) == shown)
    }

    @Test("line breaks, tabs and ordinary Unicode pass unchanged")
    func ordinary() {
        let text = "Zoë Şahin\tbelt 112.\nDag één — 22:10 🙂"
        #expect(TerminalText.visible(text) == text)
    }

    @Test("samenop's own bold and colour survive only where style is kept")
    func style() {
        let text = "\u{1B}[1mTitel\u{1B}[0m en \u{1B}[1;31mfout\u{1B}[0m"
        #expect(TerminalText.visible(text, keepingStyle: true) == text)
        #expect(TerminalText.visible(text) == "␛[1mTitel␛[0m en ␛[1;31mfout␛[0m")
        // An escape that only starts like a style is still shown.
        #expect(TerminalText.visible("\u{1B}[1;2H", keepingStyle: true) == "␛[1;2H")
    }
}
