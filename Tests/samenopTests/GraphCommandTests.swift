import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import Testing

/// `samenop graph`, `samenop proof`, practice sessions and the report's map, through the binary.
@Suite("Graph and proof commands")
struct GraphCommandTests {
    @Test("graph prints DOT by default and Mermaid, SVG or an HTML page on request")
    func formats() throws {
        let dot = try Binary.run(["graph", "middag-na-school"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph \"middag-na-school\" {\n"))
        let mermaid = try Binary.run(["graph", "middag-na-school", "--format", "mermaid"])
        #expect(mermaid.stdout.hasPrefix("---\ntitle: \"De middag na school\"\n---\nflowchart LR\n"))
        let svg = try Binary.run(["graph", "middag-na-school", "--format", "svg"])
        #expect(svg.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(XMLParser(data: Data(svg.stdout.utf8)).parse())
        let html = try Binary.run(["graph", "middag-na-school", "--format", "html"])
        #expect(html.stdout.contains("<h1>Kaart: De middag na school</h1>"))
    }

    @Test("graph refuses an unknown scenario (status 1) and an unknown format (status 2)")
    func badInput() throws {
        let missing = try Binary.run(["graph", "bestaat-niet"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "Geen scenario 'bestaat-niet': geen bestand en geen id in de bibliotheek (zie `lijst`).\n")
        let format = try Binary.run(["graph", "middag-na-school", "--format", "pdf"])
        #expect(format.status == 2)
    }

    @Test("graph --session lays the session's path over the map; proof writes a file")
    func sessionOverlayAndProof() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store, "SAMENOP_SHUFFLE": "off"]
        _ = try Binary.run([], input: "start \(f.scenario)\n2\nterug\n1\n1\nstop\n", environment: env)
        let id = try #require(try REPLFixture.sessionIDs(f.store).first)
        let dot = try Binary.run(["graph", f.scenario, "--session", id], environment: env)
        #expect(dot.status == 0, "\(dot.stderr)")
        // Step 1 (option 2) was taken back; step 2 took option 1, step 3 the expert option at `thuis`.
        #expect(dot.stdout.contains("""
              "melding" -> "thuis" [label="[2] 1. Alleen de politie gaat erheen.", color="#b03a2e", fontcolor="#b03a2e", penwidth=3];
              "melding" -> "thuis" [label="[1] 2. Politie en Veilig Thuis gaan samen…", penwidth=2.5, color="#bbbbbb", fontcolor="#999999", style="dotted"];
              "melding" -> "einde" [label="3. Niets doen.", style="dashed"];
              "thuis" -> "opvolgen" [label="[3] 1. Afspraken maken en opvolgen.", color="#b03a2e", fontcolor="#b03a2e", penwidth=3];
            """))
        let other = try Binary.run(["graph", "middag-na-school", "--session", id], environment: env)
        #expect(other.status == 1)
        #expect(other.stderr == "Sessie \(id) speelt scenario 'proef', niet 'middag-na-school'.\n")
        let output = f.folder.appendingPathComponent("proef.html").path
        let proof = try Binary.run(["proof", f.scenario, "--output", output], environment: env)
        #expect(proof.status == 0)
        #expect(proof.stderr == "Proefexemplaar geschreven naar \(output).\n")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("<p class=\"feedback\"><strong>Feedback:</strong> Samen optrekken vanaf het begin.</p>"))
    }

    @Test("the HTML report has the map with the session's path as a section")
    func reportMap() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store, "SAMENOP_SHUFFLE": "off"]
        _ = try Binary.run([], input: "start \(f.scenario)\n2\n1\nstop\n", environment: env)
        let id = try #require(try REPLFixture.sessionIDs(f.store).first)
        let html = try Binary.run(["report", id, "--format", "html"], environment: env)
        #expect(html.stdout.contains("<section id=\"map\" class=\"map-section\">\n<h2>Kaart van het scenario</h2>"))
        #expect(html.stdout.contains("<g class=\"map-step\">"))
        let markdown = try Binary.run(["report", id], environment: env)
        #expect(!markdown.stdout.contains("<svg"))
    }

    @Test("start ID bij SCENE zet VAR=WAARDE starts a practice session there, and its report says so")
    func practice() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store, "SAMENOP_SHUFFLE": "off"]
        let run = try Binary.run([], input: "start \(f.scenario) bij thuis zet veiligheid=6 samen=true\n1\nstop\n", environment: env)
        #expect(run.stdout.contains("""
            Oefensessie: begint bij 'thuis', met veiligheid = 6, samen = true. Het verslag
            zegt dat het oefening was.

            ── Stap 1 · vr 23:55 · Erop af ──
            Jullie staan voor de deur.
            """))
        let session = try REPLFixture.newestSession(f)
        #expect(session.state.header.practice?.scene == "thuis")
        #expect(session.state.steps.first?.variablesBefore["veiligheid"] == .int(6))
        let report = try Binary.run(["report", session.state.header.id], environment: env)
        #expect(report.stdout.contains("> **Oefensessie: begonnen bij scène 'thuis' in plaats van bij het begin, met veiligheid = 6, samen = true. De figuren gaan alleen over de stappen vanaf daar.**"))
        let json = try Binary.run(["report", session.state.header.id, "--format", "json"], environment: env)
        #expect(json.stdout.contains("\"practice\""))
    }

    @Test("a practice start names an unknown scene, variable or a wrong value")
    func practiceErrors() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store, "SAMENOP_SHUFFLE": "off"]
        let run = try Binary.run([], input: """
            start \(f.scenario) bij nergens
            start \(f.scenario) at thuis set onbekend=1
            start \(f.scenario) bij thuis zet samen=3
            start \(f.scenario) bij thuis zet samen
            start \(f.scenario) bij
            stop

            """, environment: env)
        #expect(run.stderr == """
            Scène 'nergens' bestaat niet in proef.
            Variabele 'onbekend' bestaat niet in proef.
            Variabele 'samen' is van het type bool.
            'samen' is geen VAR=WAARDE, bijvoorbeeld veiligheid=4.
            Gebruik: start ID bij SCÈNE [zet VAR=WAARDE ...]
            Gebruik: start ID bij SCÈNE [zet VAR=WAARDE ...]

            """)
    }
}
