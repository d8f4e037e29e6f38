import Foundation
import SamenOpEngine
import SamenOpModel
import SamenOpText

/// The cohort report as words and tables, built once and written as Markdown or HTML, so that
/// every sentence is chosen in one place (as `ReportDocument` does for a session's report).
public struct CohortDocument: Sendable, Hashable {
    public enum Block: Sendable, Hashable {
        case heading(level: Int, text: String)
        case paragraph(String)
        case notice(String)
        case list([String])
        case table(header: [String], rows: [[String]])
        /// Bars for the options of one scene: label, count, whether expert. HTML draws them
        /// as inline SVG; Markdown has the same numbers in the table before it.
        case bars(caption: String, bars: [Bar])
    }

    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Int
        public var expert: Bool
    }

    public var title: String
    public var language: Language
    public var blocks: [Block]
}

extension CohortDocument {
    /// Builds the document; `scope` lines say which sessions were taken (group, dates, mode).
    public init(_ report: CohortReport, scope: [String], localizer l: Localizer) {
        title = l(.reportCohortTitle)
        language = l.language
        var blocks: [Block] = []
        blocks.append(.paragraph(l.count(report.sessions, .reportCohortSessions, report.sessions)))
        if !scope.isEmpty { blocks.append(.list(scope)) }
        blocks.append(.notice(l(.reportCohortMirror, CohortReport.minimumSessions)))
        if report.scenarios.isEmpty { blocks.append(.paragraph(l(.reportCohortNone))) }
        for s in report.scenarios {
            blocks.append(.heading(level: 2, text: s.suppressed ? s.id : "\(s.title) (\(s.id))"))
            if s.suppressed {
                blocks.append(.notice(l.count(s.sessions, .reportCohortSuppressed, s.sessions, CohortReport.minimumSessions)))
                continue
            }
            blocks.append(.paragraph(l.count(s.sessions, .reportCohortSessions, s.sessions)))
            blocks += Self.endings(s, l) + Self.options(s, l) + Self.scenes(s, l) + Self.coreQuestions(s, l)
            blocks += Self.rest(s, l)
        }
        self.blocks = blocks
    }

    static func endings(_ s: ScenarioCohort, _ l: Localizer) -> [Block] {
        [.heading(level: 3, text: l(.reportCohortEndings)),
         .table(header: [l(.reportCohortEnding), l(.reportCohortSessionsColumn)],
                rows: s.endings.keys.sorted().map { [$0, String(s.endings[$0]!)] })]
    }

    static func options(_ s: ScenarioCohort, _ l: Localizer) -> [Block] {
        var blocks: [Block] = [.heading(level: 3, text: l(.reportCohortOptions))]
        blocks.append(.table(
            header: [l(.reportCohortScene), l(.reportCohortOption), l(.reportCohortExpert), l(.reportCohortTaken), l(.reportCohortShown)],
            rows: s.options.map { [$0.scene, String($0.choice), $0.expert ? l(.reportCohortYes) : "", String($0.taken), String($0.shown)] }))
        for scene in s.scenes where !scene.suppressed {
            let mine = s.options.filter { $0.scene == scene.scene }
            blocks.append(.bars(caption: l(.reportCohortBarsCaption, scene.scene),
                                bars: mine.map { Bar(label: String($0.choice), value: $0.taken, expert: $0.expert) }))
        }
        var notes: [String] = []
        let nobody = s.optionsNobodyTakes
        if !nobody.isEmpty {
            notes.append(l(.reportCohortNobody, nobody.map { "\($0.scene) \($0.choice)" }.joined(separator: ", ")))
        }
        for scene in s.scenes where !scene.expertLosesTo.isEmpty {
            notes.append(l(.reportCohortLosesTo, scene.scene, scene.expertLosesTo.map(String.init).joined(separator: ", ")))
        }
        if !notes.isEmpty { blocks.append(.list(notes)) }
        return blocks
    }

    static func scenes(_ s: ScenarioCohort, _ l: Localizer) -> [Block] {
        let rows = s.scenes.map { f -> [String] in
            guard !f.suppressed else {
                return [f.scene, String(f.sessions), l(.reportCohortSuppressedCell), "", "", ""]
            }
            let pitfalls = f.pitfalls.keys.sorted().map { "\(l.label($0)) (\(f.pitfalls[$0]!))" }.joined(separator: "; ")
            let time = f.decisionMedianMs.map { l(.reportCohortSeconds, String(format: "%.0f", $0 / 1000)) } ?? ""
            let dissent = f.teamSuppressed ? "-" : "\(f.dissent)/\(f.teamSteps)"
            return [f.scene, String(f.sessions), String(f.phaseSkips), pitfalls, time, dissent]
        }
        return [.heading(level: 3, text: l(.reportCohortScenes)),
                .table(header: [l(.reportCohortScene), l(.reportCohortSessionsColumn), l(.reportCohortSkips),
                                l(.reportCohortPitfalls), l(.reportCohortTime), l(.reportCohortDissent)], rows: rows)]
    }

    static func coreQuestions(_ s: ScenarioCohort, _ l: Localizer) -> [Block] {
        [.heading(level: 3, text: l(.reportCohortQuestions)),
         .table(header: [l(.reportCohortQuestion), l(.reportCohortMissing), l(.reportCohortFirstStep)],
                rows: s.coreQuestions.sorted { ($0.missing, $1.question.rawValue) > ($1.missing, $0.question.rawValue) }.map {
                    ["\($0.question.rawValue). \(l.label($0.question))", String($0.missing),
                     $0.firstStepMedian.map(Self.number) ?? "-"]
                })]
    }

    static func rest(_ s: ScenarioCohort, _ l: Localizer) -> [Block] {
        var items: [String] = []
        if let a = s.expertAgreement {
            items.append(l.count(a.sessions, .reportCohortAgreement, Self.number(a.median), a.min, a.max, a.sessions))
        } else {
            items.append(l(.reportCohortAgreementSuppressed))
        }
        for (id, n) in s.orderIssues.sorted(by: { $0.key < $1.key }) {
            items.append(l.count(n, .reportCohortOrderIssue, id, n))
        }
        for element in s.elementsNeverShown.keys.sorted() {
            items.append(l.count(s.elementsNeverShown[element]!, .reportCohortNeverShown, l.label(element), s.elementsNeverShown[element]!))
        }
        return [.heading(level: 3, text: l(.reportCohortMore)), .list(items)]
    }

    static func number(_ d: Double) -> String {
        d == d.rounded() ? String(Int(d)) : String(format: "%.1f", d)
    }
}
