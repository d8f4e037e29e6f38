import Foundation
import Testing
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpStore
@testable import SamenOpCohort

/// The fast cohort path (``SessionStore/cohortSessions(_:)``, ``CohortTally``) against the
/// straightforward one (``SessionStore/storedSessions(_:)``, replay, ``Reflection``,
/// ``CohortReport/init(reflections:)``), over seeded random sessions on bundled scenarios.
@Suite("Cohort tally")
struct CohortTallyTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios")

    static func scenario(_ name: String) throws -> Scenario {
        let loaded = ScenarioLoader.load(path: folder.appendingPathComponent(name).path)
        return try #require(loaded.scenario)
    }

    /// A small seeded generator (the same sessions on every run and platform).
    struct Dice {
        var state: UInt64
        mutating func roll(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        mutating func chance(_ percent: Int) -> Bool { roll(100) < percent }
    }

    static let notes = ["waarom", "eerst \"veiligheid\"\nen dan", "kind/ouder", "één — later 👍", "  tab\there  "]

    /// A session played at random: undo, notes, resumes, and in team sessions joins, typed and
    /// phone votes (some replaced), shared cards, judgements and reveals; some are practice
    /// sessions, some stop early.
    static func session(_ scenario: Scenario, index: Int, dice: inout Dice) throws -> StoredSession {
        let team = dice.chance(40)
        let first = SessionHeader(
            id: "s\(scenario.id.value.prefix(4))\(index)", scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256,
            mode: team ? .team : .selfStudy,
            startedAt: Date(timeIntervalSinceReferenceDate: 800_000_000 + Double(index) * 3_600.125 + Double(dice.roll(1000)) / 7),
            shuffleSeed: dice.chance(50) ? UInt64(1 + dice.roll(999_999)) : nil, group: dice.chance(50) ? "Noord" : "Zuid")
        var header = first
        if dice.chance(4), let scene = scenario.scenes.dropFirst().first(where: { !$0.choices.isEmpty }) {
            // A practice start: read by JSONDecoder and replayed in full, never walked.
            header.practice = PracticeStart(scene: scene.id, presets: [])
        }
        var session = Session(scenario: scenario, header: header)
        var clock = header.startedAt
        func tick() -> Date {
            clock.addTimeInterval(Double(1 + dice.roll(90_000)) / 1000 + 0.000_5)
            return clock
        }
        var names: [String] = []
        if team {
            for (i, role) in scenario.roles.prefix(1 + dice.roll(3)).enumerated() {
                names.append(["Anna", "bram", "Chris"][i])
                try session.join(name: names[i], role: role.id, at: tick())
            }
        }
        let stopAt = dice.chance(15) ? dice.roll(6) : Int.max
        var actions = 0
        while !session.isFinished, !session.isAtDeadEnd, actions < 60 {
            actions += 1
            if session.stepNumber > stopAt { break }
            if dice.chance(20) { try session.note(notes[dice.roll(notes.count)], at: tick()) }
            if dice.chance(5) { session.resume(at: tick()) }
            if team, !names.isEmpty {
                for _ in 0..<dice.roll(4) {
                    let name = names[dice.roll(names.count)]
                    let shown = 1 + dice.roll(session.visibleChoices.count)
                    if dice.chance(30) {
                        try session.vote(name: name.uppercased(), shown: shown, reason: nil, from: .room, at: tick())
                    } else {
                        try session.vote(name: name, shown: shown, reason: dice.chance(50) ? "omdat" : nil, at: tick())
                    }
                }
                if dice.chance(3), let card = session.shareableCards.first { try session.share(card: card, at: tick()) }
                if dice.chance(5), session.scene.asksScale { try session.judge(name: names[0], value: dice.roll(11), reason: nil, phone: false, at: tick()) }
                if dice.chance(3) { try session.revealVotes(at: tick()) }
            }
            try session.choose(shown: 1 + dice.roll(session.visibleChoices.count), at: tick())
            if dice.chance(12), session.state.activeSteps.count > 0 { try session.undo(at: tick()) }
        }
        if session.isFinished, dice.chance(20) { try session.note("achteraf", at: tick()) }
        return StoredSession(header: header, scenarioPath: "", events: session.state.events, finishedAt: session.state.finishedAt)
    }

    /// `count` random sessions on each scenario, imported into a store in memory.
    static func store(_ scenarios: [Scenario], count: Int, seed: UInt64) throws -> SessionStore {
        var dice = Dice(state: seed)
        var sessions: [StoredSession] = []
        for scenario in scenarios {
            for i in 0..<count { sessions.append(try session(scenario, index: i, dice: &dice)) }
        }
        let store = try SessionStore.inMemory()
        try store.importSessions(sessions)
        return store
    }

    /// The report the straightforward way, and the fast way with the number of sessions walked.
    static func reports(_ store: SessionStore, _ filter: SessionFilter, _ scenarios: [Scenario])
        throws -> (expected: CohortReport, fast: CohortReport, walked: Int) {
        let byID = Dictionary(uniqueKeysWithValues: scenarios.map { ($0.id.value, $0) })
        let stored = try store.storedSessions(filter)
        let expected = CohortReport(reflections: try stored.map {
            Reflection(session: try Session.replay(scenario: byID[$0.header.scenarioID]!, header: $0.header, events: $0.events))
        })
        let read = try store.cohortSessions(filter)
        #expect(read == stored, "the lean reader gives what JSONDecoder gives")
        var tally = CohortTally()
        for s in read { try tally.add(header: s.header, events: s.events, scenario: byID[s.header.scenarioID]!) }
        return (expected, tally.report, tally.walked)
    }

    @Test("the tally gives the same report as replaying and reflecting every session, on two bundled scenarios")
    func sameAsReplay() throws {
        let scenarios = [try Self.scenario("wurging-op-vrijdag.yaml"), try Self.scenario("baby-op-het-balkon.yaml")]
        let store = try Self.store(scenarios, count: 300, seed: 2026)
        let all = try Self.reports(store, SessionFilter(), scenarios)
        #expect(all.fast == all.expected)
        #expect(CohortJSON.render(all.fast) == CohortJSON.render(all.expected))
        // The walk is what is tested: most sessions are walked, not replayed in full.
        #expect(all.walked > 400, "only \(all.walked) of 600 sessions walked")
        #expect(all.expected.scenarios.allSatisfy { !$0.suppressed && $0.scenes.contains { !$0.teamSuppressed && $0.dissent > 0 } })
        #expect(all.expected.sessions < 600, "unfinished sessions are left out")

        let finished = try Self.reports(store, SessionFilter(group: "Noord", finishedOnly: true), scenarios)
        #expect(finished.fast == finished.expected)
        // A handful: suppressed scenes and scenarios come out the same too.
        let ids = try store.sessions().filter { $0.finishedAt != nil }.map(\.id).sorted()
        let few = try Self.reports(store, SessionFilter(ids: Array(ids.prefix(5)) + Array(ids.suffix(2))), scenarios)
        #expect(few.fast == few.expected)
    }

    @Test("a session whose events no longer fit the scenario is refused with the replay's own error")
    func refusedLikeReplay() throws {
        let scenario = try Self.scenario("wurging-op-vrijdag.yaml")
        var dice = Dice(state: 7)
        var stored = try Self.session(scenario, index: 1, dice: &dice)
        guard let i = stored.events.firstIndex(where: { if case .choose = $0 { true } else { false } }),
              case .choose(let scene, let shown, let choice, _, let at) = stored.events[i] else {
            Issue.record("no choice in the session")
            return
        }
        stored.events[i] = .choose(scene: scene, shown: shown, choice: choice, text: "Een optie die er niet meer is.", at: at)
        var replayError: EngineError?
        do { _ = try Session.replay(scenario: scenario, header: stored.header, events: stored.events) } catch { replayError = error }
        var tally = CohortTally()
        var tallyError: EngineError?
        do { try tally.add(header: stored.header, events: stored.events, scenario: scenario) } catch { tallyError = error }
        #expect(replayError != nil)
        #expect(tallyError == replayError)
        #expect(tally.report.sessions == 0)
    }

    @Test("the lean reader reads escapes and unusual numbers as JSONDecoder does, and leaves other forms to it")
    func leanReader() throws {
        let text = #"[{"note":{"at":1.5e3,"text":"a\"b\\c\/d\n\u00e9\ud83d\udc4d"}},{"undo":{"at":-2}}]"#
        let lean = try StoredJSONReader.events(text)
        #expect(lean == (try JSONDecoder().decode([SessionEvent].self, from: Data(text.utf8))))
        #expect(lean == [.note(text: "a\"b\\c/d\né👍", at: Date(timeIntervalSinceReferenceDate: 1500)), .undo(at: Date(timeIntervalSinceReferenceDate: -2))])
        #expect(throws: StoredJSONReader.Unexpected.self) { try StoredJSONReader.events(#"[{"undo":{"at":1,"extra":2}}]"#) }
        #expect(throws: StoredJSONReader.Unexpected.self) { try StoredJSONReader.events(#"[{"choose":{"at":1,"choice":1.0,"scene":"a","shown":1}}]"#) }
        // Left to JSONDecoder: it ignores the extra field, as it always has.
        #expect(try SessionStore.readEvents(#"[{"undo":{"at":1,"extra":2}}]"#) == [.undo(at: Date(timeIntervalSinceReferenceDate: 1))])
    }
}
