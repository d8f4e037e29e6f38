import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpMap

/// The map of every bundled scenario: DOT that Graphviz accepts, an SVG that is well-formed
/// XML with no two scene boxes overlapping, and goldens for two scenarios.
@Suite("Scenario map")
struct MapTests {
    static let folder = BundledScenarioTests.folder
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let dot: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func scenario(_ name: String) throws -> Scenario {
        let result = ScenarioLoader.load(path: folder + "/" + name)
        return try #require(result.scenario, "\(name) did not load")
    }

    /// The `rect class="node"` boxes of an SVG, read back with Foundation's XML parser.
    final class Boxes: NSObject, XMLParserDelegate {
        var rects: [(x: Double, y: Double, width: Double, height: Double)] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            guard name == "rect", attributes["class"] == "node" else { return }
            rects.append((Double(attributes["x"]!)!, Double(attributes["y"]!)!,
                          Double(attributes["width"]!)!, Double(attributes["height"]!)!))
        }
    }

    @Test("every bundled scenario's SVG map is well-formed XML, with one box per scene and no two boxes overlapping",
          arguments: BundledScenarioTests.names)
    func svgBoxesDoNotOverlap(_ name: String) throws {
        let scenario = try Self.scenario(name)
        let svg = SVGWriter.write(ScenarioMap(scenario), Localizer(scenario.language))
        let parser = XMLParser(data: Data(svg.utf8))
        let boxes = Boxes()
        parser.delegate = boxes
        #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(boxes.rects.count == scenario.scenes.count)
        for i in boxes.rects.indices {
            for j in boxes.rects.indices where j > i {
                let a = boxes.rects[i], b = boxes.rects[j]
                let apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
                #expect(apart, "\(name): box \(i) \(a) overlaps box \(j) \(b)")
            }
        }
        // Columns follow the mantra: a box's x is its stage's column.
        let layout = MapLayout(ScenarioMap(scenario))
        for box in layout.boxes { #expect(box.x == MapLayout.columnX(box.node.stage.order)) }
        // Printable on A4 landscape at about its natural size (about 1,100 units across 277 mm).
        #expect(layout.width <= 1_080)
    }

    @Test("every bundled scenario's DOT passes `dot -Tsvg`", arguments: BundledScenarioTests.names)
    func dotAcceptsTheGraph(_ name: String) throws {
        let dot = try #require(Self.dot, "Graphviz `dot` is not installed (.ci/setup installs it)")
        let scenario = try Self.scenario(name)
        let text = DOTWriter.write(ScenarioMap(scenario), Localizer(scenario.language))
        // Files, not pipes: a blocking read on a pipe would hold one of the few threads the
        // parallel tests share.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-dot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("map.dot"), output = folder.appendingPathComponent("map.svg")
        let errors = folder.appendingPathComponent("errors.txt")
        try text.write(to: input, atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", input.path, "-o", output.path]
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let stderr = try String(contentsOf: errors, encoding: .utf8)
        let svg = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "\(name): \(stderr)")
        #expect(stderr.isEmpty, "\(name): \(stderr)")
        #expect(svg.contains("<svg"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test("golden DOT, Mermaid and SVG maps of two bundled scenarios",
          arguments: ["middag-na-school", "a-teenager-calls-112"])
    func goldens(_ id: String) throws {
        let scenario = try Self.scenario(id + ".yaml")
        let l = Localizer(scenario.language)
        let map = ScenarioMap(scenario)
        for (ext, text) in [("dot", DOTWriter.write(map, l)), ("mmd", MermaidWriter.write(map, l)), ("svg", SVGWriter.write(map, l))] {
            let url = Self.goldenFolder.appendingPathComponent("\(id).\(ext)")
            if ProcessInfo.processInfo.environment["SAMENOP_RECORD"] == "1" {
                try text.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let golden = try String(contentsOf: url, encoding: .utf8)
            #expect(text == golden, "\(id).\(ext) differs from the golden; after an intended change run SAMENOP_RECORD=1 swift test --filter MapTests")
        }
    }

    @Test("the map shows kinds: endings by their stage, expert and conditional options, the start")
    func kinds() throws {
        let scenario = try Self.scenario("middag-na-school.yaml")
        let map = ScenarioMap(scenario)
        #expect(map.nodes.filter(\.isStart).map(\.id) == [scenario.start.value])
        for node in map.nodes {
            let scene = try #require(scenario.scene(node.id))
            let expected: ScenarioMap.NodeKind = !scene.isEnd ? .scene : scene.stage.value == .veiligheidsplan ? .planEnding : scene.stage.value == .opvolgen ? .followUpEnding : .acuteEnding
            #expect(node.kind == expected)
        }
        #expect(map.edges.count == scenario.scenes.reduce(0) { $0 + $1.choices.count })
        #expect(map.edges.filter(\.expert).count == scenario.scenes.flatMap(\.choices).filter(\.expert).count)
        #expect(map.edges.filter(\.conditional).count == scenario.scenes.flatMap(\.choices).filter { $0.condition != nil }.count)
    }

    @Test("the Mermaid flowchart names nodes n0, n1, ... and escapes quotes and angle brackets in labels")
    func mermaidEscapes() {
        #expect(MermaidWriter.escape("a \"b\" <c> #1") == "a #quot;b#quot; #lt;c#gt; #35;1")
        #expect(DOTWriter.quote("a \"b\"\\\nc") == "\"a \\\"b\\\"\\\\\\nc\"")
    }

    @Test("labels are shortened at a word with an ellipsis")
    func shortening() {
        #expect(MapText.shorten("Je belt de politie en vraagt om een eenheid", to: 20) == "Je belt de politie…")
        #expect(MapText.shorten("kort", to: 20) == "kort")
        #expect(MapText.lines("een twee drie vier vijf zes zeven", width: 10, lines: 2) == ["een twee", "drie vier…"])
    }
}
