import Foundation
import SamenOpEngine
import SamenOpModel

extension CohortReport {
    /// The cohort report over `reflections`; only those of finished sessions count.
    ///
    /// Every figure is a count over the sessions' own ``Reflection``s (undone steps left out,
    /// as in each session's report), grouped by scenario id. A scenario's figures are taken
    /// from the scenario of its most recent session, so options that nobody took still appear.
    public init(reflections: [Reflection]) {
        let finished = reflections.filter { $0.finishedAt != nil }
        let byScenario = Dictionary(grouping: finished, by: { $0.scenario.id.value })
        sessions = finished.count
        scenarios = byScenario.keys.sorted().map { ScenarioCohort(byScenario[$0]!) }
    }
}

extension ScenarioCohort {
    init(_ reflections: [Reflection]) {
        let scenario = reflections.max(by: { $0.header.startedAt < $1.header.startedAt })!.scenario
        id = scenario.id.value
        title = scenario.title.value
        sessions = reflections.count
        suppressed = reflections.count < CohortReport.minimumSessions
        guard !suppressed else { return }
        let minimum = CohortReport.minimumSessions

        for r in reflections {
            if let ending = r.ending { endings[ending.id, default: 0] += 1 }
            for issue in Set(r.kernvragen.orderIssues.map(\.id)) { orderIssues[issue, default: 0] += 1 }
            for element in r.elements.neverShown { elementsNeverShown[element, default: 0] += 1 }
        }

        coreQuestions = CoreQuestion.allCases.map { question in
            let firsts = reflections.compactMap { $0.kernvragen.firstStep[question] }
            return CoreQuestionCohort(
                question: question, missing: reflections.count - firsts.count,
                firstStepMedian: firsts.count >= minimum ? firsts.median : nil)
        }

        let agreements = reflections.compactMap { r -> Int? in
            r.expert.decisions > 0 ? Int((Double(r.expert.matched) * 100 / Double(r.expert.decisions)).rounded()) : nil
        }
        if agreements.count >= minimum, let median = agreements.median {
            expertAgreement = Spread(median: median, min: agreements.min()!, max: agreements.max()!, sessions: agreements.count)
        }

        // Steps by scene, and the sessions (team ones apart) that decided at each scene.
        var steps: [String: [StepReflection]] = [:]
        var teamSteps: [String: [StepReflection]] = [:]
        var sessionsAt: [String: Int] = [:]
        var teamSessionsAt: [String: Int] = [:]
        for r in reflections {
            for step in r.steps {
                steps[step.scene.id, default: []].append(step)
                if r.isTeam { teamSteps[step.scene.id, default: []].append(step) }
            }
            for scene in Set(r.steps.map(\.scene.id)) {
                sessionsAt[scene, default: 0] += 1
                if r.isTeam { teamSessionsAt[scene, default: 0] += 1 }
            }
        }

        for scene in scenario.scenes where !scene.choices.isEmpty {
            let count = sessionsAt[scene.id] ?? 0
            guard count > 0 else { continue }
            var figure = SceneFigure(scene: scene.id, sessions: count, suppressed: count < minimum)
            guard !figure.suppressed else { scenes.append(figure); continue }
            let here = steps[scene.id] ?? []
            figure.steps = here.count
            figure.phaseSkips = here.count { $0.verdict == .ahead }
            for step in here {
                for pitfall in step.choice.pitfalls { figure.pitfalls[pitfall.value, default: 0] += 1 }
            }
            figure.decisionMedianMs = here.map(\.decisionMs).median
            var taken: [Int: Int] = [:]
            var shown: [Int: Int] = [:]
            for step in here {
                taken[step.choice.number, default: 0] += 1
                for choice in step.shownChoices { shown[choice.number, default: 0] += 1 }
            }
            for choice in scene.choices {
                options.append(OptionFigure(
                    scene: scene.id, choice: choice.number, expert: choice.expert,
                    taken: taken[choice.number] ?? 0, shown: shown[choice.number] ?? 0))
            }
            let expertBest = scene.choices.filter(\.expert).map { taken[$0.number] ?? 0 }.max()
            if let expertBest {
                figure.expertLosesTo = scene.choices
                    .filter { !$0.expert && (taken[$0.number] ?? 0) > expertBest }.map(\.number)
            }
            let team = teamSteps[scene.id] ?? []
            figure.teamSuppressed = (teamSessionsAt[scene.id] ?? 0) < minimum
            if !figure.teamSuppressed {
                figure.teamSteps = team.count
                figure.dissent = team.count(where: \.dissent)
            }
            scenes.append(figure)
        }
    }

    /// Options of reached, unsuppressed scenes that no session took.
    public var optionsNobodyTakes: [OptionFigure] { options.filter { $0.taken == 0 } }
}
