/// The report's pictures as text: the trajectory as a small text chart, the core-question grid
/// as a table with the first coverage starred. The phase strip needs no text form here: the
/// phase table under the phase heading holds the same verdicts.
extension MarkdownWriter {
    /// Beyond this many points (the start and 40 steps) the text chart would not fit a
    /// terminal line, so it is left out; the sentence above it gives start and end.
    static let sparklineLimit = 41

    /// The figure's lines, or `nil` when it has no text form.
    static func figure(_ figure: ReportDocument.Figure) -> [String]? {
        switch figure {
        case .trajectory(let chart):
            guard chart.points.count <= sparklineLimit else { return nil }
            return ["```"] + sparkline(chart.points.map(\.value)) + ["```"]
        case .verdictKey:
            return nil
        case .coreQuestions(let grid):
            var lines = grid.questions.map { "\($0.number). \($0.label)" }
            lines += ["", grid.starredKey, ""]
            let rows = grid.rows.map { row in
                [row.stage] + row.cells.map { cell in
                    cell.steps.isEmpty ? "·" : cell.steps.map { $0 == cell.first ? "\($0)*" : "\($0)" }.joined(separator: ", ")
                }
            }
            return lines + tableLines([grid.stageHeader] + grid.questions.map { String($0.number) }, rows)
        }
    }

    /// The trajectory as a small text chart: one column per value, rows 10 down to 0. Steps
    /// are numbered under their column, a step from 10 on with its tens digit on a line above
    /// its units (`1` over `2` is step 12), so no label reads as another step.
    static func sparkline(_ values: [Int]) -> [String] {
        var lines: [String] = []
        for level in stride(from: 10, through: 0, by: -1) {
            let label = level < 10 ? " \(level)" : "\(level)"
            let row = values.map { $0 == level ? "●" : ($0 > level ? "│" : " ") }.joined(separator: " ")
            lines.append(String("\(label) ┤ \(row)".reversed().drop { $0 == " " }.reversed()))
        }
        if values.count > 10 {
            let tens = values.indices.map { $0 >= 10 ? String($0 / 10) : " " }.joined(separator: " ")
            lines.append(String(("     " + tens).reversed().drop { $0 == " " }.reversed()))
        }
        lines.append("     " + values.indices.map { $0 == 0 ? "S" : String($0 % 10) }.joined(separator: " "))
        return lines
    }
}
