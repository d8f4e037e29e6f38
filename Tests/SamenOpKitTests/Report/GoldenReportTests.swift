import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("GoldenReports")
struct GoldenReportTests {
    @Test("self-study reports match the golden files", arguments: ReportFormat.allCases)
    func selfStudy(format: ReportFormat) throws {
        try Golden.check(ReportRenderer.render(session: try ReportFixtures.selfStudy(), format: format, timeZone: Golden.zone), "self-study.\(format.rawValue)")
    }

    @Test("team reports (English labels, unfinished) match the golden files", arguments: ReportFormat.allCases)
    func team(format: ReportFormat) throws {
        try Golden.check(ReportRenderer.render(session: try ReportFixtures.team(), format: format, language: .en, timeZone: Golden.zone), "team.\(format.rawValue)")
    }

    @Test("past-case review reports match the golden files", arguments: ReportFormat.allCases)
    func review(format: ReportFormat) throws {
        try Golden.check(ReportRenderer.render(session: try ReportFixtures.review(), format: format, timeZone: Golden.zone), "review.\(format.rawValue)")
    }
}
