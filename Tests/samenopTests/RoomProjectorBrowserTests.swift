import Foundation
import Testing
import SamenOpRoom

/// The projector page (`/r/{code}/scherm?key=KEY`) in headless Chromium: what the trainer puts
/// on the wall. Part of the browser suite, so the two never start a browser at the same time.
extension RoomBrowserTests {
    static let projector = #"Scherm \(alleen voor de trainer\): (http://127\.0\.0\.1:\d+/r/[A-Za-z0-9_-]+/scherm\?key=[A-Za-z0-9_-]+)"#

    /// The text of every `p` in a section of the projector page, as JSON.
    static func lines(_ id: String) -> String {
        "JSON.stringify([...document.querySelectorAll('#\(id) h2, #\(id) p')].map(p => p.textContent))"
    }

    static let page = "document.body.innerText"

    @Test("the projector shows the scene, the options and the count; the tally, the spread per role and names only after reveal; then the next scene",
          .enabled(if: RoomBrowserTests.hasChromium, "needs chromium (installed by .ci/setup)"))
    func projector() throws {
        let home = Binary.temporaryFolder()
        let repl = try RoomREPLTests.Running(home: home, store: home.appendingPathComponent("store.sqlite").path)
        defer { repl.stop() }
        repl.type("start het-plan-ligt-klaar team --in-order --zaal --bind 127.0.0.1 --port 0")
        let url = try #require(repl.wait(for: RoomREPLTests.address), "\(repl.text)")
        let screen = try #require(repl.wait(for: Self.projector), "\(repl.text)")
        #expect(screen.hasPrefix(url + "scherm?key="))
        let (port, code) = RoomREPLTests.parse(url)
        let key = String(screen.split(separator: "=").last ?? "")
        let client = LoopbackClient(port: port)
        // Two decisions on, each role holds its own card (politie-registratie, vt-veiligheidsplan).
        repl.type("1")
        repl.type("1")
        #expect(repl.wait(for: "Stap 3") != nil)
        let anna = try join(client, code, "Anna", "politie"), bram = try join(client, code, "Bram", "veilig-thuis")
        let state = try #require(client.send("GET", "/r/\(code)/api/state", token: anna).json())
        let scene = try #require((state["scene"] as? [String: Any])?["text"] as? String)
        let options = try #require(state["options"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(options.count == 3)

        let browser = try DevTools(executable: try #require(DevTools.executable))
        defer { browser.quit() }
        let wall = try browser.open(screen)
        #expect(try browser.wait(until: "document.getElementById('count').textContent === '0 van 2 gestemd'", in: wall, seconds: 15))
        #expect(try browser.evaluate("document.getElementById('title').textContent", in: wall) as? String
                == "Het plan ligt klaar: acuut begint bij structureel")
        #expect(try browser.evaluate("document.getElementById('scene').textContent", in: wall) as? String ?? "" != "")
        #expect((try browser.evaluate("document.getElementById('scene').textContent", in: wall) as? String ?? "")
                .contains(String(scene.prefix(60))))
        let listed = "JSON.stringify([...document.querySelectorAll('#optionList li')].map(li => li.textContent))"
        #expect(try browser.evaluate(listed, in: wall) as? String == String(decoding: try JSONSerialization.data(withJSONObject: options), as: UTF8.self))

        #expect(try client.send("POST", "/r/\(code)/api/vote", token: anna, json: ["step": 3, "shown": 1, "reason": "GEHEIM-ANNA"]).status == 200)
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: bram, json: ["step": 3, "shown": 2, "reason": "GEHEIM-BRAM"]).status == 200)
        #expect(try browser.wait(until: "document.getElementById('count').textContent === '2 van 2 gestemd'", in: wall, seconds: 15))
        // Before reveal: the count only; no tally, no reason, no role's card.
        let before = try #require(browser.evaluate(Self.page, in: wall) as? String)
        for secret in ["Stemmen", "GEHEIM", "Anna", "Bram", "Registratie in de politiesystemen", "Veiligheidsplan van het gezin"] {
            #expect(!before.contains(secret), "\(secret) on the projector before reveal")
        }

        repl.type("onthul")
        #expect(try browser.wait(until: "document.getElementById('tally').textContent !== ''", in: wall, seconds: 15))
        #expect(try browser.evaluate(Self.lines("tally"), in: wall) as? String
                == #"["Stemmen","1. \#(options[0]): 1","2. \#(options[1]): 1","3. \#(options[2]): 0"]"#)
        let revealed = try #require(browser.evaluate(Self.page, in: wall) as? String)
        for secret in ["GEHEIM", "Anna", "Bram", "Registratie in de politiesystemen", "Veiligheidsplan van het gezin"] {
            #expect(!revealed.contains(secret), "\(secret) on the projector, though the trainer asked no names")
        }

        // The room's choice is committed: the next scene asks everyone's own safety judgement.
        repl.type("1")
        #expect(repl.wait(for: "Stap 4") != nil)
        #expect(try browser.wait(until: "document.getElementById('scene').textContent.includes('omgevallen stoel')", in: wall, seconds: 15))
        #expect(try browser.evaluate("document.getElementById('tally').textContent", in: wall) as? String == "")
        #expect(try browser.evaluate("document.getElementById('count').textContent", in: wall) as? String == "0 van 2 gestemd")
        #expect(try client.send("POST", "/r/\(code)/api/scale", token: anna, json: ["step": 4, "value": 3, "reason": "GEHEIM-LETSEL"]).status == 200)
        #expect(try client.send("POST", "/r/\(code)/api/vote", token: anna, json: ["step": 4, "shown": 1]).status == 200)
        repl.type("schaal Bram 6 plan ligt er")
        #expect(repl.wait(for: "Bram geeft veiligheid 6\\.") != nil)
        #expect(try browser.wait(until: "document.getElementById('scales').textContent === 'Eigen oordeel over de veiligheid: 2 van 2 gegeven'",
                                 in: wall, seconds: 15))
        let judged = try #require(browser.evaluate(Self.page, in: wall) as? String)
        for secret in ["GEHEIM", "Politie (noodhulp)", "Veilig Thuis (crisisdienst)", "Stemmen"] {
            #expect(!judged.contains(secret), "\(secret) on the projector before reveal")
        }

        repl.type("onthul namen")
        #expect(try browser.wait(until: "document.getElementById('spread').textContent !== ''", in: wall, seconds: 15))
        let wanted = try #require(client.send("GET", "/r/\(code)/api/screen?key=\(key)").json()?["veiligheid"] as? Int)
        #expect(try browser.evaluate(Self.lines("spread"), in: wall) as? String
                == #"["Eigen oordeel over de veiligheid per rol (scenario: \#(wanted))","Politie (noodhulp): 3","Veilig Thuis (crisisdienst): 6"]"#)
        #expect(try browser.wait(until: "document.getElementById('names').textContent.includes('GEHEIM-LETSEL')", in: wall, seconds: 15))
        #expect(try browser.evaluate(Self.lines("names"), in: wall) as? String
                == #"["Anna (Politie (noodhulp)) · 1 · veiligheid 3 · “GEHEIM-LETSEL”","Bram (Veilig Thuis (crisisdienst)) · veiligheid 6 · “plan ligt er”"]"#)

        repl.type("1")
        #expect(repl.wait(for: "Stap 5") != nil)
        #expect(try browser.wait(until: "document.getElementById('spread').textContent === ''", in: wall, seconds: 15))
        let next = try #require(browser.evaluate(Self.page, in: wall) as? String)
        #expect(!next.contains("GEHEIM") && !next.contains("Stemmen"))
        #expect(try browser.evaluate("document.getElementById('count').textContent", in: wall) as? String == "0 van 2 gestemd")
        repl.type("stop")
    }

    func join(_ client: LoopbackClient, _ code: String, _ name: String, _ role: String) throws -> String {
        let answer = try client.send("POST", "/r/\(code)/api/join", json: ["name": name, "role": role])
        try #require(answer.status == 200, "\(answer.text)")
        return try #require(answer.json()?["token"] as? String)
    }
}
