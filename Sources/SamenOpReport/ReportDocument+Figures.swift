import SamenOpEngine
import SamenOpModel

/// The report's pictures as data: the safety trajectory with its phase strip, the key to the
/// strip's colours, and the core-question grid. Every label is already localized; a writer
/// decides only geometry and markup (SVG and a table in HTML, a text chart and a table in
/// Markdown).
extension ReportDocument {
    /// A picture.
    public enum Figure: Sendable, Equatable {
        /// `veiligheid` at the start and after each step, over the phase bands; with the phase
        /// verdict of each step on the same horizontal scale.
        case trajectory(SafetyChart)
        /// The key to the verdict colours and marks.
        case verdictKey([VerdictKey])
        /// The core questions by stage.
        case coreQuestions(CoreQuestionGrid)
    }

    /// The safety trajectory.
    public struct SafetyChart: Sendable, Equatable {
        /// One point per value: the start, then after each counted step.
        public struct Point: Sendable, Equatable {
            public var value: Int
            /// The axis label: "start", then the step number.
            public var tick: String
            /// "start", then "Stap 3".
            public var title: String
        }

        /// A phase band of the scenario, shaded behind the line.
        public struct Band: Sendable, Equatable {
            public var phase: Phase
            /// "Acuut 0-2".
            public var label: String
            public var range: ClosedRange<Int>
        }

        /// What the chart shows ("Veiligheid na elke stap (0-10)").
        public var title: String
        /// Under the picture.
        public var caption: String
        public var points: [Point]
        public var bands: [Band]
        /// The verdict of each counted step; `nil` when there were none.
        public var strip: PhaseStrip?
    }

    /// The phase verdict of each counted step, drawn under the chart.
    public struct PhaseStrip: Sendable, Equatable {
        /// One counted step.
        public struct Cell: Sendable, Equatable {
            public var verdict: PhaseVerdict
            /// How the option taken relates to the expert options, drawn in a second row
            /// beside the verdict so that the verdict never reads as approval on its own.
            public var agreement: ExpertAgreement
            /// "Stap 1: Acuut / Acuut - past bij de fase · geen expertoptie gekozen".
            public var title: String
            /// In a case review: whether the option taken is what was done then (`nil` when
            /// the step showed no `actual` option), drawn in a third row as `=` or `≠`.
            public var sameAsThen: Bool? = nil
        }

        /// What the strip shows ("Fase per stap").
        public var title: String
        /// The row's label ("Keuze").
        public var rowLabel: String
        /// The expert row's label ("Expert").
        public var expertLabel: String
        public var cells: [Cell]
        /// In a case review, the then/now row's label ("Toen"); `nil` draws no such row.
        public var thenLabel: String? = nil
    }

    /// A verdict and its label, for the key.
    public struct VerdictKey: Sendable, Equatable {
        public var verdict: PhaseVerdict
        public var label: String
    }

    /// The steps that worked on each core question, by stage.
    public struct CoreQuestionGrid: Sendable, Equatable {
        /// A question: its number (1-5) and label.
        public struct Question: Sendable, Equatable {
            public var number: Int
            public var label: String
        }

        /// A stage and its cell per question.
        public struct Row: Sendable, Equatable {
            public var stage: String
            public var cells: [Cell]
        }

        /// The steps in one stage that covered one question.
        public struct Cell: Sendable, Equatable {
            public var steps: [Int]
            /// The step where the question was covered first, if it is in this cell.
            public var first: Int?
            /// Question 4 was covered here before question 3.
            public var isIssue: Bool
        }

        /// The header of the stage column ("Mantrastap").
        public var stageHeader: String
        public var questions: [Question]
        public var rows: [Row]
        /// The key when the first coverage is marked with `*` (text).
        public var starredKey: String
        /// The key when the first coverage is set in bold (HTML).
        public var boldKey: String
    }
}
