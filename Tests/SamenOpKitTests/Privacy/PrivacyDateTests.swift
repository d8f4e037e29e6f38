import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("Privacy: dates")
struct PrivacyDateTests {
    @Test("a full date is a possible date of birth", arguments: [
        "12-03-2015", "12/3/2015", "3 maart 2015", "12 March 2015", "2015-03-12", "March 12, 2015",
        "12.03.15", "1 jan. 2019", "12e mei 2016", "21st June 2010",
    ])
    func date(text: String) {
        #expect(findings("geboren \(text) in Utrecht") == ["date \(text)"])
    }

    @Test("years, times, week labels, durations and a day without a year are not dates", arguments: [
        "in 2023", "vr 23:40", "om 22.10 uur", "week 3", "vr 12 maart", "10 dagen", "3 weken", "31-02-2015",
        "1-2-3", "2019-2023", "8 jaar", "12 maart", "mei 2015",
    ])
    func dateNearMiss(text: String) {
        #expect(findings(text) == [])
    }
}
