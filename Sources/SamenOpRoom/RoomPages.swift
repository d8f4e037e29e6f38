import Foundation
import SamenOpText

/// The room's pages, served from the binary: plain HTML, CSS and a little JavaScript, with the
/// page texts of the session's language put into the page as JSON (read by `room.js`, never
/// run), so the same files speak Dutch and English.
struct RoomPages: Sendable {
    enum Page: String { case participant = "join.html", projector = "scherm.html" }

    let language: Language
    /// The scenario's roles, `[[id, name]]`, for the join form.
    let roles: [[String]]
    let title: String

    /// Headers every page and answer carries: nothing from other hosts, no framing, no sniffing.
    static let securityHeaders = [
        "Content-Security-Policy": "default-src 'self'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    ]

    /// `/r/{code}/`: the pages name their files and the API from here.
    let base: String

    func page(_ page: Page) -> RoomResponse {
        guard let template = Self.resource(page.rawValue) else { return .notFound }
        let l = Localizer(language)
        var texts: [String: String] = [:]
        for key in TextKey.all where key.rawValue.hasPrefix("room.page.") {
            texts[String(key.rawValue.dropFirst("room.page.".count))] = l(key)
        }
        let data = RoomPageData(lang: language.rawValue, base: base, title: title, roles: roles, text: texts)
        let json = (try? RoomRouter.encode(data)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        // Inside <script type="application/json"> only "<" could end the block early.
        let safe = json.replacingOccurrences(of: "<", with: "\\u003c")
        let html = template
            .replacingOccurrences(of: "{{LANG}}", with: language.rawValue)
            .replacingOccurrences(of: "{{BASE}}", with: base)
            .replacingOccurrences(of: "{{TITLE}}", with: Self.escape(title))
            .replacingOccurrences(of: "{{DATA}}", with: safe)
        return RoomResponse(status: 200, contentType: "text/html; charset=utf-8", body: Data(html.utf8))
    }

    func asset(_ name: String, type: String) -> RoomResponse {
        guard let text = Self.resource(name) else { return .notFound }
        return RoomResponse(status: 200, contentType: type, body: Data(text.utf8))
    }

    static func resource(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Pages") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// HTML-escapes text from a scenario or a participant.
    static func escape(_ text: String) -> String { text.htmlEscaped }
}

/// The data a page reads on load: its language, the roles to join as, and its texts.
struct RoomPageData: Encodable {
    var lang: String
    var base: String
    var title: String
    var roles: [[String]]
    var text: [String: String]
}
