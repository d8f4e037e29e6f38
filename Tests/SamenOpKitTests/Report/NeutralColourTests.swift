import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// Trainer trial finding 13: a session full of pitfalls looked all green. The verdict colours
/// are now neutral, and nothing in the HTML report is green.
@Suite("Neutral colours")
struct NeutralColourTests {
    /// Every colour written as `#rgb` or `#rrggbb` in `html`.
    static func colours(in html: String) -> [(r: Int, g: Int, b: Int, text: String)] {
        let regex = try! NSRegularExpression(pattern: "#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b")
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { match in
            guard let r = Range(match.range(at: 1), in: html) else { return nil }
            var hex = String(html[r])
            if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
            guard let value = Int(hex, radix: 16) else { return nil }
            return ((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, "#" + String(html[r]))
        }
    }

    /// Green: the green channel clearly above both others.
    static func isGreen(_ c: (r: Int, g: Int, b: Int, text: String)) -> Bool { c.g > c.r + 12 && c.g > c.b + 12 }

    @Test("a session of phase-aligned poor choices shows no green anywhere in the HTML report")
    func noGreen() throws {
        // Every choice taken is in the situation's phase, not expert, and carries a pitfall.
        let session = try Playthrough.play(DecisionScoringTests.yaml, [2, 1, 1])
        let r = Reflection(session: session)
        #expect(r.steps.filter(\.isDecision).allSatisfy { $0.verdict == .aligned && $0.expertAgreement == .other })
        let html = ReportRenderer.render(session: session, format: .html, language: .nl)
        let colours = Self.colours(in: html)
        #expect(colours.count > 20)
        #expect(colours.filter(Self.isGreen).map(\.text) == [])
        for word in ["green", "lime", "rgb(", "hsl("] { #expect(!html.lowercased().contains(word)) }
        // The strip draws the expert row beside the verdicts: "–" where another option was taken.
        #expect(html.components(separatedBy: "y=\"44\" text-anchor=\"middle\">–</text>").count - 1 == 2)
    }

    @Test("the colour test itself tells green from the neutral colours")
    func detector() {
        #expect(Self.isGreen((0x5f, 0x9a, 0x4f, "#5f9a4f")))
        #expect(Self.isGreen((0xdc, 0xeb, 0xd6, "#dcebd6")))
        #expect(!Self.isGreen((0x6e, 0x7f, 0x91, "#6e7f91")))
        #expect(Self.colours(in: "a #abc b #112233;").map(\.text) == ["#abc", "#112233"])
    }
}
