import Foundation
import SamenOpModel
import SamenOpText

extension Reflection {
    /// Computes every figure of the scoring contract from a session, finished or not.
    ///
    /// Only active steps count; undone steps stay in ``record`` for the timeline. A step whose
    /// scene or choice no longer exists in the scenario (a session replayed against a changed
    /// file would have been refused, so this is defensive) is left out rather than trapping.
    public init(session: Session) {
        let scenario = session.scenario
        let state = session.state
        let review = Self.isReview(session)

        let (record, recorded) = Self.record(of: session)
        let steps = record.filter { !$0.undone }

        self.scenario = scenario
        header = state.header
        participants = state.participants
        finishedAt = state.finishedAt
        self.steps = steps
        self.record = record
        phase = Self.phaseFigures(steps)
        kernvragen = Self.coreQuestionFigures(steps)
        elements = Self.elementFigures(steps)
        pitfalls = steps.flatMap { step in
            step.choice.pitfalls.map { PitfallHit(pitfall: $0.value, step: step.index, scene: step.scene.id) }
        }
        expert = Self.agreement(steps, decision: { $0.isDecision && $0.expertShown }, match: { $0.choice.expert })
        actual = review ? Self.agreement(steps, decision: { $0.matchesActual != nil }, match: { $0.matchesActual == true }) : nil

        let initial = scenario.initialValues[safetyVariable]?.intValue ?? 0
        trajectory = [initial.clamped(to: safetyRange)] + steps.map(\.safetyAfter)

        currentScene = session.scene
        pendingNotes = session.isFinished ? [] : session.state.pendingNotes
        let visitedStages = steps.map(\.stage) + [session.scene.stage.value]
        structural = visitedStages.contains(where: \.isStructural)
        structuralLink = StructuralLink(steps: steps, visited: structural)
        ending = session.scene.isEnd ? session.scene : nil
        team = state.header.mode == .team
            ? TeamFigures(steps: steps, records: recorded, scenario: scenario, revealed: state.revealed, shared: state.shared) : nil
    }

    /// Whether steps are set beside what was done then: a review of a past case.
    static func isReview(_ session: Session) -> Bool {
        session.state.header.mode == .review && session.scenario.kind == .pastCase
    }

    /// Every recorded step as the report sees it (undone ones marked), and the active steps'
    /// records by their number.
    static func record(of session: Session) -> (record: [StepReflection], recorded: [Int: Step]) {
        let review = isReview(session)
        var record: [StepReflection] = []
        var activeCount = 0
        var recorded: [Int: Step] = [:]
        for step in session.state.steps {
            guard let reflected = StepReflection(step: step, index: activeCount + 1, scenario: session.scenario, review: review)
            else { continue }
            record.append(reflected)
            if !step.undone {
                activeCount += 1
                recorded[activeCount] = step
            }
        }
        return (record, recorded)
    }

    static func phaseFigures(_ all: [StepReflection]) -> PhaseFigures {
        // A transition (one option on screen) is no decision and is not judged.
        let steps = all.filter(\.isDecision)
        func count(_ verdict: PhaseVerdict) -> Int { steps.count { $0.verdict == verdict } }
        return PhaseFigures(
            aligned: count(.aligned), ahead: count(.ahead), behind: count(.behind), untagged: count(.untagged),
            skips: steps.filter { $0.verdict == .ahead }.map(\.index))
    }

    static func coreQuestionFigures(_ steps: [StepReflection]) -> CoreQuestionFigures {
        var first: [CoreQuestion: Int] = [:]
        var grid: [Stage: [CoreQuestion: [Int]]] = [:]
        for step in steps {
            for question in step.choice.kernvragen {
                if first[question.value] == nil { first[question.value] = step.index }
                if grid[step.stage]?[question.value]?.last != step.index {
                    grid[step.stage, default: [:]][question.value, default: []].append(step.index)
                }
            }
        }
        var issues: [OrderIssue] = []
        if let four = first[.watMoetErNuGebeuren], (first[.isHetNuVeilig] ?? Int.max) > four,
           let step = steps.first(where: { $0.index == four }) {
            issues.append(OrderIssue(id: "4-before-3", step: four, scene: step.scene.id))
        }
        return CoreQuestionFigures(firstStep: first, orderIssues: issues, grid: grid)
    }

    static func elementFigures(_ steps: [StepReflection]) -> ElementFigures {
        var shown: [Element: Int] = [:]
        for step in steps {
            for element in step.choice.elements { shown[element.value, default: 0] += 1 }
        }
        let missed = steps.flatMap { step in
            step.missed.map { MissedElement(element: $0, step: step.index, scene: step.scene.id) }
        }
        let missedSet = Set(missed.map(\.element))
        let never = Element.allCases.filter { missedSet.contains($0) && shown[$0] == nil }
        return ElementFigures(shown: shown, missed: missed, neverShown: never)
    }

    static func agreement(
        _ steps: [StepReflection], decision: (StepReflection) -> Bool, match: (StepReflection) -> Bool
    ) -> Agreement {
        let decisions = steps.filter(decision)
        let matched = decisions.filter(match)
        return Agreement(
            matched: matched.count, decisions: decisions.count,
            decisionSteps: decisions.map(\.index), matchedSteps: matched.map(\.index))
    }
}

extension StepReflection {
    /// Resolves a recorded step against its scenario; `nil` when the scene or choice is gone.
    init?(step: Step, index: Int, scenario: Scenario, review: Bool) {
        guard let scene = scenario.scene(step.scene),
              let choice = scene.choices.first(where: { $0.number == step.choice }) else { return nil }
        let shownChoices = step.shownChoices.compactMap { number in scene.choices.first { $0.number == number } }
        let before = step.safetyBefore.clamped(to: safetyRange)
        let situation = scene.phase?.value ?? scenario.phaseBands.phase(for: before)

        let verdict: PhaseVerdict
        if let phase = choice.phase?.value {
            verdict = phase == situation ? .aligned : (phase > situation ? .ahead : .behind)
        } else {
            verdict = .untagged
        }

        var missed: [Element] = []
        if !choice.expert, shownChoices.count >= 2 {
            let own = Set(choice.elements.map(\.value))
            // In authored order, so that the figure does not depend on the order shown.
            for expertChoice in shownChoices.sorted(by: { $0.number < $1.number }) where expertChoice.expert {
                for element in expertChoice.elements.map(\.value) where !own.contains(element) && !missed.contains(element) {
                    missed.append(element)
                }
            }
        }

        var matchesActual: Bool?
        if review, shownChoices.count >= 2, shownChoices.contains(where: \.isActual) { matchesActual = choice.isActual }

        self.init(
            index: index, undone: step.undone, scene: scene, choice: choice, shown: step.shown,
            shownChoices: shownChoices, situationPhase: situation, verdict: verdict,
            safetyBefore: before, safetyAfter: step.safetyAfter.clamped(to: safetyRange),
            decisionMs: step.decisionMs, notes: step.notes, votes: step.votes, chosenAt: step.chosenAt,
            missed: missed, matchesActual: matchesActual)
        scales = step.scales
    }
}

extension Reflection {
    /// The core-question grid: the steps in `stage` whose chosen choice worked on `question`.
    public func steps(in stage: Stage, covering question: CoreQuestion) -> [Int] {
        kernvragen.grid[stage]?[question] ?? []
    }

    /// The steps whose chosen choice showed `element`.
    public func steps(showing element: Element) -> [Int] {
        steps.compactMap { step in step.choice.elements.contains { $0.value == element } ? step.index : nil }
    }

    /// The steps with a non-expert choice where an expert option was shown.
    public var stepsWithExpertAlternatives: [StepReflection] { steps.filter { !$0.expertAlternatives.isEmpty } }
}
