import Foundation

/// Writes a ``ReportDocument`` as one self-contained HTML file that prints well on A4.
///
/// Everything is inline (CSS and SVG, no scripts, no external fonts or images), so the file
/// can be mailed, archived or opened offline; all text from the document is escaped. HTML can
/// draw, so it shows the document's ``ReportDocument/Block/picturesOnly(_:)`` and skips their
/// ``ReportDocument/Block/textOnly(_:)`` alternatives.
public enum HTMLWriter {
    /// The report as an HTML document, ending in a newline.
    public static func render(_ document: ReportDocument) -> String {
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(document.language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(esc(document.title))</title>",
            "<style>\n\(style)</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(esc(document.title))</h1>",
            "<dl class=\"meta\">",
        ]
        out += document.meta.map { "<dt>\(esc($0.label))</dt><dd>\(inline($0.value))</dd>" }
        out.append("</dl>")
        out += document.callouts.map { "<p class=\"\($0.kind.rawValue)\">\(inline($0.content))</p>" }
        out.append("</header>")
        for section in document.sections {
            out.append("<section id=\"\(section.id.rawValue)\">")
            out.append("<h2>\(esc(section.title))</h2>")
            for block in section.blocks { write(block, &out) }
            out.append("</section>")
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Escapes text for HTML content and attribute values.
    static func esc(_ text: String) -> String { text.htmlEscaped }

    /// Escaped text with paragraphs kept (blank lines) and single line breaks as `<br>`.
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { "<p>" + esc($0).replacingOccurrences(of: "\n", with: "<br>") + "</p>" }
            .joined(separator: "\n")
    }

    /// Escaped inline text with its emphasis; see ``ReportDocument/Inline`` for what each shows.
    static func inline(_ parts: [ReportDocument.Inline]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): esc(text)
            case .strong(let text): "<strong>\(esc(text))</strong>"
            case .code(let text), .digest(let text): "<code>\(esc(text))</code>"
            case .vocabularyID: ""
            case .quote(let text): "<q>\(esc(text))</q>"
            case .struck(let parts): "<s>\(inline(parts))</s>"
            }
        }.joined()
    }

    /// "<strong>label</strong> (qualifier): text", escaped.
    static func field(_ field: ReportDocument.Field) -> String {
        "<strong>\(esc(field.label))</strong>" + (field.qualifier.map { " (\(esc($0)))" } ?? "") + ": " + esc(field.text)
    }

    /// The list's items, each `<li>`, order issues marked.
    static func items(_ items: [ReportDocument.ListItem]) -> [String] {
        items.map { "<li\($0.isIssue ? " class=\"issue\"" : "")>\(inline($0.content))</li>" }
    }
}
