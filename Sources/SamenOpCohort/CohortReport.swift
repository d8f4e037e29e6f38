import Foundation
import SamenOpEngine
import SamenOpModel

/// What a group of sessions keeps doing, across sessions: the cohort report of `samenop stats`.
///
/// Built from the ``Reflection``s of finished sessions, so that a figure across sessions is
/// the sum of what each session's own report says, never a second judgement. It holds counts
/// and medians, never a ranking, never a name, and any figure drawn from fewer than
/// ``minimumSessions`` sessions is left out (`suppressed`), so that no one is recognisable
/// in a small group.
public struct CohortReport: Sendable, Hashable {
    /// Figures from fewer sessions than this are suppressed.
    public static let minimumSessions = 5

    /// Finished sessions the report is drawn from.
    public var sessions: Int
    /// Per scenario, ordered by id.
    public var scenarios: [ScenarioCohort]
}

/// The cohort figures of one scenario.
public struct ScenarioCohort: Sendable, Hashable {
    public var id: String
    public var title: String
    public var sessions: Int
    /// Fewer than ``CohortReport/minimumSessions`` sessions: only `id` and `sessions` are kept.
    public var suppressed: Bool
    /// Ending scene id to the number of sessions that reached it.
    public var endings: [String: Int] = [:]
    /// Every option of every decision scene reached often enough, in scenario order.
    public var options: [OptionFigure] = []
    /// Per decision scene: how many sessions decided there and what happened.
    public var scenes: [SceneFigure] = []
    /// The five core questions: sessions that never worked on each, and the median first step.
    public var coreQuestions: [CoreQuestionCohort] = []
    /// Order issues (`4-before-3`): the number of sessions with each.
    public var orderIssues: [String: Int] = [:]
    /// Elements that sessions missed and never showed: the number of sessions, per element.
    public var elementsNeverShown: [Element: Int] = [:]
    /// Expert agreement per session, in percent, as a spread: never per person.
    public var expertAgreement: Spread?
}

/// How often one option was taken at one scene (item analysis).
public struct OptionFigure: Sendable, Hashable {
    public var scene: String
    /// The authored number.
    public var choice: Int
    public var expert: Bool
    /// Steps that took it.
    public var taken: Int
    /// Steps at the scene where it was on screen.
    public var shown: Int
}

/// One decision scene across sessions.
public struct SceneFigure: Sendable, Hashable {
    public var scene: String
    /// Sessions with at least one step at this scene.
    public var sessions: Int
    /// Fewer than ``CohortReport/minimumSessions`` sessions decided here: nothing else is kept.
    public var suppressed: Bool
    /// Steps at this scene.
    public var steps: Int = 0
    /// Steps whose choice was a phase skip.
    public var phaseSkips: Int = 0
    /// Pitfalls of the chosen options, with the number of steps.
    public var pitfalls: [Pitfall: Int] = [:]
    /// Median decision time in milliseconds.
    public var decisionMedianMs: Double?
    /// Authored numbers of non-expert options taken more often than every expert option here.
    public var expertLosesTo: [Int] = []
    /// Team steps here, and those where the votes differed from each other or from the choice.
    public var teamSteps: Int = 0
    public var dissent: Int = 0
    /// Team figures are suppressed when fewer than the minimum of team sessions decided here.
    public var teamSuppressed: Bool = true
}

/// One core question across sessions.
public struct CoreQuestionCohort: Sendable, Hashable {
    public var question: CoreQuestion
    /// Sessions that never worked on it.
    public var missing: Int
    /// Median of the step at which it was first worked on, over the sessions that did; `nil`
    /// when fewer than the minimum did.
    public var firstStepMedian: Double?
}

/// A median with its range.
public struct Spread: Sendable, Hashable {
    public var median: Double
    public var min: Int
    public var max: Int
    /// Sessions it is drawn from.
    public var sessions: Int
}

extension Array where Element == Int {
    /// The median: the middle value, or the mean of the two middle values; `nil` when empty.
    public var median: Double? {
        guard !isEmpty else { return nil }
        let sorted = self.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }
}
