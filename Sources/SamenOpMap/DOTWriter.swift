import SamenOpModel
import SamenOpText

/// The map in Graphviz DOT, for authors who want Graphviz's own layout or another tool that
/// reads DOT (Yarn Spinner exports its graphs the same way).
///
/// Scenes are boxes grouped per stage (a cluster each, left to right), endings are octagons
/// (double for a good ending), expert options are heavier, conditional ones dashed. Every id
/// and label is quoted, so any scene id is valid DOT.
package enum DOTWriter {
    /// Characters of an option's text on its edge.
    static let edgeLabelLength = 40

    package static func write(_ map: ScenarioMap, _ l: Localizer) -> String {
        var out = "digraph \(quote(map.scenarioID)) {\n"
        out += "  label=\(quote(map.title)); labelloc=t; fontname=\"Helvetica\";\n"
        out += "  rankdir=LR; newrank=true; nodesep=0.25; ranksep=0.6;\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=10];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n"
        let visited = Set(map.overlay?.visited ?? [])
        for stage in Stage.allCases {
            let nodes = map.nodes.filter { $0.stage == stage }
            guard !nodes.isEmpty else { continue }
            out += "  subgraph \(quote("cluster_" + stage.rawValue)) {\n"
            out += "    label=\(quote(l.label(stage))); style=\"rounded\"; color=\"#cccccc\";\n"
            for node in nodes {
                out += "    \(quote(node.id)) [\(nodeAttributes(node, visited: visited.contains(node.id), l))];\n"
            }
            out += "  }\n"
        }
        for edge in map.edges {
            out += "  \(quote(edge.from)) -> \(quote(edge.to)) [\(edgeAttributes(edge, map.overlay))];\n"
        }
        return out + "}\n"
    }

    private static func nodeAttributes(_ node: ScenarioMap.Node, visited: Bool, _ l: Localizer) -> String {
        var attributes = ["label=\(quote(MapLabel.lines(node, l).joined(separator: "\n")))"]
        switch node.kind {
        case .scene: break
        case .planEnding: attributes += ["shape=doubleoctagon", "fillcolor=\"#e3f1e3\""]
        case .followUpEnding: attributes += ["shape=octagon", "fillcolor=\"#f7f0d8\""]
        case .acuteEnding: attributes += ["shape=octagon", "fillcolor=\"#f6e0dc\""]
        }
        if node.isStart { attributes.append("penwidth=2.5") }
        if visited { attributes += ["color=\"#b03a2e\"", "penwidth=2.5"] }
        return attributes.joined(separator: ", ")
    }

    private static func edgeAttributes(_ edge: ScenarioMap.Edge, _ overlay: ScenarioMap.Overlay?) -> String {
        var label = MapText.shorten("\(edge.number). \(edge.text)", to: edgeLabelLength)
        var attributes: [String] = []
        var styles: [String] = []
        if edge.expert { attributes.append("penwidth=2.5") }
        if edge.conditional { styles.append("dashed") }
        if let steps = overlay?.steps(on: edge), !steps.isEmpty {
            label = "[" + steps.map { "\($0.number)" }.joined(separator: ",") + "] " + label
            if steps.contains(where: { !$0.undone }) {
                attributes.removeAll { $0.hasPrefix("penwidth=") }
                attributes += ["color=\"#b03a2e\"", "fontcolor=\"#b03a2e\"", "penwidth=3"]
            } else {
                attributes += ["color=\"#bbbbbb\"", "fontcolor=\"#999999\""]
                styles.append("dotted")
            }
        }
        if !styles.isEmpty { attributes.append("style=\(quote(styles.joined(separator: ",")))") }
        return (["label=\(quote(label))"] + attributes).joined(separator: ", ")
    }

    /// A DOT double-quoted string.
    static func quote(_ text: String) -> String {
        var out = "\""
        for c in text {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}

/// The lines of a node's label in the text formats: the id, its stage and time, and the start
/// of its text.
package enum MapLabel {
    static let excerptLength = 48

    package static func lines(_ node: ScenarioMap.Node, _ l: Localizer) -> [String] {
        let stage = [l.label(node.stage), node.time].compactMap { $0 }.joined(separator: " · ")
        return [node.id, stage, MapText.shorten(node.excerpt, to: excerptLength)]
    }
}
