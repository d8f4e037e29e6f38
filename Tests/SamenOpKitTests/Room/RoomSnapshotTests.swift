import Foundation
import Testing
@testable import SamenOpModel
@testable import SamenOpEngine
@testable import SamenOpRoom

/// The fan-out encodes the shared part of the view once per change and only a phone's own part
/// per phone; what a phone receives must still be exactly its whole view, encoded on its own.
@Suite("Room: one snapshot per change, one view per phone")
struct RoomSnapshotTests {
    typealias F = EngineFixture

    /// Sessions through a decision: no votes, votes and judgements, revealed, the next scene.
    func sessions() throws -> [Session] {
        var session = RoomFixture.session()
        var all = [session]
        try session.join(name: "Anna", role: "politie", at: F.at(1))
        try session.join(name: "Bram", role: "vt", at: F.at(2))
        try session.join(name: "Cas", role: "politie", at: F.at(3))
        all.append(session)
        try session.vote(name: "Anna", shown: 2, reason: #"<b>"samen"</b> \ / é"#, from: .room, at: F.at(4))
        try session.judge(name: "Bram", value: 4, reason: nil, phone: true, at: F.at(5))
        all.append(session)
        try session.vote(name: "Bram", shown: 1, reason: nil, from: .room, at: F.at(6))
        try session.judge(name: "Anna", value: 7, reason: "plan\nligt er", phone: false, at: F.at(7))
        all.append(session)
        try session.share(card: "pol", at: F.at(8))
        try session.revealVotes(at: F.at(9))
        all.append(session)
        try session.choose(shown: 2, at: F.at(10))
        all.append(session)
        try session.choose(shown: 1, at: F.at(11))
        all.append(session)
        return all
    }

    @Test("every phone's view from the snapshot is byte for byte its whole view encoded on its own")
    func sameBytes() throws {
        let people = [Participant(name: "Anna", role: "politie"), Participant(name: "Bram", role: "vt"),
                      Participant(name: "Cas", role: "politie"), Participant(name: "Dirk", role: "vt")]
        for (version, session) in try sessions().enumerated() {
            let snapshot = RoomSnapshot(session: session, version: UInt64(version))
            for person in people {
                let whole = try RoomRouter.encode(RoomView(session: session, name: person.name, role: person.role))
                #expect(snapshot.body(for: person) == whole, "step \(version), \(person.name)")
            }
        }
    }

    @Test("a phone's stream sends each changed view once, skips an unchanged or older one, and never another role's card")
    func phoneStream() throws {
        let all = try sessions()
        let phone = PhoneView(participant: Participant(name: "Bram", role: "vt"))
        var sent: [String] = []
        func send(_ snapshot: RoomSnapshot) { phone.send(snapshot) { sent.append(String(decoding: $0, as: UTF8.self)) } }
        send(RoomSnapshot(session: all[2], version: 2))
        send(RoomSnapshot(session: all[2], version: 2))
        send(RoomSnapshot(session: all[1], version: 1))
        send(RoomSnapshot(session: all[2], version: 3))
        #expect(sent.count == 1, "the same view again, or an older one, is not sent")
        let whole = try RoomRouter.encode(RoomView(session: all[2], name: "Bram", role: "vt"))
        #expect(sent.first == "event: state\ndata: " + String(decoding: whole, as: UTF8.self) + "\n\n")
        send(RoomSnapshot(session: all[3], version: 4))
        #expect(sent.count == 2)
        #expect(sent.allSatisfy { !$0.contains("\"tally\"") && !$0.contains("\"pol\"") })
        send(RoomSnapshot(session: all[4], version: 5))
        #expect(sent.last?.contains(#""tally":[{"shown":1,"votes":1},{"shown":2,"votes":1}]"#) == true)
        #expect(sent.last?.contains(#""id":"pol""#) == true, "a shared card reaches every role")
    }
}
