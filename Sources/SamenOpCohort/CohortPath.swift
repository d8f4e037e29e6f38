import Foundation
import SamenOpEngine
import SamenOpModel

/// One distinct sequence of choices (taken and not undone) through one scenario, scored once.
///
/// What the cohort counts of a session's steps and of the session as a whole (phase verdicts,
/// pitfalls, options shown and taken, core questions, missed elements, expert agreement, the
/// ending) depends only on the scenario and the choices that stand: not on when they were made,
/// on who voted, or on the order the options were shown in. Ten thousand sessions over one
/// scenario walk far fewer distinct paths, so `stats` keeps them in a tree whose every node is
/// replayed and reflected by the engine once (``Session/choose(shown:at:)``,
/// ``Reflection/init(session:)``): the figures are the engine's own, computed per path
/// instead of per session.
final class CohortPath {
    /// The path replayed from the scenario's start, options in authored order.
    let session: Session
    let scene: Scene
    let isFinished: Bool
    /// The options shown here, in authored order.
    let visible: [Choice]
    /// Each visible option's text to its place in ``visible``; `nil` when two share a text (a
    /// replay then depends on the order shown: the session is replayed in full).
    let places: [String: Int]?
    /// The step that led here; `nil` at the start.
    let step: StepFigure?
    private var children: [CohortPath?]

    /// Finished sessions whose standing choices end here, all and team ones.
    var sessions = 0
    var teamSessions = 0
    /// Finished sessions whose standing choices pass through here (``CohortTally`` fills it in).
    var through = 0

    init(session: Session, step: StepFigure?) {
        let visible = session.visibleChoices
        var places: [String: Int]? = [:]
        for (i, choice) in visible.enumerated() where places?.updateValue(i, forKey: choice.text.value) != nil {
            places = nil
        }
        self.session = session
        scene = session.scene
        isFinished = session.isFinished
        self.visible = visible
        self.places = places
        self.step = step
        children = Array(repeating: nil, count: visible.count)
    }

    /// The start of a scenario (a practice start is replayed in full, never walked).
    convenience init(root scenario: Scenario) {
        let header = SessionHeader(
            id: "", scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256, mode: .selfStudy,
            startedAt: Date(timeIntervalSinceReferenceDate: 0))
        self.init(session: Session(scenario: scenario, header: header), step: nil)
    }

    /// The path one choice further: the visible option at `place` (authored order) taken here.
    func child(_ place: Int) -> CohortPath? {
        if let child = children[place] { return child }
        var next = session
        guard (try? next.choose(shown: place + 1, at: Date(timeIntervalSinceReferenceDate: 0))) != nil,
              let reflected = Reflection.lastStep(of: next) else { return nil }
        let child = CohortPath(session: next, step: StepFigure(reflected))
        children[place] = child
        return child
    }

    /// The nodes below this one that have been walked.
    var walked: [CohortPath] { children.compactMap { $0 } }

    /// What the session as a whole counts for, when its choices end here.
    private(set) lazy var summary = PathSummary(Reflection(session: session))

    /// The authored numbers of the visible options in the order a session with `seed` shows
    /// them (``Session/orderedChoices(of:)``): what a vote's number as shown refers to.
    func shownNumbers(seed: UInt64?) -> [Int] {
        guard let seed else { return visible.map(\.number) }
        let visibleNumbers = Set(visible.map(\.number))
        return OptionOrder.permutation(count: scene.choices.count, seed: seed, scene: scene.id)
            .map { scene.choices[$0].number }.filter { visibleNumbers.contains($0) }
    }
}

/// What the cohort counts of one step, whoever took it and whenever.
struct StepFigure {
    var scene: String
    var phaseSkip: Bool
    var pitfalls: [Pitfall]
    /// The authored number taken, and those on screen.
    var choice: Int
    var shown: [Int]

    init(_ step: StepReflection) {
        scene = step.scene.id
        phaseSkip = step.verdict == .ahead
        pitfalls = step.choice.pitfalls.map(\.value)
        choice = step.choice.number
        shown = step.shownChoices.map(\.number)
    }
}

/// What the cohort counts of one finished session as a whole.
struct PathSummary {
    var ending: String?
    var orderIssues: Set<String>
    var neverShown: [Element]
    var firstStep: [CoreQuestion: Int]
    /// Expert agreement in percent; `nil` without a decision where an expert option was shown.
    var agreement: Int?
    /// Scenes with at least one standing step.
    var scenes: Set<String>

    init(_ r: Reflection) {
        ending = r.ending?.id
        orderIssues = Set(r.kernvragen.orderIssues.map(\.id))
        neverShown = r.elements.neverShown
        firstStep = r.kernvragen.firstStep
        agreement = r.expert.decisions > 0
            ? Int((Double(r.expert.matched) * 100 / Double(r.expert.decisions)).rounded()) : nil
        scenes = Set(r.steps.map(\.scene.id))
    }
}
