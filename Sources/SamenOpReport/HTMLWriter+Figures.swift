import SamenOpEngine

/// The report's pictures in SVG and HTML: the safety trajectory, the phase strip and the
/// core-question grid, drawn from the figures' data.
///
/// The chart and the strip share one horizontal scale, so the strip's cell for step N sits
/// under the line segment that step N produced.
extension HTMLWriter {
    /// Chart geometry, in SVG user units.
    enum Chart {
        static let width = 680.0
        static let height = 220.0
        static let left = 60.0
        static let right = 170.0
        static let top = 12.0
        static let bottom = 30.0
        static let stripHeight = 56.0
        /// Up to this many points (the start and 40 steps) each gets a dot and a label; beyond
        /// it they would crowd, so only every tenth step is labelled and the line stands alone.
        static let pointLimit = 41
        static var plotWidth: Double { width - left - right }
        static var plotHeight: Double { height - top - bottom }

        /// x of trajectory point `i` (0 = start) of `count` points.
        static func x(_ i: Int, of count: Int) -> Double {
            count <= 1 ? left + plotWidth / 2 : left + Double(i) * plotWidth / Double(count - 1)
        }

        /// y of a safety value; the scale runs 0 (bottom) to 10 (top).
        static func y(_ value: Double) -> Double {
            top + (10 - min(max(value, 0), 10)) * plotHeight / 10
        }
    }

    /// A number for SVG attributes: at most one decimal, `.` as separator.
    static func num(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// The figure as HTML lines joined by newlines.
    static func figure(_ figure: ReportDocument.Figure) -> String {
        switch figure {
        case .trajectory(let chart):
            var lines = ["<figure class=\"chart-figure\">", safetyChart(chart)]
            if let strip = chart.strip { lines.append(phaseStrip(strip, points: chart.points.count)) }
            lines += ["<figcaption>\(esc(chart.caption))</figcaption>", "</figure>"]
            return lines.joined(separator: "\n")
        case .verdictKey(let keys):
            let items = keys.map {
                "<span class=\"key\"><span class=\"swatch v-\($0.verdict.rawValue)\">\(verdictMark($0.verdict))</span> \(esc($0.label))</span>"
            }
            return "<p class=\"legend\">" + items.joined(separator: " ") + "</p>"
        case .coreQuestions(let grid):
            return coreQuestionGrid(grid)
        }
    }

    /// The safety trajectory as a line chart over the scale 0-10, the phase bands shaded.
    static func safetyChart(_ chart: ReportDocument.SafetyChart) -> String {
        let count = chart.points.count
        var svg: [String] = []
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(num(Chart.width)) \(num(Chart.height))\" role=\"img\" aria-label=\"\(esc(chart.title))\">")
        for band in chart.bands {
            let upper = min(Double(band.range.upperBound) + 0.5, 10)
            let lower = max(Double(band.range.lowerBound) - 0.5, 0)
            let y = Chart.y(upper)
            let h = Chart.y(lower) - y
            svg.append("<rect class=\"band band-\(band.phase.rawValue)\" x=\"\(num(Chart.left))\" y=\"\(num(y))\" width=\"\(num(Chart.plotWidth))\" height=\"\(num(h))\"/>")
            svg.append("<text class=\"band-label\" x=\"\(num(Chart.left + Chart.plotWidth + 6))\" y=\"\(num(y + h / 2 + 4))\">\(esc(band.label))</text>")
        }
        for tick in stride(from: 0, through: 10, by: 2) {
            let y = Chart.y(Double(tick))
            svg.append("<line class=\"grid-line\" x1=\"\(num(Chart.left))\" y1=\"\(num(y))\" x2=\"\(num(Chart.left + Chart.plotWidth))\" y2=\"\(num(y))\"/>")
            svg.append("<text class=\"tick\" x=\"\(num(Chart.left - 8))\" y=\"\(num(y + 4))\" text-anchor=\"end\">\(tick)</text>")
        }
        let labelEvery = count <= Chart.pointLimit ? 1 : 10
        for (i, point) in chart.points.enumerated() where i % labelEvery == 0 || i == count - 1 {
            svg.append("<text class=\"tick\" x=\"\(num(Chart.x(i, of: count)))\" y=\"\(num(Chart.height - 10))\" text-anchor=\"middle\">\(esc(point.tick))</text>")
        }
        let points = chart.points.enumerated().map { "\(num(Chart.x($0.offset, of: count))),\(num(Chart.y(Double($0.element.value))))" }
        svg.append("<polyline class=\"trajectory\" points=\"\(points.joined(separator: " "))\"/>")
        if count <= Chart.pointLimit {
            for (i, point) in chart.points.enumerated() {
                svg.append("<circle class=\"point\" cx=\"\(num(Chart.x(i, of: count)))\" cy=\"\(num(Chart.y(Double(point.value))))\" r=\"3.5\"><title>\(esc(point.title)): \(point.value)</title></circle>")
            }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// The phase verdicts as a strip: one cell per step, under that step's segment of the
    /// chart of `points` points; below it a second row with the expert agreement, so that a
    /// verdict is never read alone; in a case review a third row sets now beside then. Every
    /// colour is neutral: none means "good".
    static func phaseStrip(_ strip: ReportDocument.PhaseStrip, points count: Int) -> String {
        var svg: [String] = []
        let height = Chart.stripHeight + (strip.thenLabel == nil ? 0 : 24)
        svg.append("<svg class=\"strip\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(num(Chart.width)) \(num(height))\" role=\"img\" aria-label=\"\(esc(strip.title))\">")
        svg.append("<text class=\"tick\" x=\"\(num(Chart.left - 8))\" y=\"20\" text-anchor=\"end\">\(esc(strip.rowLabel))</text>")
        svg.append("<text class=\"tick\" x=\"\(num(Chart.left - 8))\" y=\"44\" text-anchor=\"end\">\(esc(strip.expertLabel))</text>")
        if let then = strip.thenLabel {
            svg.append("<text class=\"tick\" x=\"\(num(Chart.left - 8))\" y=\"68\" text-anchor=\"end\">\(esc(then))</text>")
        }
        for (i, cell) in strip.cells.enumerated() {
            let x0 = Chart.x(i, of: count)
            let width = Chart.x(i + 1, of: count) - x0
            let kind = cell.agreement == .transition ? "transition" : cell.verdict.rawValue
            let mark = cell.agreement == .transition ? "→" : verdictMark(cell.verdict)
            svg.append("<rect class=\"cell v-\(kind)\" x=\"\(num(x0 + 0.5))\" y=\"6\" width=\"\(num(max(width - 1, 0.5)))\" height=\"20\"><title>\(esc(cell.title))</title></rect>")
            svg.append("<rect class=\"cell a-\(cell.agreement.rawValue)\" x=\"\(num(x0 + 0.5))\" y=\"30\" width=\"\(num(max(width - 1, 0.5)))\" height=\"20\"><title>\(esc(cell.title))</title></rect>")
            if width >= 14 {
                svg.append("<text class=\"cell-label\" x=\"\(num(x0 + width / 2))\" y=\"20\" text-anchor=\"middle\">\(mark)</text>")
                if let expert = agreementMark(cell.agreement) {
                    svg.append("<text class=\"cell-label agreement\" x=\"\(num(x0 + width / 2))\" y=\"44\" text-anchor=\"middle\">\(expert)</text>")
                }
            }
            // The then/now row of a case review: `=` same as then, `≠` different, in text so
            // that it reads in greyscale print.
            if strip.thenLabel != nil, let same = cell.sameAsThen {
                svg.append("<rect class=\"cell t-\(same ? "same" : "different")\" x=\"\(num(x0 + 0.5))\" y=\"54\" width=\"\(num(max(width - 1, 0.5)))\" height=\"20\"><title>\(esc(cell.title))</title></rect>")
                if width >= 14 {
                    svg.append("<text class=\"cell-label then\(same ? " same" : "")\" x=\"\(num(x0 + width / 2))\" y=\"68\" text-anchor=\"middle\">\(same ? "=" : "≠")</text>")
                }
            }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// The expert row's mark: `E` for an expert option taken, `–` for another option while an
    /// expert one was on screen, nothing otherwise.
    static func agreementMark(_ agreement: ExpertAgreement) -> String? {
        switch agreement {
        case .expert: "E"
        case .other: "–"
        case .noneShown, .transition: nil
        }
    }

    /// A one-character mark, already escaped, so that the strip also reads in black and white.
    static func verdictMark(_ verdict: PhaseVerdict) -> String {
        switch verdict {
        case .aligned: "="
        case .ahead: "&gt;"
        case .behind: "&lt;"
        case .untagged: "·"
        }
    }

    /// The core questions by stage: each cell lists the steps in that stage that worked on the
    /// question; the first coverage is bold, the cell of a 4-before-3 order issue is marked.
    static func coreQuestionGrid(_ grid: ReportDocument.CoreQuestionGrid) -> String {
        var html: [String] = []
        html.append("<table class=\"grid\">")
        html.append("<thead><tr><th>\(esc(grid.stageHeader))</th>")
        for question in grid.questions {
            html.append("<th class=\"q\"><span class=\"qn\">\(question.number)</span> \(esc(question.label))</th>")
        }
        html.append("</tr></thead>")
        html.append("<tbody>")
        for row in grid.rows {
            html.append("<tr><th>\(esc(row.stage))</th>")
            for cell in row.cells {
                var classes = ["cell"]
                if !cell.steps.isEmpty { classes.append("hit") }
                if cell.isIssue { classes.append("issue") }
                let content = cell.steps.map { $0 == cell.first ? "<strong>\($0)</strong>" : String($0) }
                html.append("<td class=\"\(classes.joined(separator: " "))\">\(content.joined(separator: ", "))</td>")
            }
            html.append("</tr>")
        }
        html.append("</tbody></table>")
        html.append("<p class=\"small\">\(esc(grid.boldKey))</p>")
        return html.joined(separator: "\n")
    }
}
