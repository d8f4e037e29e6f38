import Foundation
import SamenOpEngine
import SamenOpModel

/// Builds the ``CohortReport`` from recorded sessions one at a time, fast enough for ten
/// thousand of them (issue 17: `samenop stats` in under a second).
///
/// It gives exactly the report of ``CohortReport/init(reflections:)`` over the replayed
/// sessions, without replaying and reflecting each one: a session's events are walked over a
/// tree of the distinct paths of standing choices (``CohortPath``), each path scored once by
/// the engine, and only what differs per session (decision times, undo, team votes) is
/// followed per session. A session the walk does not cover (a practice start, cards shared,
/// safety judgements, events recorded without an option's text, or anything a replay would
/// refuse) is replayed and reflected in full, so that every figure, and every refusal, stays
/// the engine's.
///
/// ```swift
/// var tally = CohortTally()
/// for stored in sessions { try tally.add(header: stored.header, events: stored.events, scenario: scenario) }
/// let report = tally.report
/// ```
public struct CohortTally {
    var scenarios: [String: ScenarioTally] = [:]
    /// The path trees, by scenario id and sha256 (then compared whole: two files may agree there).
    var trees: [String: [CohortPath]] = [:]
    private var lastTree: CohortPath?
    /// Sessions walked over a path tree rather than replayed in full (tests and the bench check it).
    public private(set) var walked = 0

    public init() {}

    /// Counts one recorded session on `scenario` if it finished.
    ///
    /// Throws what ``Session/replay(scenario:header:events:)`` throws when the events no longer
    /// fit the scenario; nothing is counted then.
    public mutating func add(header: SessionHeader, events: [SessionEvent], scenario: Scenario) throws(EngineError) {
        if header.practice == nil, let walk = PathWalk(header: header, events: events, root: tree(scenario)) {
            walked += 1
            guard walk.isFinished else { return }
            count(walk, header: header, scenario: scenario)
            return
        }
        let session = try Session.replay(scenario: scenario, header: header, events: events)
        add(Reflection(session: session))
    }

    /// Counts one reflected session if it finished: the way every session is counted when
    /// walking is not possible, and the figures the walk must agree with.
    mutating func add(_ r: Reflection) {
        guard r.finishedAt != nil else { return }
        let team = r.isTeam
        scenarios[r.scenario.id.value, default: ScenarioTally()].add(
            startedAt: r.header.startedAt, scenario: r.scenario, summary: PathSummary(r), count: 1, team: team ? 1 : 0)
        for step in r.steps {
            let figure = StepFigure(step)
            scenarios[r.scenario.id.value]!.add(step: figure, count: 1)
            scenarios[r.scenario.id.value]!.add(decisionMs: step.decisionMs, scene: figure.scene, team: team, dissent: step.dissent)
        }
    }

    /// A walked session: its path is counted later, per path (``report``); its times and votes now.
    private mutating func count(_ walk: PathWalk, header: SessionHeader, scenario: Scenario) {
        let team = header.mode == .team
        let end = walk.path[walk.path.count - 1]
        if team { end.teamSessions += 1 } else { end.sessions += 1 }
        Self.count(walk, team: team, startedAt: header.startedAt, scenario: scenario,
                   into: &scenarios[scenario.id.value, default: ScenarioTally()])
    }

    private static func count(_ walk: PathWalk, team: Bool, startedAt: Date, scenario: Scenario, into tally: inout ScenarioTally) {
        tally.add(startedAt: startedAt, scenario: scenario)
        for (i, step) in walk.steps.enumerated() {
            let figure = walk.path[i + 1].step!
            let dissent = team && step.votes.contains { !$0.replaced && $0.choice != figure.choice }
            tally.add(decisionMs: step.ms, scene: figure.scene, team: team, dissent: dissent)
        }
    }

    /// The root of `scenario`'s path tree.
    private mutating func tree(_ scenario: Scenario) -> CohortPath {
        // Sessions come in runs over one scenario: try the last tree first.
        if let last = lastTree, last.session.scenario == scenario { return last }
        let key = scenario.id.value + "\u{0}" + scenario.sha256
        if let root = trees[key]?.first(where: { $0.session.scenario == scenario }) {
            lastTree = root
            return root
        }
        let root = CohortPath(root: scenario)
        trees[key, default: []].append(root)
        lastTree = root
        return root
    }
}

/// The counts of one scenario id, before they become a ``ScenarioCohort``.
struct ScenarioTally {
    var sessions = 0
    /// The scenario of the most recent session (the first of equals): its options are listed.
    var latest: (startedAt: Date, scenario: Scenario)?
    var endings: [String: Int] = [:]
    var orderIssues: [String: Int] = [:]
    var neverShown: [Element: Int] = [:]
    /// Per question, the first step of every session that worked on it.
    var firstSteps: [CoreQuestion: [Int]] = [:]
    var agreements: [Int] = []
    var sessionsAt: [String: Int] = [:]
    var teamSessionsAt: [String: Int] = [:]
    var scenes: [String: SceneTally] = [:]

    /// One more finished session (its path counted separately, or with `summary` now).
    mutating func add(startedAt: Date, scenario: Scenario) {
        sessions += 1
        if latest == nil || latest!.startedAt < startedAt { latest = (startedAt, scenario) }
    }

    mutating func add(startedAt: Date, scenario: Scenario, summary: PathSummary, count: Int, team: Int) {
        add(startedAt: startedAt, scenario: scenario)
        add(summary, count: count, team: team)
    }

    /// `count` finished sessions (`team` of them team sessions) whose standing choices give `summary`.
    mutating func add(_ summary: PathSummary, count: Int, team: Int) {
        guard count > 0 else { return }
        if let ending = summary.ending { endings[ending, default: 0] += count }
        for issue in summary.orderIssues { orderIssues[issue, default: 0] += count }
        for element in summary.neverShown { neverShown[element, default: 0] += count }
        for (question, step) in summary.firstStep {
            firstSteps[question, default: []].append(contentsOf: repeatElement(step, count: count))
        }
        if let agreement = summary.agreement { agreements.append(contentsOf: repeatElement(agreement, count: count)) }
        for scene in summary.scenes {
            sessionsAt[scene, default: 0] += count
            if team > 0 { teamSessionsAt[scene, default: 0] += team }
        }
    }

    /// `count` standing steps with this figure.
    mutating func add(step: StepFigure, count: Int) {
        guard count > 0 else { return }
        scenes[step.scene, default: SceneTally()].add(step, count: count)
    }

    mutating func add(decisionMs: Int, scene: String, team: Bool, dissent: Bool) {
        scenes[scene, default: SceneTally()].add(decisionMs: decisionMs, team: team, dissent: dissent)
    }
}

/// The counts of one scene of one scenario id.
struct SceneTally {
    var steps = 0
    var phaseSkips = 0
    var pitfalls: [Pitfall: Int] = [:]
    var taken: [Int: Int] = [:]
    var shown: [Int: Int] = [:]
    var decisionMs: [Int] = []
    var teamSteps = 0
    var dissent = 0

    mutating func add(_ step: StepFigure, count: Int) {
        steps += count
        if step.phaseSkip { phaseSkips += count }
        for pitfall in step.pitfalls { pitfalls[pitfall, default: 0] += count }
        taken[step.choice, default: 0] += count
        for number in step.shown { shown[number, default: 0] += count }
    }

    mutating func add(decisionMs: Int, team: Bool, dissent: Bool) {
        self.decisionMs.append(decisionMs)
        if team {
            teamSteps += 1
            if dissent { self.dissent += 1 }
        }
    }
}
