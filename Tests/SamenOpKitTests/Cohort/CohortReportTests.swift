import Foundation
@testable import SamenOpEngine
@testable import SamenOpModel
@testable import SamenOpText
@testable import SamenOpCohort
import Testing

@Suite("Cohort report")
struct CohortReportTests {
    typealias F = EngineFixture

    /// A finished self-study session along `choices` (numbers as shown).
    static func session(_ id: String, _ choices: [Int]) throws -> Session {
        var session = Session(scenario: F.scenario(), header: F.header(id: id))
        for (i, shown) in choices.enumerated() { try session.choose(shown: shown, at: F.at(Double(i + 1) * 2)) }
        return session
    }

    static func report(_ paths: [[Int]]) throws -> CohortReport {
        let sessions = try paths.enumerated().map { try session("s\($0.offset)", $0.element) }
        return CohortReport(reflections: sessions.map(Reflection.init(session:)))
    }

    @Test("four sessions are suppressed: only id, sessions and suppressed remain")
    func fourSuppressed() throws {
        let report = try Self.report([[2, 2, 1], [2, 1], [1, 1], [2, 2, 1]])
        #expect(report.sessions == 4)
        #expect(report.scenarios.count == 1)
        let s = report.scenarios[0]
        #expect(s.suppressed && s.sessions == 4 && s.options.isEmpty && s.endings.isEmpty && s.coreQuestions.isEmpty)
        #expect(CohortJSON.render(report).contains("""
            {
                  "id": "fixture",
                  "sessions": 4,
                  "suppressed": true
                }
            """))
    }

    @Test("five sessions give counts per option, scene figures and a spread; a scene reached by fewer is suppressed")
    func fiveCounted() throws {
        let report = try Self.report([[2, 2, 1], [2, 1], [1, 1], [2, 2, 1], [2, 1]])
        let s = report.scenarios[0]
        #expect(!s.suppressed)
        #expect(s.endings == ["einde": 5])
        #expect(s.options.filter { $0.scene == "start" }.map { [$0.choice, $0.taken, $0.shown] } == [[1, 1, 5], [2, 4, 5], [3, 0, 0]])
        #expect(s.scenes.map(\.scene) == ["start", "thuis", "opvolg"])
        #expect(s.scenes[2].suppressed && s.scenes[2].sessions == 2)
        #expect(s.options.allSatisfy { $0.scene != "opvolg" })
        #expect(s.coreQuestions.first { $0.question == .isHetNuVeilig }?.missing == 1)
        #expect(s.coreQuestions.first { $0.question == .isHetNuVeilig }?.firstStepMedian == nil)  // covered in 4 of 5
        #expect(s.coreQuestions.first { $0.question == .watMoetErNuGebeuren }?.firstStepMedian == nil)
        #expect(s.expertAgreement == Spread(median: 100, min: 0, max: 100, sessions: 5))
        #expect(s.scenes[0].phaseSkips == 1)
        #expect(s.scenes[0].teamSuppressed)
    }

    @Test("the Markdown says what is left out and names no one")
    func markdown() throws {
        let report = try Self.report([[2, 2, 1], [2, 1], [1, 1], [2, 2, 1]])
        let text = CohortDocument(report, scope: [], localizer: Localizer(.en)).markdown
        #expect(text == """
            # Cohort report

            4 finished sessions.

            > A mirror for the group, not a ranking: there are no names in it, and any figure drawn from fewer than 5 sessions is left out.

            ## fixture

            > 4 sessions, fewer than 5: no figures shown.

            """)
    }

    @Test("the median is the middle value or the mean of the two middle values")
    func median() {
        #expect([3, 1, 2].median == 2)
        #expect([4, 1, 2, 3].median == 2.5)
        #expect([Int]().median == nil)
    }
}
