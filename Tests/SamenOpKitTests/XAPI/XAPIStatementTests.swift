import Foundation
@testable import SamenOpEngine
@testable import SamenOpModel
@testable import SamenOpXAPI
import Testing

@Suite("xAPI statements")
struct XAPIStatementTests {
    typealias F = EngineFixture

    @Test("name-based UUIDs are RFC 9562 version 5 (the RFC's and Python's examples)")
    func uuidV5() {
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(NameUUID.v5("www.example.com", namespace: dns).uuidString.lowercased() == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
        #expect(NameUUID.v5("python.org", namespace: dns).uuidString.lowercased() == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(NameUUID.v5("abc12345/3").uuidString.lowercased() == "d11c79b0-a9c3-5fa6-a9ed-bd50e907a4ac")
    }

    @Test("a finished session gives launched, one answered per active step, completed; ids stable")
    func statements() throws {
        var header = F.header(mode: .team)
        header.group = "VT Noord"
        var session = Session(scenario: F.scenario(), header: header)
        try session.join(name: "Anna de Vries", role: "politie", at: F.at(1))
        try session.vote(name: "Anna de Vries", shown: 2, reason: "geheim", at: F.at(2))
        try session.note("Anna's notitie", at: F.at(3))
        try session.choose(shown: 1, at: F.at(4))
        try session.undo(at: F.at(5))
        try session.choose(shown: 2, at: F.at(6))
        try session.choose(shown: 1, at: F.at(8))
        let builder = XAPIStatements()
        let statements = builder.statements(for: session)
        #expect(statements.map(\.verb.id) == [XAPIStatements.launched, XAPIStatements.answered, XAPIStatements.answered, XAPIStatements.completed])
        #expect(statements.map(\.id) == builder.statements(for: session).map(\.id))
        #expect(Set(statements.map(\.id)).count == 4)
        // The answered ids follow the choose events that still count (events 5 and 6, not 3).
        #expect(statements[1].id == NameUUID.v5("abcd2345/5").uuidString.lowercased())
        #expect(statements[1].result?.response == "2")
        #expect(statements[1].result?.success == true)
        #expect(statements[1].result?.extensions?["https://samenop.invalid/xapi/extensions/phase-verdict"] == .string("aligned"))
        #expect(statements[1].result?.duration?.hasPrefix("PT") == true)
        #expect(statements.allSatisfy { $0.actor.account.name == "session-abcd2345" })
        #expect(statements[0].context.contextActivities?.grouping?.first?.id == "https://samenop.invalid/xapi/groups/VT%20Noord")
        let json = String(decoding: XAPIStatements.json(statements), as: UTF8.self)
        for secret in ["Anna", "geheim", "notitie"] { #expect(!json.contains(secret)) }
        #expect(statements[3].timestamp == "2027-01-15T08:00:08.000Z")
    }
}
