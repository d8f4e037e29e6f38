/// The blocks of the document as HTML elements; a panel is a `div.block` that printing keeps
/// on one page, a step of the timeline an `li` coloured by its phase verdict.
extension HTMLWriter {
    static func write(_ block: ReportDocument.Block, _ out: inout [String]) {
        switch block {
        case .paragraph(let content, let style):
            let classes: String? = switch style {
            case .plain: nil
            case .stopped: "stopped"
            case .aside: "small"
            case .structural(let reached): reached ? "reached" : "not-reached"
            }
            out.append("<p\(classes.map { " class=\"\($0)\"" } ?? "")>\(inline(content))</p>")
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            out.append(list.role == .thenNow ? "<\(tag) class=\"then-now\">" : "<\(tag)>")
            out += items(list.items)
            out.append("</\(tag)>")
        case .labelledLists(let lists):
            // Consecutive lists share a line at the seam: "</ul><p>...</p><ul>".
            var seam = ""
            for list in lists {
                out.append(seam + "<p><strong>\(esc(list.label))</strong></p><ul>")
                out += list.items.map { "<li>\(inline($0))</li>" }
                seam = "</ul>"
            }
            out.append("</ul>")
        case .subsection(let subsection):
            out.append("<h\(subsection.level)>\(esc(subsection.title))</h\(subsection.level)>")
            for block in subsection.blocks { write(block, &out) }
        case .panel(let blocks):
            out.append("<div class=\"block\">")
            for block in blocks { write(block, &out) }
            out.append("</div>")
        case .picturesOnly(let blocks):
            for block in blocks { write(block, &out) }
        case .textOnly:
            break
        case .statement(let lead, let details):
            out.append("<p>\(esc(lead))</p>")
            out += details.map { "<p class=\"small\">\(esc($0))</p>" }
        case .table(let table):
            out.append("<table>")
            out.append("<thead><tr>" + table.header.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>")
            out += table.rows.map { "<tr>" + $0.map { "<td>\(esc($0))</td>" }.joined() + "</tr>" }
            out.append("</table>")
        case .figure(let figure):
            out.append(self.figure(figure))
        case .timeline(let entries):
            out.append("<ol class=\"timeline\">")
            for entry in entries { timelineEntry(entry, &out) }
            out.append("</ol>")
        case .ending(let ending):
            out.append("<div class=\"ending\">")
            out.append("<h3>\(esc(ending.title))</h3>")
            out.append(paragraphs(ending.text))
            if let outcome = ending.outcome { out.append("<p>\(field(outcome))</p>") }
            out.append("</div>")
        case .notes(let notes):
            notesBlock(notes, &out)
        case .comparison(let comparison):
            out.append("<div class=\"alt\">")
            out.append("<h3>\(esc(comparison.title))</h3>")
            out.append("<p>\(field(comparison.chosen))</p>")
            out.append("<ul>")
            for alternative in comparison.alternatives {
                let details = alternative.details.map { "\n<br><em>\(esc($0.label))</em>: \(esc($0.text))" }
                out.append("<li>" + field(alternative.option) + details.joined() + "</li>")
            }
            out.append("</ul>")
            out.append("</div>")
        case .timings(let timings):
            out.append("<ul class=\"times\">")
            out += timings.map { "<li><b>\($0.step)</b> \(esc($0.time))</li>" }
            out.append("</ul>")
        }
    }

    static func timelineEntry(_ entry: ReportDocument.TimelineEntry, _ out: inout [String]) {
        out.append("<li class=\"step v-\(entry.verdict.rawValue)\(entry.undone ? " undone" : "")\">")
        out.append("<h3>\(esc(entry.title))</h3>")
        // The whole scene: its first paragraph, the rest folded (print CSS unfolds it).
        out += entry.scene.prefix(1).map { "<p class=\"scene\">\(esc($0))</p>" }
        if entry.scene.count > 1 {
            out.append("<details class=\"scene-more\"><summary>\(esc(entry.sceneMore))</summary>")
            out += entry.scene.dropFirst().map { "<p class=\"scene\">\(esc($0))</p>" }
            out.append("</details>")
        }
        out.append("<p class=\"chosen\">\(field(entry.chosen))</p>")
        if let votes = entry.votes {
            out.append("<div class=\"votes\"><strong>\(esc(votes.label))</strong><ul>")
            out += votes.items.map { "<li>\(inline($0))</li>" }
            out.append("</ul>")
            if let dissent = votes.dissent { out.append("<p class=\"dissent\">\(esc(dissent))</p>") }
            out.append("</div>")
        }
        if let notes = entry.notes { notesBlock(notes, &out) }
        if let feedback = entry.feedback { out.append("<p class=\"feedback\">\(field(feedback))</p>") }
        if let then = entry.then {
            let kind = then.same ? "same" : "different"
            out.append("<p class=\"then \(kind)\"><span class=\"mark\">\(esc(then.mark))</span>"
                + (then.done.map { " " + field($0) } ?? "") + "</p>")
        }
        let facts = entry.facts
        out.append("<p class=\"facts\">\(esc(facts.safetyLabel)): \(facts.safetyBefore) → \(facts.safetyAfter) · "
            + "\(esc(facts.timeLabel)): \(esc(facts.time)) · \(esc(facts.phase))</p>")
        out.append("</li>")
    }

    static func notesBlock(_ notes: ReportDocument.Notes, _ out: inout [String]) {
        out.append("<div class=\"notes\"><strong>\(esc(notes.label))</strong><ul>")
        out += notes.notes.map { "<li>\(esc($0))</li>" }
        out.append("</ul></div>")
    }
}
