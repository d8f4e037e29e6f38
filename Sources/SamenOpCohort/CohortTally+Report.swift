import Foundation
import SamenOpEngine
import SamenOpModel

extension CohortTally {
    /// The cohort report over the finished sessions added so far: the same figures as
    /// ``CohortReport/init(reflections:)`` over the same sessions, in the same order.
    public var report: CohortReport {
        var scenarios = self.scenarios
        // Each walked path counts once for every session that ended on it, each step on it once
        // for every session that passed through it.
        for root in trees.values.flatMap({ $0 }) {
            let id = root.session.scenario.id.value
            Self.countThrough(root)
            var stack = [root]
            while let node = stack.popLast() {
                stack.append(contentsOf: node.walked)
                guard node.through > 0 else { continue }
                if let step = node.step { scenarios[id]!.add(step: step, count: node.through) }
                if node.sessions + node.teamSessions > 0 {
                    scenarios[id]!.add(node.summary, count: node.sessions + node.teamSessions, team: node.teamSessions)
                }
            }
        }
        let finished = scenarios.values.reduce(0) { $0 + $1.sessions }
        return CohortReport(
            sessions: finished, scenarios: scenarios.keys.sorted().map { ScenarioCohort(scenarios[$0]!) })
    }

    /// Fills in ``CohortPath/through`` below `root` (depth-first, without recursion).
    private static func countThrough(_ root: CohortPath) {
        var order: [CohortPath] = []
        var stack = [root]
        while let node = stack.popLast() {
            order.append(node)
            stack.append(contentsOf: node.walked)
        }
        for node in order.reversed() {
            node.through = node.sessions + node.teamSessions + node.walked.reduce(0) { $0 + $1.through }
        }
    }
}

extension ScenarioCohort {
    /// The figures of one scenario from its counts, as ``init(_:)`` makes them from reflections.
    init(_ tally: ScenarioTally) {
        let scenario = tally.latest!.scenario
        let minimum = CohortReport.minimumSessions
        self.init(
            id: scenario.id.value, title: scenario.title.value, sessions: tally.sessions,
            suppressed: tally.sessions < minimum)
        guard !suppressed else { return }
        endings = tally.endings
        orderIssues = tally.orderIssues
        elementsNeverShown = tally.neverShown
        coreQuestions = CoreQuestion.allCases.map { question in
            let firsts = tally.firstSteps[question] ?? []
            return CoreQuestionCohort(
                question: question, missing: tally.sessions - firsts.count,
                firstStepMedian: firsts.count >= minimum ? firsts.median : nil)
        }
        let agreements = tally.agreements
        if agreements.count >= minimum, let median = agreements.median {
            expertAgreement = Spread(median: median, min: agreements.min()!, max: agreements.max()!, sessions: agreements.count)
        }

        for scene in scenario.scenes where !scene.choices.isEmpty {
            let count = tally.sessionsAt[scene.id] ?? 0
            guard count > 0 else { continue }
            var figure = SceneFigure(scene: scene.id, sessions: count, suppressed: count < minimum)
            guard !figure.suppressed else { scenes.append(figure); continue }
            let here = tally.scenes[scene.id] ?? SceneTally()
            figure.steps = here.steps
            figure.phaseSkips = here.phaseSkips
            figure.pitfalls = here.pitfalls
            figure.decisionMedianMs = here.decisionMs.median
            for choice in scene.choices {
                options.append(OptionFigure(
                    scene: scene.id, choice: choice.number, expert: choice.expert,
                    taken: here.taken[choice.number] ?? 0, shown: here.shown[choice.number] ?? 0))
            }
            let expertBest = scene.choices.filter(\.expert).map { here.taken[$0.number] ?? 0 }.max()
            if let expertBest {
                figure.expertLosesTo = scene.choices
                    .filter { !$0.expert && (here.taken[$0.number] ?? 0) > expertBest }.map(\.number)
            }
            figure.teamSuppressed = (tally.teamSessionsAt[scene.id] ?? 0) < minimum
            if !figure.teamSuppressed {
                figure.teamSteps = here.teamSteps
                figure.dissent = here.dissent
            }
            scenes.append(figure)
        }
    }
}
