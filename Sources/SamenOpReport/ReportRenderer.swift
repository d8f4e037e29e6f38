import Foundation
import SamenOpEngine
import SamenOpModel
import SamenOpText
/// The formats of the reflection report.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Markdown, readable in a terminal.
    case md
    /// One self-contained HTML file that prints on A4.
    case html
    /// The machine-readable `samenop-report/1` document.
    case json
}

/// The one entry point for reports: the CLI's `report`, `play --report` and the REPL call this.
///
/// ```swift
/// let text = ReportRenderer.render(session: session, format: .html)
/// ```
public enum ReportRenderer {
    /// Scores `session` and renders the report.
    ///
    /// - Parameter language: the labels' language; `nil` means the scenario's own language.
    ///   Scenario text is always shown as written. The JSON report has no labels.
    public static func render(session: Session, format: ReportFormat, language: Language? = nil, timeZone: TimeZone = .current) -> String {
        render(Reflection(session: session), format: format, language: language, timeZone: timeZone)
    }

    /// Renders an already computed reflection.
    ///
    /// Markdown and HTML are written from one ``ReportDocument``, so they say the same things;
    /// JSON is written from the reflection directly, since it has no prose.
    /// Times are shown in `timeZone`, the machine's own unless given.
    public static func render(_ reflection: Reflection, format: ReportFormat, language: Language? = nil, timeZone: TimeZone = .current) -> String {
        let localizer = Localizer(language ?? reflection.scenario.language)
        switch format {
        case .md: return MarkdownWriter.render(ReportDocument(reflection, localizer: localizer, timeZone: timeZone))
        case .html: return HTMLWriter.render(ReportDocument(reflection, localizer: localizer, timeZone: timeZone))
        case .json: return JSONReport.render(reflection)
        }
    }
}
