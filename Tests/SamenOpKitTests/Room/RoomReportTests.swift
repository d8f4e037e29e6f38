import Foundation
import Testing
@testable import SamenOpModel
@testable import SamenOpEngine
@testable import SamenOpReport

@Suite("Room: the safety judgements in the report")
struct RoomReportTests {
    typealias F = EngineFixture

    /// Four participants; judgements from phones and typed, one replaced; votes from phones
    /// and typed; the room then takes option 2.
    static func session() throws -> Session {
        var session = RoomFixture.session()
        try session.join(name: "Anna", role: "politie", at: F.at(1))
        try session.join(name: "Bram", role: "vt", at: F.at(2))
        try session.join(name: "Cor", role: "politie", at: F.at(3))
        try session.join(name: "Dewi", role: "vt", at: F.at(4))
        try session.vote(name: "Anna", shown: 2, reason: "samen", from: .room, at: F.at(10))
        try session.vote(name: "Bram", shown: 2, reason: nil, at: F.at(11))
        try session.vote(name: "Cor", shown: 1, reason: "snel", from: .room, at: F.at(12))
        try session.judge(name: "Anna", value: 3, reason: "dreiging", phone: true, at: F.at(20))
        try session.judge(name: "Bram", value: 6, reason: "plan ligt er", phone: false, at: F.at(21))
        try session.judge(name: "Cor", value: 2, reason: nil, phone: true, at: F.at(22))
        try session.judge(name: "Dewi", value: 8, reason: nil, phone: true, at: F.at(23))
        try session.judge(name: "Dewi", value: 5, reason: "toch minder", phone: false, at: F.at(24))
        try session.revealVotes(at: F.at(30))
        try session.choose(shown: 2, at: F.at(40))
        return session
    }

    @Test("the spread per role beside the scenario's veiligheid, in Markdown and HTML (golden), never names")
    func golden() throws {
        let session = try Self.session()
        let markdown = ReportRenderer.render(session: session, format: .md, language: .nl, timeZone: Golden.zone)
        try Golden.check(markdown, "room-scale.md")
        try Golden.check(ReportRenderer.render(session: session, format: .html, language: .en, timeZone: Golden.zone), "room-scale.en.html")
        #expect(markdown.contains("### Eigen oordeel over de veiligheid"))
        #expect(markdown.contains("Stap 1 (Melding), veiligheid in het scenario 3:"))
        #expect(markdown.contains("- Politie: 2, 3"))
        #expect(markdown.contains("- Veilig Thuis: 5, 6"))
    }

    @Test("phone votes appear in the report exactly as typed ones do")
    func phoneVotesLikeTyped() throws {
        var typed = RoomFixture.session(), phone = RoomFixture.session()
        for s in [0, 1] {
            var session = s == 0 ? typed : phone
            try session.join(name: "Anna", role: "politie", at: F.at(1))
            try session.vote(name: "Anna", shown: 2, reason: "samen", from: s == 0 ? .typed : .room, at: F.at(2))
            try session.choose(shown: 2, at: F.at(3))
            if s == 0 { typed = session } else { phone = session }
        }
        for format in ReportFormat.allCases {
            #expect(ReportRenderer.render(session: typed, format: format) == ReportRenderer.render(session: phone, format: format))
        }
    }
}
