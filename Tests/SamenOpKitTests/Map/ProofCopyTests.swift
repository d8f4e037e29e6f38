import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpMap

/// The proofing copy holds every word a reviewer must read.
@Suite("Proofing copy")
struct ProofCopyTests {
    @Test("the proofing copy of every bundled scenario holds every scene text, option text, feedback, outcome and card",
          arguments: BundledScenarioTests.names)
    func holdsEverything(_ name: String) throws {
        let scenario = try MapTests.scenario(name)
        let html = ProofCopy.html(scenario)
        var expected: [String] = []
        for scene in scenario.scenes {
            expected.append(scene.text.value)
            expected += [scene.prompt?.value, scene.outcome?.value].compactMap { $0 }
            for choice in scene.choices {
                expected.append(choice.text.value)
                if let feedback = choice.feedback?.value { expected.append(feedback) }
            }
        }
        expected += scenario.cards.flatMap { [$0.title.value, $0.text.value] }
        for text in expected {
            #expect(html.contains(text.htmlEscaped), "\(name): missing \(text.prefix(60))")
        }
        // Every scene once, as an anchor the options link to.
        for scene in scenario.scenes {
            #expect(html.components(separatedBy: "<article class=\"scene").count - 1 == scenario.scenes.count)
            #expect(html.contains("id=\"scene-\(scene.id)\""))
        }
        #expect(XMLParser(data: Data(ProofCopyTests.svg(in: html).utf8)).parse())
    }

    @Test("scenes come in story order: breadth-first from the start, options in authored order")
    func storyOrder() throws {
        let scenario = try MapTests.scenario("middag-na-school.yaml")
        let order = ProofCopy.storyOrder(scenario).scenes.map(\.id)
        #expect(order.first == scenario.start.value)
        #expect(Set(order) == Set(scenario.scenes.map(\.id)))
        let start = try #require(scenario.scene(scenario.start.value))
        let firstTargets = start.choices.map(\.goto.value).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        #expect(Array(order.dropFirst().prefix(firstTargets.count)) == firstTargets.filter { $0 != scenario.start.value })
    }

    static func svg(in html: String) -> String {
        guard let start = html.range(of: "<svg"), let end = html.range(of: "</svg>", options: .backwards) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
