import SamenOpModel
import SamenOpText

/// The map as a Mermaid `flowchart`, which GitHub, GitLab and many wikis draw from a code
/// block: the easiest way to put a scenario's map in a review document.
///
/// Scene ids may hold characters Mermaid reads as syntax, so nodes are named `n0`, `n1`, ...
/// in authored order and the id is the first line of the label. Labels are quoted, and `"`,
/// `<` and `>` written as Mermaid's entity codes. Stages are subgraphs; expert options are
/// thick links (`==>`), conditional ones dotted (`-.->`).
package enum MermaidWriter {
    static let edgeLabelLength = 40

    package static func write(_ map: ScenarioMap, _ l: Localizer) -> String {
        var names: [String: String] = [:]
        for (i, node) in map.nodes.enumerated() where names[node.id] == nil { names[node.id] = "n\(i)" }
        var out = "---\ntitle: \"\(escape(map.title))\"\n---\nflowchart LR\n"
        for stage in Stage.allCases {
            let nodes = map.nodes.filter { $0.stage == stage }
            guard !nodes.isEmpty else { continue }
            out += "  subgraph stage_\(stage.order)[\"\(escape(l.label(stage)))\"]\n"
            for node in nodes {
                let label = "\"" + MapLabel.lines(node, l).map(escape).joined(separator: "<br/>") + "\""
                let shape: String = switch node.kind {
                case .scene: "(\(label))"
                case .planEnding, .followUpEnding: "([\(label)])"
                case .acuteEnding: "{{\(label)}}"
                }
                out += "    \(names[node.id]!)\(shape)\n"
            }
            out += "  end\n"
        }
        var styles: [String] = []
        for (i, edge) in map.edges.enumerated() {
            guard let from = names[edge.from], let to = names[edge.to] else { continue }
            let arrow = edge.conditional ? "-.->" : edge.expert ? "==>" : "-->"
            var label = MapText.shorten("\(edge.number). \(edge.text)", to: edgeLabelLength)
            if let steps = map.overlay?.steps(on: edge), !steps.isEmpty {
                label = "[" + steps.map { "\($0.number)" }.joined(separator: ",") + "] " + label
                let color = steps.contains { !$0.undone } ? "stroke:#b03a2e,stroke-width:3px" : "stroke:#bbbbbb"
                styles.append("  linkStyle \(i) \(color)")
            } else if edge.expert && edge.conditional {
                styles.append("  linkStyle \(i) stroke-width:3px")
            }
            out += "  \(from) \(arrow)|\"\(escape(label))\"| \(to)\n"
        }
        out += styles.map { $0 + "\n" }.joined()
        out += "  classDef plan fill:#e3f1e3\n  classDef followup fill:#f7f0d8\n  classDef acute fill:#f6e0dc\n  classDef start stroke-width:3px\n"
        out += "  classDef visited stroke:#b03a2e,stroke-width:3px\n"
        let visited = Set(map.overlay?.visited ?? [])
        for (className, test) in [("plan", { (n: ScenarioMap.Node) in n.kind == .planEnding }),
                                  ("followup", { $0.kind == .followUpEnding }), ("acute", { $0.kind == .acuteEnding }),
                                  ("start", { $0.isStart }),
                                  ("visited", { visited.contains($0.id) })] {
            let members = map.nodes.filter(test).compactMap { names[$0.id] }
            if !members.isEmpty { out += "  class \(members.joined(separator: ",")) \(className)\n" }
        }
        return out
    }

    /// Text for inside a quoted Mermaid label.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "#": out += "#35;"
            default: out.append(c)
            }
        }
        return out
    }
}
