import SamenOpEngine
import SamenOpReport

/// A third report format in one small file: plain text, no markup at all.
///
/// It exists to prove that adding a format costs a writer, not a copy: it sees only the
/// ``ReportDocument``, as the Markdown and HTML writers do, and shows every node. With
/// `pictures` it takes the picture alternatives (as HTML does), without them the text ones (as
/// Markdown does); figures are given as their data, one line per value.
struct PlainTextWriter {
    var pictures = false

    func render(_ document: ReportDocument) -> String {
        var out = [document.title, ""]
        out += document.meta.map { "\($0.label): " + inline($0.value) }
        out += document.callouts.map { inline($0.content) }
        for section in document.sections {
            out += ["", section.title.uppercased()]
            for block in section.blocks { write(block, &out) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func inline(_ parts: [ReportDocument.Inline]) -> String {
        parts.map { part in
            switch part {
            case .text(let text), .strong(let text), .code(let text), .digest(let text): text
            case .vocabularyID(let id): " [\(id)]"
            case .quote(let text): "'\(text)'"
            case .struck(let parts): "(" + inline(parts) + ")"
            }
        }.joined()
    }

    func field(_ field: ReportDocument.Field) -> String {
        field.label + (field.qualifier.map { " (\($0))" } ?? "") + ": " + field.text
    }

    func write(_ block: ReportDocument.Block, _ out: inout [String]) {
        switch block {
        case .paragraph(let content, _): out.append(inline(content))
        case .list(let list): out += list.items.enumerated().map { (list.ordered ? "\($0.offset + 1). " : "* ") + inline($0.element.content) }
        case .labelledLists(let lists): for list in lists { out.append(list.label); out += list.items.map { "* " + inline($0) } }
        case .subsection(let sub): out.append(sub.title); for block in sub.blocks { write(block, &out) }
        case .panel(let blocks): for block in blocks { write(block, &out) }
        case .textOnly(let blocks): if !pictures { for block in blocks { write(block, &out) } }
        case .picturesOnly(let blocks): if pictures { for block in blocks { write(block, &out) } }
        case .statement(let lead, let details): out += [lead] + details
        case .table(let table): out += ([table.header] + table.rows).map { $0.joined(separator: " / ") }
        case .figure(let figure): self.figure(figure, &out)
        case .timeline(let entries):
            for entry in entries {
                out += [entry.title] + entry.scene + [field(entry.chosen)]
                if pictures, entry.scene.count > 1 { out.append(entry.sceneMore) }
                if let votes = entry.votes { out.append(votes.label); out += votes.items.map { "* " + inline($0) }; out += votes.dissent.map { [$0] } ?? [] }
                if let notes = entry.notes { out.append(notes.label); out += notes.notes }
                out += [entry.feedback].compactMap { $0.map(field) }
                if let then = entry.then { out.append(then.mark); out += then.done.map { [field($0)] } ?? [] }
                let facts = entry.facts
                out.append("\(facts.safetyLabel): \(facts.safetyBefore) -> \(facts.safetyAfter); \(facts.timeLabel): \(facts.time); \(facts.phase)")
            }
        case .ending(let ending): out += [ending.title, ending.text] + (ending.outcome.map { [field($0)] } ?? [])
        case .notes(let notes): out.append(notes.label); out += notes.notes
        case .comparison(let comparison):
            out += [comparison.title, field(comparison.chosen)]
            for alternative in comparison.alternatives { out.append(field(alternative.option)); out += alternative.details.map { "  \($0.label): \($0.text)" } }
        case .timings(let timings): out += timings.map { "\($0.stepLabel): \($0.time)" }
        }
    }

    func figure(_ figure: ReportDocument.Figure, _ out: inout [String]) {
        switch figure {
        case .trajectory(let chart):
            out += [chart.title, chart.caption, chart.points.map { "\($0.tick) \($0.title): \($0.value)" }.joined(separator: "; ")]
            out += chart.bands.map(\.label)
            if let strip = chart.strip { out += [strip.title, strip.rowLabel, strip.expertLabel] + strip.cells.map(\.title) }
        case .verdictKey(let keys): out += keys.map(\.label)
        case .coreQuestions(let grid):
            out += [grid.starredKey, grid.boldKey, grid.stageHeader] + grid.questions.map { "\($0.number). \($0.label)" }
            out += grid.rows.map { row in row.stage + ": " + row.cells.map { $0.steps.map(String.init).joined(separator: ",") }.joined(separator: " | ") }
        }
    }
}
