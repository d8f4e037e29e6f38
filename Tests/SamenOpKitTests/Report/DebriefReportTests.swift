import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport

/// The report as a debrief uses it (trainer trial, findings 26 and 32): the whole scene text,
/// who decides at each step, then beside now in a review, and the real team's own look-back at
/// the end of it. Played on the bundled past case `casus-baby-met-blauwe-plek` along its
/// recorded path, as a review and as a self-study.
@Suite("Report: for a debrief")
struct DebriefReportTests {
    static func session(_ mode: SessionMode) throws -> Session {
        let file = BundledReportTests.root.appendingPathComponent("Scenarios/casus-baby-met-blauwe-plek.yaml")
        let scenario = try #require(ScenarioLoader.load(path: file.path).scenario)
        var session = Session(scenario: scenario, header: Playthrough.header(scenario, id: "s-debrief", mode: mode))
        for (step, shown) in try #require(BundledReportTests.recordedPath("casus-baby-met-blauwe-plek")).enumerated() {
            try session.choose(shown: shown, at: Playthrough.time(Double(step + 1) * 45))
        }
        #expect(session.isFinished)
        return session
    }

    static func render(_ mode: SessionMode, _ format: ReportFormat, _ language: Language = .nl) throws -> String {
        ReportRenderer.render(session: try session(mode), format: format, language: language, timeZone: Golden.zone)
    }

    static let opening = "Ouders komen met hun zoon van vier maanden op de spoedeisende hulp omdat hij niet wil drinken."
    static let sceneEnd = "De baby is verder rustig, maar huilt als je zijn borstkas aanraakt."

    @Test("every step shows its whole scene text, never cut with an ellipsis, in Markdown and HTML")
    func wholeScene() throws {
        let markdown = try Self.render(.review, .md)
        #expect(markdown.contains("\n\n" + Self.opening))
        #expect(markdown.contains(Self.sceneEnd + "\n\n- **Gekozen** (optie 2)"))
        let html = try Self.render(.review, .html)
        #expect(html.contains("<p class=\"scene\">" + Self.opening))
        #expect(html.contains(Self.sceneEnd + "</p>\n<p class=\"chosen\">"))
        for line in markdown.split(separator: "\n") where !line.hasPrefix("-") && !line.hasPrefix("#") {
            #expect(!line.hasSuffix("…"), "\(line)")
        }
    }

    @Test("a scene of several paragraphs: all in Markdown, the first shown and the rest folded in HTML")
    func foldedParagraphs() throws {
        let document = ReportDocument(Reflection(session: try ReportFixtures.selfStudy()), localizer: Localizer(.en))
        guard case .timeline(let entries) = try #require(document.sections.first).blocks.first(where: {
            if case .timeline = $0 { true } else { false }
        }) else { Issue.record("no timeline"); return }
        #expect(entries.first?.scene == ["Een buurvrouw belt: ze hoort geschreeuw en een kind huilen. De politie is onderweg.", "Tweede alinea."])
        #expect(MarkdownWriter.render(document).contains("De politie is onderweg.\n\nTweede alinea.\n\n- **Chosen**"))
        #expect(HTMLWriter.render(document).contains("""
            De politie is onderweg.</p>
            <details class="scene-more"><summary>Read on</summary>
            <p class="scene">Tweede alinea.</p>
            </details>
            """))
    }

    @Test("each step heading names who decides, in both languages and both formats")
    func whoDecides() throws {
        #expect(try Self.render(.review, .md).contains("### Stap 1 · dag 1, 14:20 · Melding · beslissing voor: Kinderarts (ziekenhuis)\n"))
        #expect(try Self.render(.review, .html).contains("<h3>Stap 2 · dag 1, 16:00 · Eerste beoordeling · beslissing voor: Veilig Thuis</h3>"))
        #expect(try Self.render(.selfStudy, .md, .en).contains("### Step 8 · week 1 · Safety measures · decision for: Raad voor de Kinderbescherming\n"))
        #expect(try Self.render(.selfStudy, .html, .en).contains("<h3>Step 1 · dag 1, 14:20 · Report · decision for: Kinderarts (ziekenhuis)</h3>"))
        // A scene without a role names none.
        #expect(MarkdownWriter.render(ReportDocument(Reflection(session: try ReportFixtures.selfStudy()), localizer: Localizer(.nl)))
            .contains("### Stap 1 · vr 23:40 · Melding\n"))
    }

    @Test("a review marks each step as the same as then or different, in words, without repeating the choice")
    func thenNowMarks() throws {
        let markdown = try Self.render(.review, .md)
        // Step 1 was what was done then: its feedback says so, and the mark follows without the text again.
        #expect(markdown.contains("- **Feedback**: Zo ging het destijds, en zo zou het nu ook gaan. Een blauwe plek bij een baby die nog niet kan kruipen is altijd reden voor onderzoek; opnemen is hier veiligstellen.\n- _= hetzelfde als toen_\n- **Veiligheid**"))
        #expect(!markdown.contains("Toen is hetzelfde gedaan"))
        let reflection = Reflection(session: try Self.session(.review))
        let differing = reflection.steps.filter { $0.matchesActual == false }
        let same = reflection.steps.filter { $0.matchesActual == true }
        #expect(!differing.isEmpty && !same.isEmpty)
        #expect(markdown.components(separatedBy: "- _≠ anders dan toen_ · **Toen gedaan** (optie ").count - 1 == differing.count)
        #expect(markdown.components(separatedBy: "- _= hetzelfde als toen_\n").count - 1 == same.count)
        let marks = reflection.steps.compactMap { step in step.matchesActual.map { "\(step.index) \($0 ? "=" : "≠")" } }
        #expect(markdown.contains("Per stap (= hetzelfde als toen, ≠ anders): \(marks.joined(separator: " · "))\n"))
        let html = try Self.render(.review, .html, .en)
        #expect(html.components(separatedBy: "<p class=\"then same\"><span class=\"mark\">= same as then</span></p>").count - 1 == same.count)
        #expect(html.components(separatedBy: "<p class=\"then different\"><span class=\"mark\">≠ different from then</span> <strong>Done then</strong>").count - 1 == differing.count)
        // The strip's then/now row: one cell per compared step, its mark in text, and its key.
        #expect(html.contains("text-anchor=\"end\">Then</text>"))
        #expect(html.components(separatedBy: "<rect class=\"cell t-same\"").count - 1 == same.count)
        #expect(html.components(separatedBy: "<rect class=\"cell t-different\"").count - 1 == differing.count)
        #expect(html.components(separatedBy: "<text class=\"cell-label then\" ").count - 1 == differing.count)
        #expect(html.contains("<p class=\"small\">Row Then: = the same choice as was made then in the real case, ≠ a different choice.</p>"))
    }

    @Test("outside a review there are no then/now marks and no then row")
    func noThenOutsideReview() throws {
        let markdown = try Self.render(.selfStudy, .md), html = try Self.render(.selfStudy, .html)
        #expect(!markdown.contains("hetzelfde als toen") && !markdown.contains("Per stap (="))
        #expect(!html.contains("<rect class=\"cell t-") && !html.contains("<p class=\"then"))
        #expect(html.contains("viewBox=\"0 0 680 56\""))
    }

    @Test("a review ends with the real team's own look-back, as the REPL shows it at the ending; a self-study does not")
    func lookBack() throws {
        let markdown = try Self.render(.review, .md)
        #expect(markdown.hasSuffix("""
            ### Uit de casusanalyse van het team, achteraf

            Het team zag achteraf drie momenten waarop het anders had gekund: de verrijking op de eerste dag (het consultatiebureau was niet gebeld), de broer die pas na dagen werd gezien, en de gesprekken die drie keer werden gevoerd voor drie organisaties. Wat goed ging: de kinderarts hield de baby opgenomen en deed het volledige onderzoek.

            _Bron: Casusanalyse met de betrokken organisaties_

            """))
        let html = try Self.render(.review, .html, .en)
        #expect(html.hasSuffix("""
            <div class="block">
            <h3>Uit de casusanalyse van het team, achteraf</h3>
            <p>Het team zag achteraf drie momenten waarop het anders had gekund: de verrijking op de eerste dag (het consultatiebureau was niet gebeld), de broer die pas na dagen werd gezien, en de gesprekken die drie keer werden gevoerd voor drie organisaties. Wat goed ging: de kinderarts hield de baby opgenomen en deed het volledige onderzoek.</p>
            <p class="small">Source: Casusanalyse met de betrokken organisaties</p>
            </div>
            </section>
            </body>
            </html>

            """))
        #expect(!(try Self.render(.selfStudy, .md)).contains("Uit de casusanalyse van het team"))
    }
}
