/// Writes a ``ReportDocument`` as Markdown, in the four parts of the reflection cycle.
///
/// Plain Markdown that reads well in a terminal as it is (short lines of labels, lists, small
/// tables) and renders well in any Markdown viewer for a debrief on a projector. Markdown
/// cannot draw, so it shows the document's ``ReportDocument/Block/textOnly(_:)`` alternatives and
/// skips its pictures; every block ends with one blank line.
public enum MarkdownWriter {
    /// The report as Markdown, ending in a newline.
    public static func render(_ document: ReportDocument) -> String {
        var out: [String] = ["# " + document.title, ""]
        out += document.meta.map { "- \($0.label): " + inline($0.value) }
        out.append("")
        for callout in document.callouts {
            out.append("> " + inline(callout.content))
            out.append("")
        }
        for section in document.sections {
            out.append("## " + section.title)
            out.append("")
            for block in section.blocks { write(block, &out) }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// Inline text with Markdown's emphasis; see ``ReportDocument/Inline`` for what each shows.
    static func inline(_ parts: [ReportDocument.Inline]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .strong(let text): "**\(text)**"
            case .code(let text): "`\(text)`"
            case .digest(let text): text
            case .vocabularyID(let id): " (`\(id)`)"
            case .quote(let text): "\"\(text)\""
            case .struck(let parts): inline(parts)
            }
        }.joined()
    }

    /// "**label** (qualifier): text".
    static func field(_ field: ReportDocument.Field) -> String {
        "**\(field.label)**" + (field.qualifier.map { " (\($0))" } ?? "") + ": " + field.text
    }

    /// Appends `block` and the blank line after it. Blocks that hold blocks (subsections,
    /// panels, the timeline) leave the blank lines to their children; a picture, or a figure
    /// too large to show as text, appends nothing at all.
    static func write(_ block: ReportDocument.Block, _ out: inout [String]) {
        switch block {
        case .paragraph(let content, let style):
            switch style {
            case .stopped, .aside: out.append("_" + inline(content) + "_")
            case .plain, .structural: out.append(inline(content))
            }
        case .list(let list):
            for (i, item) in list.items.enumerated() {
                out.append((list.ordered ? "\(i + 1). " : "- ") + inline(item.content))
            }
        case .labelledLists(let lists):
            for (i, list) in lists.enumerated() {
                if i > 0 { out.append("") }
                out += [list.label + ":", ""] + list.items.map { "- " + inline($0) }
            }
        case .subsection(let subsection):
            out.append(String(repeating: "#", count: subsection.level) + " " + subsection.title)
            out.append("")
            for block in subsection.blocks { write(block, &out) }
            return
        case .panel(let blocks), .textOnly(let blocks):
            for block in blocks { write(block, &out) }
            return
        case .picturesOnly:
            return
        case .statement(let lead, let details):
            out += [lead] + details
        case .table(let table):
            out += tableLines(table.header, table.rows)
        case .figure(let figure):
            guard let lines = self.figure(figure) else { return }
            out += lines
        case .timeline(let entries):
            for entry in entries { timelineEntry(entry, &out) }
            return
        case .ending(let ending):
            out += ["### " + ending.title, "", ending.summary]
            if let outcome = ending.outcome { out += ["", field(outcome)] }
        case .notes(let notes):
            out += ["**\(notes.label)**:", ""] + notes.notes.map { "- " + ReportText.oneLine($0) }
        case .comparison(let comparison):
            out += ["### " + comparison.title, "", "- " + field(comparison.chosen)]
            for alternative in comparison.alternatives {
                out.append("- " + field(alternative.option))
                out += alternative.details.map { "  - \($0.label): \($0.text)" }
            }
        case .timings(let timings):
            out += timings.map { "- \($0.stepLabel): \($0.time)" }
        }
        out.append("")
    }

    static func timelineEntry(_ entry: ReportDocument.TimelineEntry, _ out: inout [String]) {
        out += ["### " + entry.title, ""]
        for paragraph in entry.scene { out += [paragraph, ""] }
        out.append("- " + field(entry.chosen))
        if let votes = entry.votes {
            out.append("- **\(votes.label)**:")
            out += votes.items.map { "  - " + inline($0) }
            if let dissent = votes.dissent { out.append("  - _\(dissent)_") }
        }
        if let notes = entry.notes {
            out.append("- **\(notes.label)**:")
            out += notes.notes.map { "  - " + ReportText.oneLine($0) }
        }
        if let feedback = entry.feedback { out.append("- " + field(feedback)) }
        if let then = entry.then { out.append("- _\(then.mark)_" + (then.done.map { " · " + field($0) } ?? "")) }
        let facts = entry.facts
        out.append("- **\(facts.safetyLabel)**: \(facts.safetyBefore) → \(facts.safetyAfter) · \(facts.phase) · \(facts.timeLabel): \(facts.time)")
        out.append("")
    }

    /// `| a | b |` rows under a header and its rule.
    static func tableLines(_ header: [String], _ rows: [[String]]) -> [String] {
        ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: header.count)]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
