import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// Holds every bundled scenario in `Scenarios/` to the bar of the scenario library (issue 7):
/// clean under the strict check, long enough to train with, and playable with the engine along
/// every expert path. New files in the folder are covered without changing this file.
@Suite("Scenario library")
struct BundledScenarioTests {
    /// The repository's `Scenarios/` folder, found from this file's place in `Tests/`.
    static let folder: String = repositoryRoot.appendingPathComponent("Scenarios").path
    static let transcriptFolder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Transcripts").path
    static let library = ScenarioLibrary(folder: folder)
    /// File names, the arguments of the per-scenario tests.
    static let names: [String] = ScenarioLibrary.files(in: folder).map { URL(fileURLWithPath: $0).lastPathComponent }
    static let transcripts: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: transcriptFolder)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    private static var repositoryRoot: URL {
        // Tests/SamenOpKitTests/Scenarios/BundledScenarioTests.swift -> four levels up.
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }

    // MARK: - The library as a whole

    @Test("the library holds at least one scenario for every family profile, with unique ids")
    func libraryCoversProfiles() {
        #expect(Self.names.count >= 5, "only \(Self.names.count) scenario files in \(Self.folder)")
        let profiles = Set(Self.library.entries.compactMap(\.scenario).flatMap { $0.profiles.map(\.value) })
        for profile in Profile.allCases {
            #expect(profiles.contains(profile), "no scenario has profile \(profile.rawValue)")
        }
        let duplicates = Self.library.diagnostics.filter { $0.code == "SO090" }
        #expect(duplicates.isEmpty, "\(duplicates.map(\.message))")
    }

    @Test("the library has fifteen scenarios or more: every profile twice, two past cases, two in English, a scale question, recovery as an expert action")
    func libraryBreadth() {
        let scenarios = Self.library.entries.compactMap(\.scenario)
        #expect(scenarios.count >= 15, "\(scenarios.count) scenarios")
        for profile in Profile.allCases {
            let count = scenarios.filter { $0.profiles.map(\.value).contains(profile) }.count
            #expect(count >= 2, "profile \(profile.rawValue) in \(count) scenario(s)")
        }
        #expect(scenarios.filter { $0.kind == .pastCase }.count >= 2)
        #expect(scenarios.filter { $0.language == .en }.count >= 2)
        #expect(scenarios.contains { $0.profiles.count >= 2 }, "no scenario carries two profiles")
        #expect(scenarios.contains { $0.scenes.contains(where: \.asksScale) }, "no scene asks the room's own safety judgement")
        #expect(scenarios.contains { $0.scenes.contains { $0.choices.contains { $0.expert && $0.phase?.value == .herstel } } },
                "recovery is never the expert action")
    }

    @Test("the expert option is strictly the longest at no more than half of the decisions", arguments: names)
    func noLengthCue(name: String) throws {
        let scenario = try Self.scenario(name)
        let decisions = scenario.scenes.filter { $0.choices.count >= 2 && $0.choices.contains(where: \.expert) }
        let cued = decisions.filter { scene in
            let lengths = scene.choices.map(\.text.value.count)
            let longest = lengths.max() ?? 0
            return lengths.filter { $0 == longest }.count == 1 && scene.choices[lengths.firstIndex(of: longest)!].expert
        }
        #expect(cued.count * 2 <= decisions.count, "\(name): expert option longest at \(cued.count) of \(decisions.count) decisions")
    }

    // MARK: - Each scenario's shape

    @Test("the scenario loads with no errors and no warnings, the authoring lints included", arguments: names)
    func loadsClean(name: String) throws {
        let result = try Self.load(name)
        let messages = result.diagnostics.map { "\($0.severity.rawValue) \($0.code) \($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.message)" }
        #expect(messages.isEmpty, "\(name): \(messages.joined(separator: "; "))")
        let scenario = try #require(result.scenario)
        #expect(scenario.id.value + ".yaml" == name || scenario.id.value + ".yml" == name, "file name and id differ")
    }

    @Test("the scenario runs through at least seven of the eight stages", arguments: names)
    func sevenStages(name: String) throws {
        let scenario = try Self.scenario(name)
        let stages = Set(scenario.scenes.map(\.stage.value))
        #expect(stages.count >= 7, "\(name): stages \(stages.sorted().map(\.rawValue))")
        #expect(scenario.scene(scenario.start.value)?.stage.value == .melding, "\(name): does not start at melding")
    }

    @Test("the scenario has at least eight decisions and three endings", arguments: names)
    func decisionsAndEndings(name: String) throws {
        let scenario = try Self.scenario(name)
        let decisions = scenario.scenes.filter { $0.choices.count >= 2 }.count
        let endings = scenario.scenes.filter(\.isEnd).count
        #expect(decisions >= 8, "\(name): \(decisions) scenes with two or more choices")
        #expect(endings >= 3, "\(name): \(endings) endings")
    }

    @Test("the choices use at least eight working elements and four pitfalls", arguments: names)
    func elementsAndPitfalls(name: String) throws {
        let choices = try Self.scenario(name).scenes.flatMap(\.choices)
        let elements = Set(choices.flatMap { $0.elements.map(\.value) })
        let pitfalls = Set(choices.flatMap { $0.pitfalls.map(\.value) })
        #expect(elements.count >= 8, "\(name): elements \(elements.sorted().map(\.rawValue))")
        #expect(pitfalls.count >= 4, "\(name): pitfalls \(pitfalls.sorted().map(\.rawValue))")
    }

    @Test("the scenario has two cards, one of them role-bound, and reflection questions", arguments: names)
    func cardsAndReflection(name: String) throws {
        let scenario = try Self.scenario(name)
        #expect(scenario.cards.count >= 2, "\(name): \(scenario.cards.count) cards")
        #expect(scenario.cards.contains { $0.role != nil }, "\(name): no card has a role")
        #expect(!scenario.reflection.isEmpty, "\(name): no reflection questions")
    }

    // MARK: - Playing with the engine

    @Test("every expert path plays to an ending and covers all five kernvragen, 3 before 4", arguments: names)
    func expertPaths(name: String) throws {
        let scenario = try Self.scenario(name)
        let walk = ExpertWalk(scenario: scenario)
        #expect(walk.problems.isEmpty, "\(name): \(walk.problems.joined(separator: "; "))")
        #expect(!walk.paths.isEmpty, "\(name): no expert path")
        for path in walk.paths {
            let covered = Set(path.kernvragen.flatMap { $0 })
            #expect(covered == Set(1...5), "\(name): expert path \(path.shown) covers kernvragen \(covered.sorted())")
            let first3 = path.kernvragen.firstIndex { $0.contains(3) }
            let first4 = path.kernvragen.firstIndex { $0.contains(4) }
            if let first3, let first4 {
                #expect(first3 <= first4, "\(name): expert path \(path.shown) asks 4 before 3")
            }
        }
    }

    @Test("an expert path saved halfway and resumed by replay gives the same steps", arguments: names)
    func saveAndResume(name: String) throws {
        let scenario = try Self.scenario(name)
        let path = try #require(ExpertWalk(scenario: scenario).paths.first, "\(name): no expert path")
        let full = try Self.play(scenario, shown: path.shown)
        let fullFinished = full.isFinished
        #expect(fullFinished, "\(name): expert path \(path.shown) does not end")

        let half = full.state.events.count / 2
        let saved = try JSONEncoder().encode(Array(full.state.events.prefix(half)))
        let events = try JSONDecoder().decode([SessionEvent].self, from: saved)
        var resumed = try Session.replay(scenario: scenario, header: Self.header(scenario), events: events)
        let replayedSteps = resumed.state.steps == Array(full.state.steps.prefix(half))
        #expect(replayedSteps, "\(name): the replayed first half differs")
        for (index, shown) in path.shown.enumerated().dropFirst(half) {
            try resumed.choose(shown: shown, at: Self.date(step: index + 1))
        }
        let sameSteps = resumed.state.steps == full.state.steps
        #expect(sameSteps, "\(name): steps differ after resume")
        #expect(resumed.state.currentScene == full.state.currentScene)
        #expect(resumed.state.variables == full.state.variables)
        #expect(resumed.state.revealed == full.state.revealed)
        let resumedFinished = resumed.isFinished
        #expect(resumedFinished, "\(name): the resumed session does not end")
    }

    @Test("a past case's actual path plays to an ending", arguments: names)
    func actualPath(name: String) throws {
        let scenario = try Self.scenario(name)
        guard scenario.kind == .pastCase else { return }
        var session = Session(scenario: scenario, header: Self.header(scenario))
        var step = 0
        while !session.isFinished {
            step += 1
            try #require(step <= ExpertWalk.maximumDepth, "\(name): actual path has no ending within \(ExpertWalk.maximumDepth) steps")
            let visible = session.visibleChoices
            let actual = visible.firstIndex { $0.isActual }
            let index = try #require(actual, "\(name): no actual choice shown at \(session.scene.id)")
            try session.choose(shown: index + 1, at: Self.date(step: step))
        }
        let ended = session.scene.isEnd
        #expect(ended, "\(name): the actual path stops outside an ending")
    }

    @Test("every recorded transcript plays to an ending with its last choice", arguments: transcripts)
    func transcriptPlays(file: String) throws {
        let id = String(file.dropLast(".txt".count))
        let scenario = try Self.scenario(id + ".yaml")
        let text = try String(contentsOfFile: Self.transcriptFolder + "/" + file, encoding: .utf8)
        let shown = try Self.transcriptChoices(text, file: file)
        #expect(!shown.isEmpty, "\(file): no choices")
        var session = Session(scenario: scenario, header: Self.header(scenario))
        for (index, number) in shown.enumerated() {
            let early = session.isFinished
            try #require(!early, "\(file): the ending comes before choice \(index + 1)")
            try session.choose(shown: number, at: Self.date(step: index + 1))
        }
        let finished = session.isFinished
        #expect(finished, "\(file): no ending after \(shown.count) choices, at \(session.scene.id)")
    }
}

// MARK: - Helpers

extension BundledScenarioTests {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static func load(_ name: String) throws -> LoadResult {
        guard let result = library.entries.first(where: { URL(fileURLWithPath: $0.file).lastPathComponent == name }) else {
            throw Missing(description: "no scenario file \(name) in \(folder)")
        }
        return result
    }

    static func scenario(_ name: String) throws -> Scenario {
        let result = try load(name)
        guard let scenario = result.scenario, !result.hasErrors else {
            throw Missing(description: "\(name) does not load: \(result.diagnostics.map(\.message))")
        }
        return scenario
    }

    /// A fixed start, so that recorded steps are comparable between runs.
    static let startedAt = Date(timeIntervalSince1970: 1_767_225_600)

    static func date(step: Int) -> Date { startedAt.addingTimeInterval(Double(step) * 90) }

    static func header(_ scenario: Scenario) -> SessionHeader {
        SessionHeader(
            id: "library-\(scenario.id.value)", scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256,
            mode: .selfStudy, startedAt: startedAt)
    }

    static func play(_ scenario: Scenario, shown: [Int]) throws -> Session {
        var session = Session(scenario: scenario, header: header(scenario))
        for (index, number) in shown.enumerated() {
            try session.choose(shown: number, at: date(step: index + 1))
        }
        return session
    }

    /// Reads the one line `choices: 2,1,3,...`.
    static func transcriptChoices(_ text: String, file: String) throws -> [Int] {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("choices:") }) else {
            throw Missing(description: "\(file): no line 'choices: ...'")
        }
        return try line.dropFirst("choices:".count).split(separator: ",").map { part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let number = Int(trimmed) else { throw Missing(description: "\(file): '\(trimmed)' is not a number") }
            return number
        }
    }
}

/// Every way through a scenario that takes only expert choices, as the engine shows them
/// (conditions applied): a depth-first walk over copies of the session.
struct ExpertWalk {
    struct Path {
        /// The numbers as shown at each step.
        var shown: [Int] = []
        /// The kernvragen of the choice at each step.
        var kernvragen: [[Int]] = []
    }

    /// Longer than any real scenario; a path this long is a cycle.
    static let maximumDepth = 100
    /// More paths than any real scenario has; stops a combinatorial blow-up.
    static let maximumPaths = 5_000

    private(set) var paths: [Path] = []
    private(set) var problems: [String] = []

    init(scenario: Scenario) {
        let session = Session(scenario: scenario, header: BundledScenarioTests.header(scenario))
        walk(session, Path())
    }

    private mutating func walk(_ session: Session, _ path: Path) {
        if session.isFinished {
            paths.append(path)
            return
        }
        guard path.shown.count < Self.maximumDepth else {
            problems.append("no ending within \(Self.maximumDepth) expert steps (\(path.shown.prefix(12))...)")
            return
        }
        // A scene with one visible option is a transition, not a decision (scoring.md): follow it.
        let visible = session.visibleChoices.enumerated()
        let experts = visible.count == 1 ? Array(visible) : visible.filter { $0.element.expert }
        guard !experts.isEmpty else {
            problems.append("no expert choice shown at '\(session.scene.id)' after \(path.shown)")
            return
        }
        for (index, choice) in experts {
            guard paths.count < Self.maximumPaths else {
                problems.append("more than \(Self.maximumPaths) expert paths")
                return
            }
            var next = session
            do {
                try next.choose(shown: index + 1, at: BundledScenarioTests.date(step: path.shown.count + 1))
            } catch {
                problems.append("choice \(index + 1) at '\(session.scene.id)' fails: \(error)")
                continue
            }
            var longer = path
            longer.shown.append(index + 1)
            longer.kernvragen.append(choice.kernvragen.map(\.value.rawValue))
            walk(next, longer)
        }
    }
}
