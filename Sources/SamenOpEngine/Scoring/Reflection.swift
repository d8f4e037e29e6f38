import Foundation
import SamenOpModel
import SamenOpText

/// What a session shows when it is held up as a mirror: every figure of the scoring contract,
/// each linked to the steps that produced it.
///
/// A reflection is never a grade. It holds counts and step numbers, never a total, so that a
/// report can only ever say "this is what happened, and where". Build one with
/// ``init(session:)``; renderers in `Report/` turn it into Markdown, HTML or JSON.
public struct Reflection: Sendable, Hashable {
    public var scenario: Scenario
    public var header: SessionHeader
    public var participants: [Participant]
    public var finishedAt: Date?
    /// The steps that count (not undone), numbered from 1.
    public var steps: [StepReflection]
    /// Every step in the order taken, undone ones included (marked), for the timeline.
    public var record: [StepReflection]
    public var phase: PhaseFigures
    public var kernvragen: CoreQuestionFigures
    public var elements: ElementFigures
    public var pitfalls: [PitfallHit]
    /// Steps where at least one shown choice was `expert`, and where the chosen one was.
    public var expert: Agreement
    /// Review of a past case only: steps where an `actual` choice was shown, and where it was taken.
    public var actual: Agreement?
    /// `veiligheid` at the start and after each step, clamped to the scale.
    public var trajectory: [Int]
    /// Whether a visited scene has stage `opvolgen` or `veiligheidsplan` (kept for
    /// compatibility; ``structuralLink`` says whether a connection was made).
    public var structural: Bool
    /// Whether the follow-up was reached and whether the acute moment was connected to the
    /// structural pattern there.
    public var structuralLink: StructuralLink
    /// The ending reached, or `nil` when the session stopped before one.
    public var ending: Scene?
    /// The scene the session is at: the ending, or where it stopped.
    public var currentScene: Scene
    /// Notes written at the decision still open (a session stopped before an ending): kept
    /// so that a "why" typed just before asking for the report is not missing from it.
    public var pendingNotes: [String] = []
    /// Team sessions: disagreements, votes per role, cards held back; `nil` otherwise.
    public var team: TeamFigures?

    /// Whether this is a team session (votes and participants).
    public var isTeam: Bool { header.mode == .team }
}

/// One decision as the report sees it.
public struct StepReflection: Sendable, Hashable {
    /// 1-based number among the active steps (for an undone step: the number it would have had).
    public var index: Int
    public var undone: Bool
    public var scene: Scene
    public var choice: Choice
    /// The number the trainee saw (1-based among the shown choices).
    public var shown: Int
    /// The choices that were shown, in the order shown.
    public var shownChoices: [Choice]
    /// The scene's phase, else the band `veiligheid` was in before the choice.
    public var situationPhase: Phase
    public var verdict: PhaseVerdict
    public var safetyBefore: Int
    public var safetyAfter: Int
    public var decisionMs: Int
    public var notes: [String]
    /// Every vote cast at this step, replaced ones included (marked `replaced`).
    public var votes: [Vote]
    /// Team: the participants' own safety judgements at this step (`scale: true`), replaced
    /// ones included (marked).
    public var scales: [ScaleJudgement] = []
    public var chosenAt: Date
    /// Elements of shown expert choices that the chosen (non-expert) choice lacks.
    public var missed: [Element]
    /// Review of a past case: whether the choice taken is what was done then; `nil` outside a
    /// past-case review, or when the `actual` option was not on screen.
    public var matchesActual: Bool?

    public var stage: Stage { scene.stage.value }
    /// Whether a shown choice was `expert` (with ``isDecision``: a decision for expert agreement).
    public var expertShown: Bool { shownChoices.contains(where: \.expert) }
    /// The shown expert choices other than the one taken, when the one taken was not expert
    /// (none at a transition, where nothing else was on screen).
    public var expertAlternatives: [Choice] { choice.expert || !isDecision ? [] : shownChoices.filter(\.expert) }
    /// The shown `actual` choice (past cases), if any.
    public var actualChoice: Choice? { shownChoices.first(where: \.isActual) }
    /// The votes that count: the last one of each participant.
    public var currentVotes: [Vote] { votes.filter { !$0.replaced } }
    /// Team: the votes differ from each other or from the committed choice.
    public var dissent: Bool { currentVotes.contains { $0.choice != choice.number } }
    /// The shown number of an authored choice at this step.
    public func shownNumber(of choice: Choice) -> Int? {
        shownChoices.firstIndex(where: { $0.number == choice.number }).map { $0 + 1 }
    }
}

/// How a choice's phase relates to the situation's phase.
public enum PhaseVerdict: String, Sendable, Hashable, CaseIterable {
    /// The choice belongs to the situation's phase.
    case aligned
    /// The choice belongs to a later phase: a phase skip.
    case ahead
    /// The choice belongs to an earlier phase: neither praised nor blamed, since whether it was
    /// right depends on whether safety was really established.
    case behind
    /// The choice has no phase and is not judged.
    case untagged
}

/// Phase verdict counts and the skips behind them, over the decisions only.
public struct PhaseFigures: Sendable, Hashable {
    public var aligned: Int
    public var ahead: Int
    public var behind: Int
    public var untagged: Int
    /// Step numbers of the phase skips (verdict `ahead`).
    public var skips: [Int]
}

/// The five core questions: where each was first covered, and what was never covered.
public struct CoreQuestionFigures: Sendable, Hashable {
    /// The 1-based step at which each covered question was first covered.
    public var firstStep: [CoreQuestion: Int]
    public var orderIssues: [OrderIssue]
    /// Stage by question: the steps in that stage whose chosen choice worked on the question.
    public var grid: [Stage: [CoreQuestion: [Int]]]

    public var covered: [CoreQuestion] { CoreQuestion.allCases.filter { firstStep[$0] != nil } }
    public var missing: [CoreQuestion] { CoreQuestion.allCases.filter { firstStep[$0] == nil } }
}

/// A core question worked on before the one that should come first.
public struct OrderIssue: Sendable, Hashable {
    /// The contract's name of the issue, e.g. `4-before-3`.
    public var id: String
    public var step: Int
    public var scene: String
}

/// Working elements shown and missed.
public struct ElementFigures: Sendable, Hashable {
    /// How often each element was shown by a chosen choice.
    public var shown: [Element: Int]
    public var missed: [MissedElement]
    /// Missed elements that no chosen choice ever showed, in vocabulary order.
    public var neverShown: [Element]
}

/// An element a shown expert choice had and the chosen choice lacked.
public struct MissedElement: Sendable, Hashable {
    public var element: Element
    public var step: Int
    public var scene: String
}

/// A pitfall of a chosen choice.
public struct PitfallHit: Sendable, Hashable {
    public var pitfall: Pitfall
    public var step: Int
    public var scene: String
}

/// How often a choice matched a reference (expert, or what was done then).
public struct Agreement: Sendable, Hashable {
    public var matched: Int
    public var decisions: Int
    /// The steps that were decisions, and of those the ones that matched.
    public var decisionSteps: [Int]
    public var matchedSteps: [Int]
}
