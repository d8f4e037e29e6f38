import SamenOpModel
import SamenOpText

/// The map as one self-contained SVG, laid out by ``MapLayout``: stage columns with their
/// labels, scene boxes that list their options (each option's edge leaves from its own line,
/// so an edge's label is where it starts), and a legend. Edges are drawn under the boxes.
///
/// Used on its own (`samenop graph --format svg`), in the map page, in the proofing copy and
/// in the HTML report's map section. Every box is a `rect` with `class="node"`, so a test
/// (or a reviewer's script) can read the coordinates back.
package enum SVGWriter {
    package static let overlayColor = "#b03a2e"

    package static func write(_ map: ScenarioMap, _ l: Localizer, layout: MapLayout? = nil) -> String {
        let layout = layout ?? MapLayout(map)
        let legendHeight = 30.0
        let width = layout.width, height = layout.height + legendHeight
        var out = """
        <svg xmlns="http://www.w3.org/2000/svg" class="samenop-map" viewBox="0 0 \(n(width)) \(n(height))" \
        width="\(n(width))" height="\(n(height))" font-family="Helvetica, Arial, sans-serif" font-size="8.5">
        <title>\(l(.reportMapTitle, map.title).htmlEscaped)</title>
        <defs><marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerUnits="userSpaceOnUse" markerWidth="6" markerHeight="6" orient="auto-start-reverse">\
        <path d="M0,0 L8,4 L0,8 z" fill="#555"/></marker>\
        <marker id="arrow-taken" viewBox="0 0 8 8" refX="7" refY="4" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto-start-reverse">\
        <path d="M0,0 L8,4 L0,8 z" fill="\(overlayColor)"/></marker></defs>

        """
        for stage in Stage.allCases {
            let x = MapLayout.columnX(stage.order)
            out += "<rect class=\"map-column\" x=\"\(n(x - 4))\" y=\"4\" width=\"\(n(MapLayout.nodeWidth + 8))\" height=\"\(n(layout.height - 6))\" rx=\"4\" fill=\"\(stage.order % 2 == 0 ? "#f4f4f1" : "#fafaf8")\"/>\n"
            out += "<text class=\"map-stage\" x=\"\(n(x + MapLayout.nodeWidth / 2))\" y=\"22\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"9.5\">\(l.label(stage).htmlEscaped)</text>\n"
        }
        out += edges(map, layout)
        for box in layout.boxes { out += node(box, layout, map, l) }
        out += legend(map, l, y: layout.height + 4)
        return out + "</svg>\n"
    }

    private static func edges(_ map: ScenarioMap, _ layout: MapLayout) -> String {
        var out = "<g class=\"map-edges\" fill=\"none\">\n", badges = ""
        for box in layout.boxes {
            for (k, option) in box.options.enumerated() {
                let edge = map.edges[option.edge]
                guard let targetIndex = layout.index[edge.to] else { continue }
                let target = layout.boxes[targetIndex]
                let sx = box.x + box.width, sy = layout.portY(box, option: k)
                let path: String
                if target.column > box.column {
                    let tx = target.x, ty = target.y + min(target.height / 2, 16)
                    let dx = max(10, (tx - sx) / 2)
                    path = "M\(n(sx)),\(n(sy)) C\(n(sx + dx)),\(n(sy)) \(n(tx - dx)),\(n(ty)) \(n(tx - 1)),\(n(ty))"
                } else {
                    // Back or within the column: around the right-hand side into the target's right edge.
                    let tx = target.x + target.width, ty = target.y + min(target.height / 2, 16)
                    let bulge = 14.0
                    path = "M\(n(sx)),\(n(sy)) C\(n(sx + bulge)),\(n(sy)) \(n(tx + bulge)),\(n(ty)) \(n(tx + 1)),\(n(ty))"
                }
                let steps = map.overlay?.steps(on: edge) ?? []
                var attributes = "stroke=\"#6b6b6b\" stroke-width=\"\(edge.expert ? "2.2" : "0.9")\" marker-end=\"url(#arrow)\""
                if edge.conditional { attributes += " stroke-dasharray=\"4 3\"" }
                var classes = "map-edge" + (edge.expert ? " expert" : "") + (edge.conditional ? " conditional" : "")
                if !steps.isEmpty {
                    let taken = steps.contains { !$0.undone }
                    classes += taken ? " taken" : " undone"
                    attributes = taken
                        ? "stroke=\"\(overlayColor)\" stroke-width=\"2.6\" marker-end=\"url(#arrow-taken)\""
                        : "stroke=\"#9a9a9a\" stroke-width=\"1.2\" stroke-dasharray=\"2 2\" opacity=\"0.5\" marker-end=\"url(#arrow)\""
                    for (j, step) in steps.enumerated() {
                        badges += badge(step, x: sx + 7 + Double(j) * 13, y: sy)
                    }
                }
                out += "<path class=\"\(classes)\" d=\"\(path)\" \(attributes)><title>\(edge.number). \(edge.text.htmlEscaped)</title></path>\n"
            }
        }
        return out + "</g>\n" + badges
    }

    private static func badge(_ step: ScenarioMap.Overlay.Step, x: Double, y: Double) -> String {
        let fill = step.undone ? "#ffffff" : overlayColor, text = step.undone ? "#8a8a8a" : "#ffffff"
        let opacity = step.undone ? " opacity=\"0.6\"" : ""
        return "<g class=\"map-step\(step.undone ? " undone" : "")\"\(opacity)><circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"6\" fill=\"\(fill)\" stroke=\"\(step.undone ? "#8a8a8a" : overlayColor)\"/>"
            + "<text x=\"\(n(x))\" y=\"\(n(y + 2.8))\" text-anchor=\"middle\" font-size=\"7.5\" font-weight=\"bold\" fill=\"\(text)\">\(step.number)</text></g>\n"
    }

    private static func node(_ box: MapLayout.Box, _ layout: MapLayout, _ map: ScenarioMap, _ l: Localizer) -> String {
        let node = box.node
        let visited = map.overlay?.visited.contains(node.id) ?? false
        let (fill, stroke): (String, String) = switch node.kind {
        case .scene: ("#ffffff", "#6b6b6b")
        case .planEnding: ("#e3f1e3", "#3d7a3d")
        case .followUpEnding: ("#f7f0d8", "#8a7a3a")
        case .acuteEnding: ("#f6e0dc", "#a5483a")
        }
        let strokeWidth = visited ? 2.4 : node.isStart ? 1.8 : 0.8
        let radius = node.kind == .scene ? 4.0 : 10.0
        var out = "<g class=\"map-scene \(node.kind.rawValue)\(visited ? " visited" : "")\" id=\"scene-\(node.id.htmlEscaped)\">"
        out += "<rect class=\"node\" x=\"\(n(box.x))\" y=\"\(n(box.y))\" width=\"\(n(box.width))\" height=\"\(n(box.height))\" rx=\"\(n(radius))\" fill=\"\(fill)\" stroke=\"\(visited ? overlayColor : stroke)\" stroke-width=\"\(n(strokeWidth))\"/>"
        if node.kind != .scene {
            out += "<rect x=\"\(n(box.x + 2.5))\" y=\"\(n(box.y + 2.5))\" width=\"\(n(box.width - 5))\" height=\"\(n(box.height - 5))\" rx=\"\(n(radius - 2))\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"0.5\"/>"
        }
        let x = box.x + 5
        var y = box.y + 4 + MapLayout.lineHeight * 0.8
        let id = MapText.shorten(node.id, to: MapLayout.charactersPerLine - (node.isStart ? 6 : 0))
        out += "<text x=\"\(n(x))\" y=\"\(n(y))\" font-weight=\"bold\">\(id.htmlEscaped)"
        if node.isStart { out += "<tspan fill=\"#6b6b6b\" font-weight=\"normal\"> ▸ \(l(.reportMapStart).htmlEscaped)</tspan>" }
        out += "</text>"
        y += MapLayout.lineHeight
        let meta = [node.time, node.phase.map { l.label($0) }].compactMap { $0 }.joined(separator: " · ")
        out += "<text x=\"\(n(x))\" y=\"\(n(y))\" fill=\"#6b6b6b\" font-size=\"7.5\">\(MapText.shorten(meta, to: 28).htmlEscaped)</text>"
        for line in box.excerpt {
            y += MapLayout.lineHeight
            out += "<text x=\"\(n(x))\" y=\"\(n(y))\" font-style=\"italic\" fill=\"#333\">\(line.htmlEscaped)</text>"
        }
        if !box.options.isEmpty {
            let lineY = box.y + 4 + Double(2 + box.excerpt.count) * MapLayout.lineHeight + 1
            out += "<line x1=\"\(n(box.x))\" y1=\"\(n(lineY))\" x2=\"\(n(box.x + box.width))\" y2=\"\(n(lineY))\" stroke=\"#dddddd\" stroke-width=\"0.6\"/>"
        }
        for (k, option) in box.options.enumerated() {
            let edge = map.edges[option.edge]
            let py = layout.portY(box, option: k) + 3
            let weight = edge.expert ? " font-weight=\"bold\"" : ""
            let style = edge.conditional ? " font-style=\"italic\"" : ""
            out += "<text class=\"map-option\" x=\"\(n(x))\" y=\"\(n(py))\" font-size=\"8\"\(weight)\(style)>\(option.text.htmlEscaped)</text>"
        }
        return out + "<title>\(node.id.htmlEscaped): \(node.excerpt.htmlEscaped)</title></g>\n"
    }

    private static func legend(_ map: ScenarioMap, _ l: Localizer, y: Double) -> String {
        var out = "<g class=\"map-legend\" font-size=\"8\">", x = MapLayout.margin
        let cy = y + 10
        func item(_ shape: String, _ label: String, width: Double) {
            out += shape + "<text x=\"\(n(x + 22))\" y=\"\(n(cy + 3))\">\(label.htmlEscaped)</text>"
            x += width
        }
        item("<rect x=\"\(n(x))\" y=\"\(n(cy - 5))\" width=\"18\" height=\"10\" rx=\"2\" fill=\"#fff\" stroke=\"#6b6b6b\" stroke-width=\"0.8\"/>", l(.reportMapLegendScene), width: 80)
        item("<rect x=\"\(n(x))\" y=\"\(n(cy - 5))\" width=\"18\" height=\"10\" rx=\"5\" fill=\"#e3f1e3\" stroke=\"#3d7a3d\"/>", l(.reportMapLegendPlanEnding), width: 130)
        item("<rect x=\"\(n(x))\" y=\"\(n(cy - 5))\" width=\"18\" height=\"10\" rx=\"5\" fill=\"#f7f0d8\" stroke=\"#8a7a3a\"/>", l(.reportMapLegendFollowUpEnding), width: 120)
        item("<rect x=\"\(n(x))\" y=\"\(n(cy - 5))\" width=\"18\" height=\"10\" rx=\"5\" fill=\"#f6e0dc\" stroke=\"#a5483a\"/>", l(.reportMapLegendAcuteEnding), width: 140)
        item("<line x1=\"\(n(x))\" y1=\"\(n(cy))\" x2=\"\(n(x + 18))\" y2=\"\(n(cy))\" stroke=\"#6b6b6b\" stroke-width=\"2.2\"/>", l(.reportMapLegendExpert), width: 110)
        item("<line x1=\"\(n(x))\" y1=\"\(n(cy))\" x2=\"\(n(x + 18))\" y2=\"\(n(cy))\" stroke=\"#6b6b6b\" stroke-dasharray=\"4 3\"/>", l(.reportMapLegendConditional), width: 130)
        if let overlay = map.overlay {
            item("<circle cx=\"\(n(x + 9))\" cy=\"\(n(cy))\" r=\"5\" fill=\"\(overlayColor)\"/>", l(.reportMapLegendStep, overlay.sessionID), width: 150)
            item("<circle cx=\"\(n(x + 9))\" cy=\"\(n(cy))\" r=\"5\" fill=\"#fff\" stroke=\"#8a8a8a\" opacity=\"0.6\"/>", l(.reportMapLegendUndone), width: 100)
        }
        return out + "</g>\n"
    }

    /// A coordinate with at most one decimal, without a trailing `.0`.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
