import SamenOpEngine
import SamenOpModel
import SamenOpText

/// The reflection report as one tree of values: built once from a `Reflection`, then written
/// by ``MarkdownWriter`` or ``HTMLWriter``, which only add markup.
///
/// The Markdown and HTML reports used to be one document written twice, so every new sentence
/// and every fix had to be made twice, and the copies drifted. Here every sentence is localized
/// and every figure counted once (in `ReportDocument+Build`); a writer decides only how a node
/// looks. Adding a format costs a writer, not a copy: walk ``sections`` and print each node.
///
/// Media differ in one way the tree says out loud: HTML can draw, Markdown and plain text
/// cannot. Where the report shows a picture in one and text in the other, the tree holds both
/// as ``Block/picturesOnly(_:)`` and ``Block/textOnly(_:)``, and a writer takes the one its medium
/// can show. Everything else is shown by every writer.
///
/// ```swift
/// let document = ReportDocument(reflection, localizer: Localizer(.nl))
/// let markdown = MarkdownWriter.render(document)
/// ```
public struct ReportDocument: Sendable, Equatable {
    /// The language of the labels (the `lang` of the HTML page).
    public var language: Language
    /// "Reflectieverslag: <scenario title>".
    public var title: String
    /// The lines under the title: scenario, session, times, participants.
    public var meta: [MetaField]
    /// What a reader must see before the report: that it is a mirror, and a privacy warning.
    public var callouts: [Callout]
    /// The four parts of the reflection cycle, in order.
    public var sections: [Section]
}

extension ReportDocument {
    /// One line of the header: a label and its value.
    public struct MetaField: Sendable, Equatable {
        public var label: String
        public var value: [Inline]
    }

    /// A notice set apart from the text (a Markdown quote, an HTML box).
    public struct Callout: Sendable, Equatable {
        /// Why the callout is there; writers may colour them differently.
        public enum Kind: String, Sendable {
            /// The report is a mirror, not a grade.
            case notice
            /// The session was started with an accepted privacy risk.
            case privacy
        }

        public var kind: Kind
        public var content: [Inline]
    }

    /// One of the four parts of the reflection cycle.
    public struct Section: Sendable, Equatable {
        /// The part, stable across languages (HTML uses it as the section's `id`).
        public enum ID: String, Sendable {
            case happened, mirror, other, questions
        }

        public var id: ID
        public var title: String
        public var blocks: [Block]
    }

    /// A run of text with a little emphasis. Text is plain: writers escape it for their format.
    public enum Inline: Sendable, Equatable {
        /// Plain text.
        case text(String)
        /// Strong emphasis (a label before its value).
        case strong(String)
        /// An identifier, such as a scenario or session id.
        case code(String)
        /// A short hash: monospace in HTML, plain in Markdown, where it already stands in
        /// parentheses and a code span would only add noise.
        case digest(String)
        /// A vocabulary id (`samen-op`) after its label: for authors, who read the Markdown
        /// beside their scenario file. The printed HTML page is for trainers and leaves it out.
        case vocabularyID(String)
        /// Words someone said (a vote's reason).
        case quote(String)
        /// Text that no longer counts (a vote changed later). Markdown has no strikethrough in
        /// CommonMark; a note after it says why, so it is shown plain there.
        case struck([Inline])
    }

    /// A block of the report.
    public indirect enum Block: Sendable, Equatable {
        /// A paragraph.
        case paragraph([Inline], ParagraphStyle = .plain)
        /// A bulleted or numbered list.
        case list(List)
        /// Labelled lists in a row (elements shown, elements missed).
        case labelledLists([LabelledList])
        /// A heading and what falls under it.
        case subsection(Subsection)
        /// Blocks that belong together and should not be split across pages.
        case panel([Block])
        /// A figure and, in smaller print, the steps behind it.
        case statement(lead: String, details: [String])
        /// A table of text.
        case table(Table)
        /// A picture, as data: writers that cannot draw give its text form or leave it out.
        case figure(Figure)
        /// Part 1: every step as it happened.
        case timeline([TimelineEntry])
        /// How the story ended.
        case ending(Ending)
        /// Notes typed after the last step of an unfinished session.
        case notes(Notes)
        /// Part 3: a step beside the expert options not taken.
        case comparison(Comparison)
        /// How long each decision took.
        case timings([Timing])
        /// Shown only by writers that cannot draw (Markdown, plain text): the text form of
        /// something ``picturesOnly(_:)`` shows elsewhere.
        case textOnly([Block])
        /// Shown only by writers that draw (HTML).
        case picturesOnly([Block])
    }

    /// How a paragraph stands out.
    public enum ParagraphStyle: Sendable, Equatable {
        case plain
        /// Where an unfinished session stopped (italic).
        case stopped
        /// A side remark to the figures below it (italic, small).
        case aside
        /// Whether the structural stages were reached (HTML colours it).
        case structural(reached: Bool)
    }

    /// A list; `ordered` lists are numbered from 1.
    public struct List: Sendable, Equatable {
        /// What the list holds, when a writer may style it.
        public enum Role: Sendable, Equatable {
            case plain
            /// The steps where now and then differ, in a case review.
            case thenNow
        }

        public var ordered: Bool
        public var role: Role
        public var items: [ListItem]

        public init(ordered: Bool = false, role: Role = .plain, _ items: [ListItem]) {
            self.ordered = ordered
            self.role = role
            self.items = items
        }
    }

    /// One item of a list.
    public struct ListItem: Sendable, Equatable {
        public var content: [Inline]
        /// An order issue among the core questions, which HTML marks.
        public var isIssue: Bool

        public init(_ content: [Inline], isIssue: Bool = false) {
            self.content = content
            self.isIssue = isIssue
        }
    }

    /// A list under a short label.
    public struct LabelledList: Sendable, Equatable {
        public var label: String
        public var items: [[Inline]]
    }

    /// A heading (level 3 or 4) and its blocks.
    public struct Subsection: Sendable, Equatable {
        public var title: String
        public var level: Int
        public var blocks: [Block]
    }

    /// A table of text: a header row and rows of the same width.
    public struct Table: Sendable, Equatable {
        public var header: [String]
        public var rows: [[String]]
    }

    /// How long one decision took.
    public struct Timing: Sendable, Equatable {
        public var step: Int
        /// "Stap 3".
        public var stepLabel: String
        /// "5,1 s".
        public var time: String
    }
}
