import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// The December 2026 rules of `scoring.md`: transitions are no decisions, the structural link
/// follows what was chosen, and expert agreement stands beside every phase verdict.
@Suite("Decision scoring")
struct DecisionScoringTests {
    /// A decision, a scene with a single option (a transition), a follow-up scene where the
    /// link can be made or not, then an ending.
    static let yaml = Playthrough.head(start: "melding") + """
          melding:
            stage: melding
            text: Er komt een melding binnen.
            choices:
              - text: Erop af met politie
                goto: overgang
                phase: acuut
                elements: [samen-op]
                expert: true
              - text: Een brief sturen
                goto: overgang
                phase: acuut
                pitfalls: [overdragen-loslaten]
          overgang:
            stage: veiligstellen
            text: Drie maanden later.
            choices:
              - text: Terugkijken op de afgelopen maanden
                goto: opvolgen
                phase: herstel
                elements: [contact]
                expert: true
          opvolgen:
            stage: opvolgen
            text: Het gaat beter.
            choices:
              - text: De risicofactoren op een rij zetten en afsluiten
                goto: einde
                phase: acuut
                pitfalls: [risicofactoren]
              - text: Met het gezin veiligheidsafspraken vastleggen en het patroon benoemen
                goto: einde
                phase: acuut
                elements: [veiligheidsafspraken, verbinding-structureel]
                expert: true
          einde:
            stage: veiligheidsplan
            text: Later.
            end: true
            outcome: Afgesloten.

        """

    @Test("a step with a single visible option is a transition: in the timeline, in no figure")
    func transition() throws {
        let r = Reflection(session: try Playthrough.play(Self.yaml, [1, 1, 2]))
        #expect(r.steps.map(\.isDecision) == [true, false, true])
        #expect(r.steps[1].expertAgreement == .transition)
        // The transition's herstel choice in an acute situation would be a skip; it is not judged.
        #expect(r.steps[1].verdict == .ahead)
        #expect(r.phase == PhaseFigures(aligned: 2, ahead: 0, behind: 0, untagged: 0, skips: []))
        #expect(r.expert.decisions == 2)
        #expect(r.expert.decisionSteps == [1, 3])
        #expect(r.expert.matchedSteps == [1, 3])
        let json = JSONReport.render(r)
        #expect(json.contains("\"decision\": false"))
        #expect(json.contains("\"skips\": []"))
        let md = ReportRenderer.render(session: try Playthrough.play(Self.yaml, [1, 1, 2]), format: .md, language: .nl)
        #expect(md.contains("Beslissingen: stappen 1, 3. Expertoptie gekozen bij: 1, 3."))
        #expect(md.contains("· één optie: geen beslissing"))
    }

    @Test("a session that reaches follow-up without agreements or a link says so plainly")
    func visitedNotConnected() throws {
        let session = try Playthrough.play(Self.yaml, [2, 1, 1])
        let r = Reflection(session: session)
        #expect(r.structural)
        #expect(r.structuralLink == StructuralLink(visited: true, connected: false, steps: []))
        let md = ReportRenderer.render(session: session, format: .md, language: .nl)
        #expect(md.contains("De sessie kwam tot opvolgen of het veiligheidsplan, maar daar werden geen veiligheidsafspraken en geen verbinding met het structurele patroon gekozen."))
        #expect(!md.contains("verbonden met het structurele patroon:"))
        let en = ReportRenderer.render(session: session, format: .md, language: .en)
        #expect(en.contains("The session reached follow-up or the safety plan, but no safety agreements and no link to the structural pattern were chosen there."))
        #expect(JSONReport.render(r).contains("""
          "structuralLink": {
            "visited": true,
            "connected": false,
            "steps": []
          },
        """))
    }

    @Test("the connection is claimed only when a follow-up choice showed agreements or the link, naming the step")
    func connected() throws {
        let session = try Playthrough.play(Self.yaml, [1, 1, 2])
        #expect(Reflection(session: session).structuralLink == StructuralLink(visited: true, connected: true, steps: [3]))
        let md = ReportRenderer.render(session: session, format: .md, language: .nl)
        #expect(md.contains("Het acute moment werd verbonden met het structurele patroon: bij stap 3 liet de gekozen actie veiligheidsafspraken of de verbinding met het patroon zien."))
    }

    @Test("a session that never reached follow-up says that it did not")
    func neverReached() throws {
        let session = try Playthrough.play(Self.yaml, [1])
        #expect(Reflection(session: session).structuralLink == StructuralLink(visited: false, connected: false, steps: []))
        let md = ReportRenderer.render(session: session, format: .md, language: .nl)
        #expect(md.contains("De sessie kwam niet tot opvolgen of het veiligheidsplan: het acute moment is niet verbonden met het structurele patroon."))
    }

    @Test("a phase-aligned poor choice reads with its expert agreement beside the verdict, everywhere")
    func agreementBesideVerdict() throws {
        let session = try Playthrough.play(Self.yaml, [2, 1, 1])
        let r = Reflection(session: session)
        #expect(r.steps[0].verdict == .aligned)
        #expect(r.steps[0].expertAgreement == .other)
        let md = ReportRenderer.render(session: session, format: .md, language: .nl)
        #expect(md.contains("Fase: situatie Acuut, keuze Acuut (past bij de fase) · geen expertoptie gekozen"))
        #expect(md.contains("| 1 | Melding | Acuut | Acuut | past bij de fase | geen expertoptie gekozen |"))
        let html = ReportRenderer.render(session: session, format: .html, language: .nl)
        #expect(html.contains("<title>Stap 1: Acuut / Acuut - past bij de fase · geen expertoptie gekozen</title>"))
        #expect(html.contains("<rect class=\"cell a-other\""))
    }

    @Test("no generic praise for a choice of an earlier phase")
    func behindNotPraised() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "veiligheid: 2", with: "veiligheid: 4")
        let session = try Playthrough.play(yaml, [2, 1, 1])
        let md = ReportRenderer.render(session: session, format: .md, language: .nl)
        #expect(md.contains("Bij stappen 1, 3 hoorde de keuze bij een eerdere fase dan de situatie. Of dat hier terecht was, hangt af van of de veiligheid echt hersteld was: bespreek het met de expertopties ernaast."))
        #expect(!md.contains("altijd goed"))
        for language in [Language.nl, .en] {
            let l = Localizer(language)
            for key in [TextKey.replVerdictBehind, .replVerdictBehindTeam] {
                #expect(!l(key, "a", "b", "c").contains("niet fout") && !l(key, "a", "b", "c").contains("not a fault"))
            }
        }
    }
}
