import Foundation
import Testing
import SamenOpRoom

/// The room in a real browser: headless Chromium (Debian's `chromium`, from `.ci/setup`) on
/// 127.0.0.1, two participants with different roles in two tabs.
@Suite("Room: in a real browser", .serialized, .timeLimit(.minutes(3)))
struct RoomBrowserTests {
    static var hasChromium: Bool { DevTools.executable != nil }

    /// Fills the join form in a tab and submits it.
    static func join(_ name: String, role: String) -> String {
        """
        (() => { document.getElementById('name').value = '\(name)';
                 document.getElementById('role').value = '\(role)';
                 document.getElementById('join').requestSubmit(); return true; })()
        """
    }

    static func vote(_ shown: Int, reason: String) -> String {
        """
        (() => { const option = document.querySelector('input[name=shown][value="\(shown)"]');
                 if (!option) return false;
                 option.checked = true; document.getElementById('reason').value = '\(reason)';
                 document.getElementById('vote').requestSubmit(); return true; })()
        """
    }

    static let cards = "JSON.stringify([...document.querySelectorAll('#cards [data-card]')].map(c => c.dataset.card))"

    @Test("two roles in two tabs: each sees only their own card, both vote, the trainer reveals and commits, both pages show the next scene",
          .enabled(if: RoomBrowserTests.hasChromium, "needs chromium (installed by .ci/setup)"))
    func twoParticipants() throws {
        let home = Binary.temporaryFolder()
        let repl = try RoomREPLTests.Running(home: home, store: home.appendingPathComponent("store.sqlite").path)
        defer { repl.stop() }
        repl.type("start het-plan-ligt-klaar team --in-order --zaal --bind 127.0.0.1 --port 0")
        let url = try #require(repl.wait(for: RoomREPLTests.address), "\(repl.text)")
        // Two decisions on, each role holds its own card (politie-registratie, vt-veiligheidsplan).
        repl.type("1")
        repl.type("1")
        #expect(repl.wait(for: "Stap 3") != nil)

        let browser = try DevTools(executable: try #require(DevTools.executable))
        defer { browser.quit() }
        let anna = try browser.open(url), bram = try browser.open(url)
        for (tab, name, role) in [(anna, "Anna", "politie"), (bram, "Bram", "veilig-thuis")] {
            #expect(try browser.wait(until: "!!document.getElementById('join') && !document.getElementById('join').hidden", in: tab))
            _ = try browser.evaluate(Self.join(name, role: role), in: tab)
            #expect(try browser.wait(until: "document.querySelectorAll('input[name=shown]').length === 3", in: tab))
        }
        #expect(try browser.evaluate(Self.cards, in: anna) as? String == #"["politie-registratie"]"#)
        #expect(try browser.evaluate(Self.cards, in: bram) as? String == #"["vt-veiligheidsplan"]"#)
        #expect(try browser.evaluate(Self.vote(1, reason: "<b>samen</b>"), in: anna) as? Bool == true)
        #expect(try browser.evaluate(Self.vote(2, reason: "eerst binnen"), in: bram) as? Bool == true)
        #expect(try browser.wait(until: "document.getElementById('count').textContent === '2 van 2 gestemd'", in: anna))
        #expect(try browser.evaluate("document.getElementById('tally').textContent", in: bram) as? String == "")
        repl.type("stand")
        #expect(repl.wait(for: "\\(2 van 2 gestemd\\)") != nil)

        repl.type("onthul")
        for tab in [anna, bram] {
            #expect(try browser.wait(until: "document.getElementById('tally').textContent.includes('Stemmen')", in: tab))
        }
        repl.type("1")
        #expect(repl.wait(for: "Stap 4") != nil)
        for tab in [anna, bram] {
            #expect(try browser.wait(until: "document.getElementById('scene').textContent.includes('omgevallen stoel')", in: tab))
            #expect(try browser.evaluate("document.getElementById('tally').textContent", in: tab) as? String == "")
            #expect(try browser.evaluate("document.getElementById('scale').hidden", in: tab) as? Bool == false)
        }
        // The reason was shown as text, never as markup.
        #expect(try browser.evaluate("document.querySelectorAll('b').length", in: anna) as? Int == 0)
        repl.type("stop")
    }
}
