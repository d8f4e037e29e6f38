import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// Shuffled options (issue 11, part 3): a seed stored with the session fixes each scene's order.
@Suite("Option order")
struct OptionOrderTests {
    static func header(_ scenario: Scenario, seed: UInt64?, mode: SessionMode = .selfStudy) -> SessionHeader {
        var header = Playthrough.header(scenario, mode: mode)
        header.shuffleSeed = seed
        return header
    }

    @Test("a permutation depends only on seed and scene id, and is a permutation")
    func permutation() {
        let a = OptionOrder.permutation(count: 5, seed: 7, scene: "melding")
        #expect(a == OptionOrder.permutation(count: 5, seed: 7, scene: "melding"))
        #expect(a.sorted() == [0, 1, 2, 3, 4])
        // Fixed values: the order must not change between versions or machines, or stored
        // sessions would replay in another order than they were played.
        #expect(a == [0, 3, 2, 4, 1])
        #expect(OptionOrder.permutation(count: 1, seed: 7, scene: "x") == [0])
        #expect(OptionOrder.permutation(count: 0, seed: 7, scene: "x") == [])
        let seeds = (0..<40).map { OptionOrder.permutation(count: 4, seed: UInt64($0), scene: "melding") }
        #expect(Set(seeds).count > 10, "forty seeds give hardly any different orders")
        let scenes = ["a", "b", "c", "d", "e", "f", "g", "h"].map { OptionOrder.permutation(count: 4, seed: 7, scene: $0) }
        #expect(Set(scenes).count > 3, "the scene id does not change the order")
    }

    @Test("a shuffled session shows the options in the seed's order; numbers are positions, events keep the authored number")
    func shownOrder() throws {
        let scenario = try Playthrough.scenario(ScoringTests.twoStep())
        var session = Session(scenario: scenario, header: Self.header(scenario, seed: 7))
        let order = OptionOrder.permutation(count: 3, seed: 7, scene: "melding").map { $0 + 1 }
        #expect(session.visibleChoices.map(\.number) == order)
        let step = try session.choose(shown: 1, at: Playthrough.time(5))
        #expect(step.choice == order[0])
        #expect(step.shown == 1)
        #expect(step.shownChoices == order)
        guard case .choose(_, let shown, let choice, _, _) = try #require(session.lastEvent) else {
            Issue.record("no choose event"); return
        }
        #expect(shown == 1)
        #expect(choice == order[0])
        let r = Reflection(session: session)
        #expect(r.steps[0].order == order)
        #expect(JSONReport.render(r).contains("\"order\": [\(order.map(String.init).joined(separator: ", "))]"))
        // Without a seed: the authored order.
        #expect(Session(scenario: scenario, header: Self.header(scenario, seed: nil)).visibleChoices.map(\.number) == [1, 2, 3])
    }

    @Test("a header stored before shuffling (no shuffleSeed) decodes as the authored order")
    func olderHeader() throws {
        let old = #"{"id":"abcd2345","scenarioID":"fixture","scenarioSHA256":"00","mode":"self-study","startedAt":0,"acceptedPrivacyRisk":false}"#
        let header = try JSONDecoder().decode(SessionHeader.self, from: Data(old.utf8))
        #expect(header.shuffleSeed == nil)
        var seeded = header
        seeded.shuffleSeed = 123_456_789
        let again = try JSONDecoder().decode(SessionHeader.self, from: JSONEncoder().encode(seeded))
        #expect(again.shuffleSeed == 123_456_789)
    }

    @Test("a stored shuffled session resumes showing the same order, and replays to the same state")
    func storeRoundTrip() throws {
        let scenario = try Playthrough.scenario(ScoringTests.twoStep())
        let store = try SessionStore.inMemory()
        var session = Session(scenario: scenario, header: Self.header(scenario, seed: 8))
        try store.create(session, scenarioPath: "/tmp/fixture.yaml")
        try session.choose(shown: 2, at: Playthrough.time(3)); try store.record(session)
        let before = session.visibleChoices.map(\.number)
        let stored = try store.load(session.state.header.id)
        #expect(stored.header.shuffleSeed == 8)
        let resumed = try Session.replay(scenario: scenario, header: stored.header, events: stored.events)
        #expect(resumed.visibleChoices.map(\.number) == before)
        #expect(resumed.state == session.state)
    }

    /// A path through `scenario` chosen by authored number at random, played once in authored
    /// order and once shuffled, typing each time the position the option has on screen.
    static func playBoth(_ scenario: Scenario, seed: UInt64, pathSeed: UInt64, mode: SessionMode) throws -> (Session, Session) {
        var plain = Session(scenario: scenario, header: header(scenario, seed: nil, mode: mode))
        var shuffled = Session(scenario: scenario, header: header(scenario, seed: seed, mode: mode))
        var random = SplitMix64(state: pathSeed)
        var clock = Playthrough.start
        for _ in 0..<40 where !plain.isFinished && !plain.visibleChoices.isEmpty {
            let visible = plain.visibleChoices
            let pick = visible[Int(random.next() % UInt64(visible.count))].number
            clock = clock.addingTimeInterval(5)
            try plain.choose(shown: try #require(visible.firstIndex { $0.number == pick }) + 1, at: clock)
            let position = try #require(shuffled.visibleChoices.firstIndex { $0.number == pick }) + 1
            try shuffled.choose(shown: position, at: clock)
        }
        return (plain, shuffled)
    }

    /// The part of a Markdown report from `## title` to the next `## `.
    static func section(_ markdown: String, _ title: String) -> String {
        guard let start = markdown.range(of: "## " + title + "\n") else { return "" }
        let rest = markdown[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    @Test("property: over random seeds and paths, no figure of the report depends on the option order",
          arguments: BundledScenarioTests.names)
    func figuresIndependentOfOrder(name: String) throws {
        let scenario = try BundledScenarioTests.scenario(name)
        let mode: SessionMode = scenario.kind == .pastCase ? .review : .selfStudy
        var seeds = SplitMix64(state: OptionOrder.fnv1a(name))
        var differentOrder = false
        for _ in 0..<12 {
            let (plain, shuffled) = try Self.playBoth(scenario, seed: seeds.next() % 1_000_000_000, pathSeed: seeds.next(), mode: mode)
            let a = Reflection(session: plain), b = Reflection(session: shuffled)
            #expect(a.phase == b.phase)
            #expect(a.kernvragen == b.kernvragen)
            #expect(a.elements == b.elements)
            #expect(a.pitfalls == b.pitfalls)
            #expect(a.expert == b.expert)
            #expect(a.actual == b.actual)
            #expect(a.trajectory == b.trajectory)
            #expect(a.structural == b.structural)
            #expect(a.structuralLink == b.structuralLink)
            #expect(a.ending?.id == b.ending?.id)
            #expect(a.steps.map(\.choice.number) == b.steps.map(\.choice.number))
            #expect(a.steps.map(\.verdict) == b.steps.map(\.verdict))
            #expect(a.steps.map(\.expertAgreement) == b.steps.map(\.expertAgreement))
            #expect(a.steps.map(\.isDecision) == b.steps.map(\.isDecision))
            #expect(a.steps.map(\.missed) == b.steps.map(\.missed))
            #expect(a.steps.map(\.matchesActual) == b.steps.map(\.matchesActual))
            #expect(a.steps.map { Set($0.order) } == b.steps.map { Set($0.order) })
            if a.steps.map(\.order) != b.steps.map(\.order) { differentOrder = true }
            // The whole mirror, every sentence of it, reads the same in both orders.
            let language = scenario.language
            let mdA = ReportRenderer.render(session: plain, format: .md, language: language)
            let mdB = ReportRenderer.render(session: shuffled, format: .md, language: language)
            let mirror = Localizer(language)(.reportPart2)
            #expect(Self.section(mdA, mirror) == Self.section(mdB, mirror))
            #expect(!Self.section(mdA, mirror).isEmpty)
        }
        #expect(differentOrder, "\(name): twelve seeds never changed the order")
    }
}
