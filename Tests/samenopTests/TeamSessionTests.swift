import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

@Suite("Team sessions")
struct TeamSessionTests {
    /// The REPL fixture with a second role card, for Veilig Thuis, revealed at the door.
    static let yaml = REPLFixture.yaml
        .replacingOccurrences(of: "\nstart: melding\n", with: """

              eerder:
                title: Eerdere melding
                text: Veilig Thuis kreeg vorig jaar een melding over dit gezin.
                role: vt
            start: melding

            """)
        .replacingOccurrences(of: "    prompt: Wie doet wat?\n", with: "    prompt: Wie doet wat?\n    reveal: [eerder]\n")

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("a full team session: dissent, a replaced vote, a shared and an unshared role card, resumed in the middle")
    func fullSession() throws {
        let f = try REPLFixture.folder(yaml: Self.yaml)
        let env = ["SAMENOP_STORE": f.store]
        let first = try Binary.run([], input: """
            start \(f.scenario) team
            deelnemer "Anna de Vries" politie
            deelnemer Bram vt
            join Cas vt
            deelnemer Dirk brandweer
            stem Anna de Vries 2 samen is beter
            stem Bram 1 eerst zelf kijken
            stem Cas 2
            stem bram 2 overtuigd
            stem Eva 1
            stem Cas 7
            stand
            stand namen
            2
            deel onbekend
            dossier
            dossier vt
            stem "Anna de Vries" 1 afspraken
            vote Bram 2
            quit

            """, environment: env)
        #expect(first.status == 0)
        #expect(first.stderr == """
            Geen rol 'brandweer' in dit scenario.
            Rollen in dit scenario: politie, vt
            'Eva' doet niet mee; voeg toe met `deelnemer Eva ROL`.
            Kies 1 t/m 2.
            Geen informatie met id 'onbekend' in dit scenario.

            """)
        let out = first.stdout
        #expect(out.contains("── Stap 1 · vr 23:40 · Melding · beslissing voor: Politie ──"))
        #expect(out.contains("Anna de Vries doet mee als Politie.\nBram doet mee als Veilig Thuis.\nCas doet mee als Veilig Thuis.\n"))
        #expect(out.contains("Stem van Anna de Vries: 2 (1 van 3 gestemd).\nStem van Bram: 1 (2 van 3 gestemd).\nStem van Cas: 2 (3 van 3 gestemd).\nStem van Bram: 2, in plaats van 1 (3 van 3 gestemd).\n"))
        // The tally without names, then with names and reasons.
        #expect(out.contains("""
            Stemmen bij stap 1 (3 van 3 gestemd):
              1. 0 stemmen - Alleen de politie gaat erheen.
              2. 3 stemmen - Politie en Veilig Thuis gaan samen op.
              Met namen en redenen: `stand namen`.
            Sessie
            """))
        #expect(out.contains("""
            Stemmen bij stap 1 (3 van 3 gestemd):
              1. 0 stemmen - Alleen de politie gaat erheen.
              2. 3 stemmen - Politie en Veilig Thuis gaan samen op.
                   Anna de Vries · Politie: samen is beter
                   Cas · Veilig Thuis
                   Bram · Veilig Thuis: overtuigd
            Keuze van de groep: 2 (eensgezind, 3 van 3 stemmen).
            """))
        // Feedback waits for the end.
        #expect(!out.contains("Samen optrekken vanaf het begin."))
        #expect(out.contains("""
            Nieuwe informatie:
              • Politieregister · alleen voor Politie; deel met de groep: `deel register`
              • Eerdere melding · alleen voor Veilig Thuis; deel met de groep: `deel eerder`
            """))
        #expect(out.contains("""
            Alleen Politie:
              • Politieregister · alleen voor Politie; deel met de groep: `deel register`
            Alleen Veilig Thuis:
              • Eerdere melding · alleen voor Veilig Thuis; deel met de groep: `deel eerder`
            """))
        #expect(out.contains("Informatie van Veilig Thuis die de groep nog niet kent:\n  • Eerdere melding [eerder]\n    Veilig Thuis kreeg vorig jaar een melding over dit gezin.\n"))
        #expect(out.contains("Stem van Anna de Vries: 1 (1 van 3 gestemd).\nStem van Bram: 2 (2 van 3 gestemd).\n"))
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        #expect(out.hasSuffix("Sessie \(id) is bewaard. Verder gaan: samenop resume \(id)\n"))

        // Resumed in the middle of the second decision: the votes cast so far are still there.
        let second = try Binary.run(["resume", id], input: """
            stand namen
            stem Cas 2 eerst de kinderen
            1
            deel register
            1
            verslag json \(f.folder.path)/verslag.json

            """, environment: env)
        #expect(second.stderr == "")
        #expect(second.stdout.contains("""
              2. Weggaan.

            Deelnemers:  Anna de Vries · Politie, Bram · Veilig Thuis, Cas · Veilig Thuis
            Stemmen bij stap 2 (2 van 3 gestemd):
              1. 1 stem - Afspraken maken en opvolgen.
              2. 1 stem - Weggaan.
              Met namen en redenen: `stand namen`.

            """))
        #expect(second.stdout.contains("""
            Stemmen bij stap 2 (2 van 3 gestemd):
              1. 1 stem - Afspraken maken en opvolgen.
                   Anna de Vries · Politie: afspraken
              2. 1 stem - Weggaan.
                   Bram · Veilig Thuis
              Nog niet gestemd: Cas
            """))
        #expect(second.stdout.contains("Keuze van de groep: 1 (1 van de 3 stemmen; de stemmen liepen uiteen)."))
        #expect(second.stdout.contains("Gedeeld met de groep: Politieregister\n  Twee eerdere meldingen op dit adres.\n"))
        #expect(second.stdout.contains("Terugkoppeling per stap\n1. Politie en Veilig Thuis gaan samen op.\n   » Samen optrekken vanaf het begin."))

        let report = try Self.json(try String(contentsOfFile: "\(f.folder.path)/verslag.json", encoding: .utf8))
        let steps = try #require(report["steps"] as? [[String: Any]])
        #expect(steps.count == 3)
        let votes = try #require(steps[0]["votes"] as? [[String: Any]])
        #expect(votes.map { $0["name"] as? String } == ["Anna de Vries", "Cas", "Bram"])
        #expect(votes.map { $0["role"] as? String } == ["politie", "vt", "vt"])
        #expect(votes.map { $0["shown"] as? Int } == [2, 2, 2])
        #expect(votes.map { $0["choice"] as? Int } == [2, 2, 2])
        #expect(votes.map { $0["reason"] as? String } == ["samen is beter", nil, "overtuigd"])
        #expect(votes[1]["reason"] is NSNull)
        #expect(Set(votes[0].keys) == ["name", "role", "shown", "choice", "reason"])
        #expect(steps[0]["dissent"] as? Bool == false)
        let replaced = try #require(steps[0]["replacedVotes"] as? [[String: Any]])
        #expect(replaced.map { $0["name"] as? String } == ["Bram"])
        #expect(replaced.first?["reason"] as? String == "eerst zelf kijken")
        #expect(steps[1]["dissent"] as? Bool == true)
        #expect((steps[1]["votes"] as? [[String: Any]])?.map { $0["shown"] as? Int } == [1, 2, 2])

        let team = try #require(report["team"] as? [String: Any])
        let disagreements = try #require(team["disagreements"] as? [[String: Any]])
        #expect(disagreements.map { $0["step"] as? Int } == [1, 2])
        #expect(disagreements.map { $0["resolution"] as? String } == ["converged", "fewer-votes"])
        let held = try #require(team["heldCards"] as? [[String: Any]])
        #expect(held.map { $0["card"] as? String } == ["register", "eerder"])
        #expect(held.map { $0["heldAt"] as? [Int] } == [[2], [2, 3]])
        #expect(held.map { $0["shared"] as? Bool } == [true, false])
        #expect(held.first?["sharedBy"] as? Int == 3)
        let roles = try #require(team["roles"] as? [[String: Any]])
        #expect(roles.map { $0["role"] as? String } == ["politie", "vt"])
        #expect(roles.map { $0["expert"] as? Int } == [2, 2])
        #expect(roles.map { $0["votes"] as? Int } == [2, 4])

        // The same session's report from the command line, in Markdown.
        let md = try Binary.run(["report", id], environment: env)
        #expect(md.status == 0)
        #expect(md.stdout.contains("### Stemmen in het team\n\nDe stemmen liepen uiteen, of weken af van de gekozen optie, bij stap 2.\n"))
        #expect(md.stdout.contains("""
            #### Waar het team het oneens was of van stem veranderde

            - Stap 1 (vr 23:40 · Melding): optie 2: 3 stemmen. Gekozen: optie 2, waar ieders laatste stem op viel, nadat er van stem was veranderd. Van stem veranderd: Bram · Veilig Thuis van optie 1 naar 2.
            - Stap 2 (vr 23:55 · Erop af): optie 1: 1 stem, optie 2: 2 stemmen. Gekozen: optie 1, terwijl een andere optie meer stemmen had.
            """))
        #expect(md.stdout.contains("""
            - Politieregister ('register'): alleen Politie wist dit bij stap 2; gedeeld vóór stap 3.
            - Eerdere melding ('eerder'): alleen Veilig Thuis wist dit bij stappen 2, 3; nooit gedeeld, dus de groep heeft het niet gezien.
            """))
        #expect(md.stdout.contains("""
            #### Wat elke rol wist

            _Wat elke rol kon inbrengen en wanneer de groep het hoorde; geen score per rol of organisatie._

            - Politie: Politieregister ('register') bekend bij stap 2, gedeeld bij stap 3.
            - Veilig Thuis: Eerdere melding ('eerder') bekend bij stap 2, nooit gedeeld.
            """))
        // No expert figures per role: in a chain session they read as a score per organisation.
        #expect(!md.stdout.contains("stemmen voor een expertoptie"))
        #expect(!md.stdout.contains("Stemmen per rol"))
        #expect(md.stdout.contains("  - Bram · Veilig Thuis: optie 1 (Alleen de politie gaat erheen.): \"eerst zelf kijken\" (later gewijzigd)"))
    }

    @Test("team commands outside a team session, and a vote or share that changes nothing")
    func badInput() throws {
        let f = try REPLFixture.folder(yaml: Self.yaml)
        let solo = try Binary.run([], input: "start \(f.scenario)\ndeelnemer Anna politie\nstem Anna 1\ndeel register\ndossier politie\n",
                                  environment: ["SAMENOP_STORE": f.store])
        let notTeam = "Dit hoort bij een teamsessie; begin er een met `start ID team`.\n"
        #expect(solo.stderr == String(repeating: notTeam, count: 4))
        let team = try Binary.run([], input: """
            start \(f.scenario) team
            deelnemer Anna politie
            deelnemer anna vt
            deelnemer "" vt
            deelnemer Anna
            stem Anna
            stem Anna twee
            stem Anna 0
            stem Anna de Vries 1
            deel melding
            deel register
            stand alles
            dossier brandweer

            """, environment: ["SAMENOP_STORE": f.store])
        #expect(team.stderr == """
            'anna' doet al mee.
            Een deelnemer heeft een naam nodig.
            Er ontbreekt iets. Gebruik: deelnemer NAAM ROL
            Er ontbreekt iets. Gebruik: stem NAAM N [REDEN]
            Er ontbreekt iets. Gebruik: stem NAAM N [REDEN]
            Kies 1 t/m 2.
            'Anna de Vries' doet niet mee; voeg toe met `deelnemer Anna de Vries ROL`.
            'melding' is al voor iedereen zichtbaar.
            'register' is nog niet vrijgegeven.
            `stand` kent alleen `namen` (de stemmen met namen); 'alles' niet.
            Geen rol 'brandweer' in dit scenario.
            Rollen in dit scenario: politie, vt

            """)
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let session = try REPLFixture.replay(id, store: f.store, scenario: f.scenario)
        #expect(session.state.participants == [Participant(name: "Anna", role: "politie")])
        #expect(session.state.pendingVotes.isEmpty)
        #expect(session.state.shared.isEmpty)
    }

    @Test("committing without votes is allowed; English names and messages")
    func english() throws {
        let f = try REPLFixture.folder(yaml: Self.yaml)
        let result = try Binary.run(["--lang", "en"], input: """
            start \(f.scenario) team
            join Anna politie
            vote Anna 1
            status names
            vote Anna 2 together
            2
            1
            status

            """, environment: ["SAMENOP_STORE": f.store])
        #expect(result.stderr == "")
        #expect(result.stdout.contains("── Step 1 · vr 23:40 · Report · decision for: Politie ──"))
        #expect(result.stdout.contains("Anna votes 2, instead of 1 (1 of 1 have voted).\nThe group's choice: 2 (1 vote).\n"))
        #expect(result.stdout.contains("The group's choice: 1 (no votes).\n"))
        #expect(result.stdout.contains("Votes at step 1 (1 of 1 have voted):\n  1. 1 vote - Alleen de politie gaat erheen.\n       Anna · Politie\n  2. 0 votes - Politie en Veilig Thuis gaan samen op.\n"))
        #expect(result.stdout.contains("Participants: Anna · Politie\nVotes at step 3 (0 of 1 have voted).\n"))
    }
}
