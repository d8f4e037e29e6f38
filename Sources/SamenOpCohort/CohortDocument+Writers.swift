import Foundation
import SamenOpText

extension CohortDocument {
    /// Markdown: headings, tables and lists; the bars are left out (their numbers are in the
    /// options table).
    public var markdown: String {
        var out = "# \(title)\n"
        for block in blocks {
            switch block {
            case .heading(let level, let text): out += "\n" + String(repeating: "#", count: level) + " \(Self.md(text))\n"
            case .paragraph(let text): out += "\n\(Self.md(text))\n"
            case .notice(let text): out += "\n> \(Self.md(text))\n"
            case .list(let items): out += "\n" + items.map { "- \(Self.md($0))\n" }.joined()
            case .table(let header, let rows):
                guard !rows.isEmpty else { continue }
                out += "\n| " + header.map(Self.cell).joined(separator: " | ") + " |\n"
                out += "|" + header.map { _ in "---|" }.joined() + "\n"
                for row in rows { out += "| " + row.map(Self.cell).joined(separator: " | ") + " |\n" }
            case .bars: continue
            }
        }
        return out
    }

    /// One self-contained HTML file: inline CSS, and the option counts of each scene drawn as
    /// an inline SVG bar chart (expert options dark, the others light, so it prints in grey).
    public var html: String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(Self.escape(title))</title>
        <style>
        body { font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45;
          color: #1d232a; max-width: 190mm; margin: 0 auto; padding: 12px; }
        h2 { border-bottom: 2px solid #2f5d7c; padding-bottom: 3px; }
        table { border-collapse: collapse; margin: 6px 0; }
        th, td { border: 1px solid #cfd8df; padding: 2px 6px; text-align: left; }
        .notice { background: #eef4f8; border-left: 4px solid #2f5d7c; padding: 6px 10px; }
        figure { margin: 8px 0; break-inside: avoid; }
        figcaption { font-size: 9pt; color: #5a6570; }
        .bar-expert { fill: #2f5d7c; } .bar-other { fill: #a9bfcf; }
        </style>
        </head>
        <body>
        <h1>\(Self.escape(title))</h1>

        """
        for block in blocks {
            switch block {
            case .heading(let level, let text): out += "<h\(level)>\(Self.escape(text))</h\(level)>\n"
            case .paragraph(let text): out += "<p>\(Self.escape(text))</p>\n"
            case .notice(let text): out += "<p class=\"notice\">\(Self.escape(text))</p>\n"
            case .list(let items): out += "<ul>\n" + items.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let rows):
                guard !rows.isEmpty else { continue }
                out += "<table>\n<tr>" + header.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr>\n"
                for row in rows { out += "<tr>" + row.map { "<td>\(Self.escape($0))</td>" }.joined() + "</tr>\n" }
                out += "</table>\n"
            case .bars(let caption, let bars):
                out += Self.svg(caption: caption, bars: bars)
            }
        }
        return out + "</body>\n</html>\n"
    }

    static func svg(caption: String, bars: [Bar]) -> String {
        let top = max(bars.map(\.value).max() ?? 0, 1)
        let rowHeight = 18, width = 400, labelWidth = 40
        var out = "<figure>\n<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" "
        out += "viewBox=\"0 0 \(width + labelWidth + 40) \(bars.count * rowHeight)\" width=\"\(width + labelWidth + 40)\">\n"
        out += "<title>\(escape(caption))</title>\n"
        for (i, bar) in bars.enumerated() {
            let y = i * rowHeight
            let length = bar.value * width / top
            out += "<text x=\"0\" y=\"\(y + 13)\" font-size=\"11\">\(escape(bar.label))</text>"
            out += "<rect class=\"\(bar.expert ? "bar-expert" : "bar-other")\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"12\"/>"
            out += "<text x=\"\(labelWidth + length + 4)\" y=\"\(y + 13)\" font-size=\"11\">\(bar.value)</text>\n"
        }
        return out + "</svg>\n<figcaption>\(escape(caption))</figcaption>\n</figure>\n"
    }

    static func escape(_ text: String) -> String { text.htmlEscaped }

    static func md(_ text: String) -> String {
        text.replacingOccurrences(of: "<", with: "&lt;")
    }

    static func cell(_ text: String) -> String {
        md(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
