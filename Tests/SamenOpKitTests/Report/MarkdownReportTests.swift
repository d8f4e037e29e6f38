import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("MarkdownReport")
struct MarkdownReportTests {
    @Test("the report has the four parts of the reflection cycle, in order")
    func parts() throws {
        let md = ReportRenderer.render(session: try ReportFixtures.selfStudy(), format: .md)
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## 1. Wat gebeurde er", "## 2. Spiegel", "## 3. Andere keuzes", "## 4. Reflectievragen"])
        let en = ReportRenderer.render(session: try ReportFixtures.selfStudy(), format: .md, language: .en)
        #expect(en.split(separator: "\n").filter { $0.hasPrefix("## ") } == ["## 1. What happened", "## 2. Mirror", "## 3. Other choices", "## 4. Reflection questions"])
    }

    @Test("an order issue is described, not judged")
    func orderIssue() throws {
        let md = ReportRenderer.render(session: try ReportFixtures.review(), format: .md)
        #expect(md.contains("- De vraag 'Is het NU veilig?' was nog niet gesteld toen de maatregelen werden gekozen (stap 1: vr 23:40 · Melding).\n"))
        let en = ReportRenderer.render(session: try ReportFixtures.review(), format: .md, language: .en)
        #expect(en.contains("- The question 'Is it safe NOW?' had not been asked when the measures were chosen (step 1: vr 23:40 · Report).\n"))
    }

    @Test("a session that never reached the structural stages says so")
    func structural() throws {
        let md = ReportRenderer.render(session: try Playthrough.play(ScoringTests.twoStep(), [1, 2]), format: .md, language: .en)
        #expect(md.contains("The session did not reach follow-up or the safety plan: the acute moment was not connected to the structural pattern."))
    }

    @Test("an unfinished session says where it stopped")
    func unfinished() throws {
        let md = ReportRenderer.render(session: try Playthrough.play(ScoringTests.twoStep(), [1]), format: .md)
        #expect(md.contains("_De sessie stopte na 1 stap, vóór stap 2 (Veiligstellen · \"Ter plaatse.\"). Er is (nog) geen afloop._"))
    }

    @Test("an element shown at more than one step counts its steps in the plural")
    func elementSteps() throws {
        let yaml = ScoringTests.twoStep().replacingOccurrences(
            of: "elements: [veiligheidsafspraken]", with: "elements: [veiligheidsafspraken, samen-op]")
        let session = try Playthrough.play(yaml, [1, 2])
        let md = ReportRenderer.render(session: session, format: .md)
        #expect(md.contains("(`samen-op`): 2× (stappen 1, 2)\n"))
        #expect(md.contains("(`veiligheidsafspraken`): 1× (stap 2)\n"))
        let en = ReportRenderer.render(session: session, format: .md, language: .en)
        #expect(en.contains("(`samen-op`): 2× (steps 1, 2)\n"))
        #expect(en.contains("(`veiligheidsafspraken`): 1× (step 2)\n"))
    }

    @Test("a review that accepted a privacy risk says so")
    func privacy() throws {
        let md = ReportRenderer.render(session: try ReportFixtures.review(), format: .md)
        #expect(md.contains("> **Let op: deze casusbespreking is gestart terwijl de privacycontrole nog bevindingen had"))
        #expect(!ReportRenderer.render(session: try ReportFixtures.selfStudy(), format: .md).contains("privacycontrole"))
    }

    @Test("replaced votes stay in the record, marked")
    func replacedVotes() throws {
        let md = ReportRenderer.render(session: try ReportFixtures.team(), format: .md, language: .en)
        #expect(md.contains("  - Anna · Politie: option 2 (Morgen een brief sturen): \"Eerst bellen\" (changed later)\n"))
        #expect(md.contains("  - _The votes differed from each other, or from the option committed._\n"))
        #expect(md.contains("### Votes in the team\n\nThe votes differed, or differed from the option committed, at step 1.\n"))
    }

    @Test("dissent at more than one step names them in the plural")
    func dissentSteps() throws {
        let scenario = try ReportFixtures.vrijdag()
        var session = Session(scenario: scenario, header: Playthrough.header(scenario, id: "s-dissent", mode: .team))
        try session.join(name: "Anna", role: "politie", at: Playthrough.time(1))
        try session.vote(name: "Anna", shown: 2, reason: nil, at: Playthrough.time(2))
        try session.choose(shown: 1, at: Playthrough.time(3))
        try session.vote(name: "Anna", shown: 1, reason: nil, at: Playthrough.time(4))
        try session.choose(shown: 2, at: Playthrough.time(5))
        #expect(ReportRenderer.render(session: session, format: .md).contains(
            "De stemmen liepen uiteen, of weken af van de gekozen optie, bij stappen 1, 2.\n"))
        #expect(ReportRenderer.render(session: session, format: .md, language: .en).contains(
            "The votes differed, or differed from the option committed, at steps 1, 2.\n"))
    }

    @Test("no report shows a percentage or a missing string key", arguments: ReportFormat.allCases)
    func noScoreNoKeys(format: ReportFormat) throws {
        for session in [try ReportFixtures.selfStudy(), try ReportFixtures.team(), try ReportFixtures.review()] {
            for language in Language.allCases {
                let text = ReportRenderer.render(session: session, format: format, language: language)
                #expect(!text.contains("report."), "a text key is missing from the translation files")
                // No percentages: a figure is always "n of m", pointing at the steps.
                if format != .html { #expect(!text.contains("%")) }
            }
        }
    }
}

@Suite("ReportStrings")
struct ReportStringsTests {
    @Test("labels follow the scenario's language unless another is asked for")
    func defaultLanguage() throws {
        let yaml = Playthrough.head(language: .en, start: "a") + """
          a:
            stage: melding
            text: A call.
            choices:
              - {text: Go, goto: z}
          z:
            stage: opvolgen
            text: Later.
            end: true
            outcome: Done.

        """
        let session = try Playthrough.play(yaml, [1])
        #expect(ReportRenderer.render(session: session, format: .md).contains("\n## 1. What happened\n"))
        #expect(ReportRenderer.render(session: session, format: .md, language: .nl).contains("\n## 1. Wat gebeurde er\n"))
        #expect(ReportRenderer.render(session: session, format: .html).contains("<html lang=\"en\">"))
    }
}
