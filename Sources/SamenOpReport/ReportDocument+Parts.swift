import SamenOpEngine
import SamenOpModel

/// The composite nodes of part 1 (the timeline) and part 3 (the other choices): each is a
/// fixed arrangement of labelled fields, so a writer can lay a step out as one unit.
extension ReportDocument {
    /// A label, an optional qualifier and a text: "**Gekozen** (optie 2): Samen erop af".
    public struct Field: Sendable, Equatable {
        public var label: String
        /// What the label refers to, shown in parentheses ("optie 2").
        public var qualifier: String?
        public var text: String
    }

    /// One step of part 1, as it happened.
    public struct TimelineEntry: Sendable, Equatable {
        /// "Stap 2 · vr 23:58 · Veiligstellen · beslissing voor: Politie", with "(teruggedraaid)"
        /// for an undone step; who decides only when the scene names a role.
        public var title: String
        /// The phase verdict, which HTML shows as the colour of the step's margin.
        public var verdict: PhaseVerdict
        /// Taken back with `undo`: kept in the record, counted nowhere.
        public var undone: Bool
        /// The whole scene text as paragraphs (lines of a paragraph joined), never cut: a debrief
        /// retells the case from it. HTML shows the first and folds the rest; Markdown shows all.
        public var scene: [String]
        /// What folds the scene's further paragraphs in HTML ("Verder lezen").
        public var sceneMore: String
        /// The option taken.
        public var chosen: Field
        /// The team's votes at this step, if any were cast.
        public var votes: Votes?
        /// The notes typed at this step.
        public var notes: Notes?
        /// The chosen option's feedback.
        public var feedback: Field?
        /// In a case review: whether now and then agree, and what was done then.
        public var then: Then?
        /// Safety before and after, the time taken and the phase pair.
        public var facts: Facts
    }

    /// A step of a case review beside the real case: a same/different mark in words and a
    /// sign (`=`, `≠`), so that it reads in greyscale print, and what was done then only when it
    /// differs (when it is the same, it would only repeat "Gekozen").
    public struct Then: Sendable, Equatable {
        public var same: Bool
        /// "= hetzelfde als toen", "≠ anders dan toen".
        public var mark: String
        /// "**Toen gedaan** (optie 1): ...", when different.
        public var done: Field?
    }

    /// The votes at one step: one item per vote, and the sentence on dissent.
    public struct Votes: Sendable, Equatable {
        public var label: String
        public var items: [[Inline]]
        public var dissent: String?
    }

    /// Notes typed during the session, under a label.
    public struct Notes: Sendable, Equatable {
        public var label: String
        /// As typed; they may span several lines, which Markdown folds into one per item.
        public var notes: [String]
    }

    /// The small facts of a step. Markdown gives the phase before the time and HTML after it,
    /// as the reports always did: kept so that no existing report changes.
    public struct Facts: Sendable, Equatable {
        /// "Veiligheid".
        public var safetyLabel: String
        public var safetyBefore: Int
        public var safetyAfter: Int
        /// "Fase: situatie Acuut, keuze Herstel (loopt vooruit)".
        public var phase: String
        /// "Bedenktijd".
        public var timeLabel: String
        /// "5,1 s".
        public var time: String
    }

    /// The ending scene of a finished session.
    public struct Ending: Sendable, Equatable {
        /// "Afloop · Opvolgen".
        public var title: String
        /// The whole scene text, its paragraphs kept (HTML shows all of it).
        public var text: String
        /// Its first paragraph, cut near 400 characters (Markdown, read in a terminal).
        public var summary: String
        /// "**Uitkomst**: ...".
        public var outcome: Field?
    }

    /// A step of part 3: the choice made beside the expert options that were not.
    public struct Comparison: Sendable, Equatable {
        public var title: String
        public var chosen: Field
        public var alternatives: [Alternative]
    }

    /// An expert option not taken, with what it says and would have shown.
    public struct Alternative: Sendable, Equatable {
        public var option: Field
        /// Feedback and "would show", each a label and a text.
        public var details: [Detail]
    }

    /// A label and a text under an alternative.
    public struct Detail: Sendable, Equatable {
        public var label: String
        public var text: String
    }
}
