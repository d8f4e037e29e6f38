import SamenOpEngine
import SamenOpModel
import SamenOpText

/// The map as a printable HTML page (`samenop graph --format html`) and as the section the
/// HTML report adds for a session.
///
/// One self-contained file: inline CSS and SVG, no script, so it can be mailed to a
/// colleague and printed. Print rules put it on A4 landscape and scale the map to the page.
public enum MapHTML {
    /// The whole page for `map`.
    public static func page(_ map: ScenarioMap, language: Language) -> String {
        let l = Localizer(language)
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(l(.reportMapTitle, map.title).htmlEscaped)</title>\n<style>\n\(MapStyle.page)@page { size: A4 landscape; margin: 10mm; }\n\(MapStyle.map)</style>\n</head>\n<body>\n"
        out += "<h1>\(l(.reportMapTitle, map.title).htmlEscaped)</h1>\n"
        var meta = [map.scenarioID, l.count(map.nodes.count, .reportMapCounts, map.nodes.count, map.edges.count)]
        if let overlay = map.overlay { meta.append(l(.reportMapSession, overlay.sessionID)) }
        out += "<p class=\"meta\">\(meta.map(\.htmlEscaped).joined(separator: " · "))</p>\n"
        out += "<figure class=\"map\">\n\(SVGWriter.write(map, l))</figure>\n</body>\n</html>\n"
        return out
    }

    /// The `<section>` the HTML report adds: the map with the session's path, under its own
    /// heading, on a landscape page of its own when printed.
    public static func reportSection(session: Session, language: Language) -> String {
        let l = Localizer(language)
        let map = ScenarioMap(session: session)
        return "<section id=\"map\" class=\"map-section\">\n<h2>\(l(.reportMapHeading).htmlEscaped)</h2>\n"
            + "<p>\(l(.reportMapIntro).htmlEscaped)</p>\n<style>\(MapStyle.map)</style>\n"
            + "<figure class=\"map\">\n\(SVGWriter.write(map, l))</figure>\n</section>\n"
    }

    /// `html` (a report page) with the map section added before the end of its body.
    public static func addingSection(to html: String, session: Session, language: Language) -> String {
        let section = reportSection(session: session, language: language)
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + section }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: section)
    }
}

/// The CSS of the map page and the proofing copy: the report's plain print style, A4.
enum MapStyle {
    static let page = """
    body { font-family: Helvetica, Arial, sans-serif; color: #222; margin: 1.5em auto; max-width: 60em; padding: 0 1em; line-height: 1.4; }
    h1 { font-size: 1.5em; margin: 0 0 .2em; } h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
    h3 { font-size: 1.05em; margin: 1.2em 0 .3em; } .meta { color: #555; margin-top: 0; }

    """
    static let map = """
    figure.map { margin: 1em 0; overflow-x: auto; } figure.map svg { max-width: 100%; height: auto; }
    @page map { size: A4 landscape; margin: 10mm; }
    .map-section { page: map; }
    @media print { .map-section { break-before: page; } figure.map { break-inside: avoid; } figure.map { overflow: visible; }
      figure.map svg { width: 100%; max-height: 160mm; } }

    """
}
