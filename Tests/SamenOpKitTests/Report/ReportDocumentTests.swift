import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport

@Suite("ReportDocument")
struct ReportDocumentTests {
    /// The fixtures' sessions and the bundled scenarios along their recorded paths.
    static func sessions() throws -> [(String, Session)] {
        var sessions = [("self-study", try ReportFixtures.selfStudy()), ("team", try ReportFixtures.team()),
                        ("review", try ReportFixtures.review()), ("unfinished", try Playthrough.play(ScoringTests.twoStep(), [1]))]
        for file in BundledReportTests.scenarioFiles {
            guard let scenario = ScenarioLoader.load(path: file.path).scenario,
                  let path = BundledReportTests.recordedPath(scenario.id.value) else { continue }
            sessions.append((scenario.id.value, try Playthrough.play(scenario, path)))
        }
        return sessions
    }

    /// The words (two characters or more, with a letter), lower-cased: what a reader reads,
    /// without markup, numbers of axes or the text chart's `S`.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { $0.count > 1 && $0.contains(where: \.isLetter) }.map(String.init))
    }

    /// The text a browser shows: the body without tags, entities decoded.
    static func visibleText(_ html: String) -> String {
        let body = html.components(separatedBy: "<body>").last ?? html
        return body.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("a third writer of one small file renders the whole document: every word of the Markdown report is in its text form")
    func plainTextCarriesMarkdown() throws {
        for (name, session) in try Self.sessions() {
            for language in Language.allCases {
                let document = ReportDocument(Reflection(session: session), localizer: Localizer(language))
                let plain = Self.words(PlainTextWriter().render(document))
                let missing = Self.words(MarkdownWriter.render(document)).subtracting(plain)
                #expect(missing.isEmpty, "\(name) \(language): \(missing.sorted())")
            }
        }
    }

    @Test("the same writer, taking the picture alternatives, holds every word of the HTML page, its chart labels included")
    func plainTextCarriesHTML() throws {
        for (name, session) in try Self.sessions() {
            for language in Language.allCases {
                let document = ReportDocument(Reflection(session: session), localizer: Localizer(language))
                let plain = Self.words(PlainTextWriter(pictures: true).render(document))
                let missing = Self.words(Self.visibleText(HTMLWriter.render(document))).subtracting(plain)
                #expect(missing.isEmpty, "\(name) \(language): \(missing.sorted())")
            }
        }
    }

    @Test("the renderer writes the document it builds: the entry point and the writers give the same bytes")
    func rendererUsesTheDocument() throws {
        let session = try ReportFixtures.team()
        let document = ReportDocument(Reflection(session: session), localizer: Localizer(.en))
        #expect(ReportRenderer.render(session: session, format: .md, language: .en) == MarkdownWriter.render(document))
        #expect(ReportRenderer.render(session: session, format: .html, language: .en) == HTMLWriter.render(document))
    }

    @Test("the document holds text and data, never markup; scenario text stays as written")
    func noMarkup() throws {
        let document = ReportDocument(Reflection(session: try ReportFixtures.team()), localizer: Localizer(.en))
        for pictures in [false, true] {
            let plain = PlainTextWriter(pictures: pictures).render(document)
            for markup in ["<p", "</", "<svg", "<strong", "**", "`", "&amp;", "&lt;", "| ---", "```"] {
                #expect(!plain.contains(markup), "\(markup)")
            }
            #expect(plain.contains("Vrijdagavond <test> & \"ruzie\""))
        }
    }

    @Test("the figures are data: one chart point per trajectory value, one strip cell per step, eight stages by five questions")
    func figuresAreData() throws {
        let reflection = Reflection(session: try ReportFixtures.review())
        let document = ReportDocument(reflection, localizer: Localizer(.nl))
        var figures: [ReportDocument.Figure] = []
        func collect(_ blocks: [ReportDocument.Block]) {
            for block in blocks {
                switch block {
                case .figure(let figure): figures.append(figure)
                case .panel(let blocks), .textOnly(let blocks), .picturesOnly(let blocks): collect(blocks)
                case .subsection(let sub): collect(sub.blocks)
                default: break
                }
            }
        }
        collect(document.sections.flatMap(\.blocks))
        let charts = figures.compactMap { if case .trajectory(let chart) = $0 { chart } else { nil } }
        // The same chart twice: drawn (HTML) and as a text chart (Markdown).
        #expect(charts.count == 2 && charts[0] == charts[1])
        let chart = try #require(charts.first)
        #expect(chart.points.map(\.value) == reflection.trajectory)
        #expect(chart.strip?.cells.map(\.verdict) == reflection.steps.map(\.verdict))
        #expect(chart.bands.map(\.phase) == Phase.allCases)
        let grid = try #require(figures.compactMap { if case .coreQuestions(let grid) = $0 { grid } else { nil } }.first)
        #expect(grid.rows.count == Stage.allCases.count && grid.rows.allSatisfy { $0.cells.count == 5 })
        #expect(grid.rows.flatMap(\.cells).filter(\.isIssue).map(\.steps) == [[1]])
    }

    @Test("the four parts come in the order of the reflection cycle, each once")
    func sections() throws {
        let document = ReportDocument(Reflection(session: try ReportFixtures.selfStudy()), localizer: Localizer(.en))
        #expect(document.sections.map(\.id) == [.happened, .mirror, .other, .questions])
        #expect(document.sections.map(\.title) == ["1. What happened", "2. Mirror", "3. Other choices", "4. Reflection questions"])
    }
}
