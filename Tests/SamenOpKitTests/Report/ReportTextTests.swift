import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("ReportText")
struct ReportTextTests {
    @Test("a summary cut after a sentence gets a space before the ellipsis, a cut after a comma drops the comma")
    func summaryEllipsis() {
        #expect(ReportText.summary("Er is meer bekend dan een ruzie. Jullie zijn over vier minuten ter plaatse.", limit: 38)
            == "Er is meer bekend dan een ruzie. …")
        #expect(ReportText.summary("Je belt de crisisdienst, en kan er iemand aanhaken?", limit: 26)
            == "Je belt de crisisdienst…")
        #expect(ReportText.summary("Een korte tekst die lang genoeg is om te knippen", limit: 20) == "Een korte tekst die…")
        #expect(ReportText.summary("Kort.", limit: 20) == "Kort.")
    }
}

