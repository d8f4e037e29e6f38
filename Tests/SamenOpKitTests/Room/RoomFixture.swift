import Foundation
@testable import SamenOpModel
@testable import SamenOpEngine
@testable import SamenOpStore
@testable import SamenOpRoom

/// A team scenario for the room: the first decision asks everyone's own safety judgement
/// (`scale: true`) and reveals one card for each role and one for everyone.
enum RoomFixture {
    typealias F = EngineFixture

    static func scenario() -> Scenario {
        let start = Scene(
            id: "start", stage: F.located(.melding), phase: nil, time: F.located("vr 23:40"), role: nil,
            text: F.located("Een melding <b>vet</b>."), prompt: F.located("Wat doe je?"),
            reveal: [F.located("a"), F.located("pol"), F.located("vtk")],
            choices: [F.choice(1, "Alleen erheen", goto: "thuis", add: ["veiligheid": -1]),
                      F.choice(2, "Samen op", goto: "thuis", expert: true, add: ["veiligheid": 3])],
            isEnd: false, outcome: nil, location: F.here, scale: F.located(true))
        let thuis = F.scene("thuis", stage: .eropAf, choices: [F.choice(1, "Afronden", goto: "einde")])
        let einde = F.scene("einde", stage: .veiligheidsplan, outcome: "Klaar.")
        return Scenario(
            file: "room.yaml", sha256: "sha-room", id: F.located("zaal"), title: F.located("Zaal"),
            language: .nl, summary: F.located("Een scenario voor de zaal."), kind: .training, anonymised: nil,
            profiles: [],
            roles: [Role(id: "politie", name: F.located("Politie"), description: nil, location: F.here),
                    Role(id: "vt", name: F.located("Veilig Thuis"), description: nil, location: F.here)],
            variables: [Variable(name: "veiligheid", initial: .int(3), location: F.here)],
            phaseBands: .standard,
            cards: [F.card("a"), F.card("pol", role: "politie"), F.card("vtk", role: "vt")],
            start: F.located("start"), reflection: [], scenes: [start, thuis, einde], location: F.here)
    }

    static func session(id: String = "zaal2345") -> Session {
        Session(scenario: scenario(), header: SessionHeader(
            id: id, scenarioID: "zaal", scenarioSHA256: "sha-room", mode: .team, startedAt: F.t0))
    }

    /// An in-memory store holding a fresh session, and a ledger that records into it.
    static func ledger() throws -> (RoomLedger, SessionStore) {
        let store = try SessionStore.inMemory()
        let session = session()
        try store.create(session, scenarioPath: "room.yaml")
        return (RoomLedger(session: session) { try store.record($0) }, store)
    }

    /// A room on 127.0.0.1 with a free port.
    static func open() async throws -> (RoomServer, SessionStore, LoopbackClient) {
        let (ledger, store) = try ledger()
        let server = try await RoomServer.open(ledger: ledger, language: .nl, bind: "127.0.0.1", port: 0)
        return (server, store, LoopbackClient(port: server.port))
    }
}
