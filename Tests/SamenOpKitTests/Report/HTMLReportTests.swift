import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("HTMLReport")
struct HTMLReportTests {
    /// The values of `name="..."` attributes on elements whose tag starts with `prefix`.
    func attribute(_ name: String, in html: String, tag prefix: String) -> [String] {
        html.components(separatedBy: "<" + prefix).dropFirst().compactMap { part in
            guard let start = part.range(of: " \(name)=\"") else { return nil }
            let rest = part[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    @Test("the chart's line has one point per trajectory value, inside the viewBox and in step order")
    func chart() throws {
        let session = try ReportFixtures.selfStudy()
        let html = ReportRenderer.render(session: session, format: .html)
        let points = try #require(attribute("points", in: html, tag: "polyline class=\"trajectory\"").first)
            .split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
        let trajectory = Reflection(session: session).trajectory
        #expect(points.count == trajectory.count)
        #expect(points.allSatisfy { $0.count == 2 && (0...HTMLWriter.Chart.width).contains($0[0]) && (0...HTMLWriter.Chart.height).contains($0[1]) })
        #expect(points.map { $0[0] } == points.map { $0[0] }.sorted())
        // A higher safety value is drawn higher (smaller y).
        for (a, b) in zip(zip(points, trajectory), zip(points, trajectory).dropFirst()) where a.1 < b.1 {
            #expect(a.0[1] > b.0[1])
        }
        #expect(html.contains("viewBox=\"0 0 680 220\""))
        #expect(html.components(separatedBy: "<rect class=\"band ").count - 1 == 4)
    }

    @Test("the phase strip has one cell per step, coloured by verdict")
    func strip() throws {
        let html = ReportRenderer.render(session: try ReportFixtures.selfStudy(), format: .html)
        let cells = attribute("class", in: html, tag: "rect").filter { $0.hasPrefix("cell ") }
        // Each step: its verdict, then beside it whether an expert option was taken.
        #expect(cells == ["cell v-aligned", "cell a-expert", "cell v-ahead", "cell a-other", "cell v-ahead", "cell a-expert"])
    }

    @Test("the core-question grid has eight stages by five questions")
    func grid() throws {
        let html = ReportRenderer.render(session: try ReportFixtures.review(), format: .html)
        let table = try #require(html.components(separatedBy: "<table class=\"grid\">").dropFirst().first?
            .components(separatedBy: "</table>").first)
        let rows = table.components(separatedBy: "<tbody>")[1].components(separatedBy: "<tr>").dropFirst()
        #expect(rows.count == 8)
        #expect(rows.allSatisfy { $0.components(separatedBy: "<td class=\"cell").count - 1 == 5 })
        #expect(table.components(separatedBy: "<th class=\"q\">").count - 1 == 5)
        // The 4-before-3 cell is marked.
        #expect(table.contains("<td class=\"cell hit issue\"><strong>1</strong></td>"))
    }

    @Test("the file is self-contained, printable on A4, and escapes scenario text")
    func selfContained() throws {
        let html = ReportRenderer.render(session: try ReportFixtures.team(), format: .html, language: .en)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http") == false)
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("Vrijdagavond &lt;test&gt; &amp; &quot;ruzie&quot;"))
        #expect(html.contains("Toch samen &lt;gaan&gt;"))
        #expect(!html.contains("<gaan>"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }
}
