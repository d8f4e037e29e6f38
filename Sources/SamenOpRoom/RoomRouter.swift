import Foundation
import SamenOpModel
import SamenOpEngine
import SamenOpText

/// A request as the room sees it: independent of the HTTP library, so the rules are in one place.
struct RoomRequest: Sendable {
    var method: String
    var path: String
    var query: [String: String]
    /// Header names in lower case.
    var headers: [String: String]
    var body: Data
}

/// An answer: a complete body, or an event stream for `/api/events`.
struct RoomResponse: Sendable {
    var status: Int
    var contentType: String
    var body: Data
    var events: AsyncStream<[UInt8]>?

    static let jsonType = "application/json; charset=utf-8"

    static func json(_ status: Int, _ value: some Encodable) -> RoomResponse {
        RoomResponse(status: status, contentType: jsonType, body: (try? RoomRouter.encode(value)) ?? Data("{}".utf8))
    }

    static func error(_ status: Int, _ code: String) -> RoomResponse { .json(status, ["error": code]) }

    /// 404 with no body at all: an unknown code learns nothing.
    static let notFound = RoomResponse(status: 404, contentType: "text/plain; charset=utf-8", body: Data())
}

/// The room's routes (room.md): everything lives under `/r/{code}/`.
///
/// Holds the room's secrets and who holds which token; acts on the session only through the
/// ``RoomLedger``.
final class RoomRouter: @unchecked Sendable {
    static let maxBody = 4096
    static let maxName = 60
    static let maxReason = 500

    let code: String
    let trainerKey: String
    let ledger: RoomLedger
    let pages: RoomPages
    let limiter = RateLimiter()
    private let snapshots = SnapshotCache()
    private let lock = NSLock()
    private var tokens: [String: Participant] = [:]

    init(code: String, trainerKey: String, ledger: RoomLedger, pages: RoomPages) {
        self.code = code
        self.trainerKey = trainerKey
        self.ledger = ledger
        self.pages = pages
    }

    func handle(_ request: RoomRequest) -> RoomResponse {
        let prefix = "/r/\(code)/"
        guard request.path == "/r/\(code)" || request.path.hasPrefix(prefix) else { return .notFound }
        // FlyingFox drops a trailing slash, so `/r/{code}/` arrives as `/r/{code}`.
        let rest = String(request.path.dropFirst(prefix.count))
        if request.body.count > Self.maxBody { return .error(413, "too-large") }
        switch (request.method, rest) {
        case ("GET", ""): return pages.page(.participant)
        case ("GET", "scherm"):
            return request.query["key"] == trainerKey ? pages.page(.projector) : .error(401, "no-key")
        case ("GET", "room.js"): return pages.asset("room.js", type: "text/javascript; charset=utf-8")
        case ("GET", "room.css"): return pages.asset("room.css", type: "text/css; charset=utf-8")
        case ("GET", "api/screen"):
            guard request.query["key"] == trainerKey else { return .error(401, "no-key") }
            return .json(200, ProjectorView(session: ledger.session, showNames: ledger.showsNames))
        case ("GET", "api/screen/events"):
            guard request.query["key"] == trainerKey else { return .error(401, "no-key") }
            let last = LastSent()
            return events { [ledger] yield in
                last.send({ try? Self.encode(ProjectorView(session: ledger.session, showNames: ledger.showsNames)) }) {
                    yield(EventStream.message("state", $0))
                }
            }
        case ("POST", "api/join"): return join(request)
        default: break
        }
        guard rest.hasPrefix("api/") else { return .notFound }
        guard let participant = participant(for: request) else { return .error(401, "no-token") }
        guard limiter.allow(request.headers["authorization"] ?? "") else { return .error(429, "too-many") }
        switch (request.method, rest) {
        case ("GET", "api/state"): return state(for: participant)
        case ("POST", "api/vote"): return vote(request, participant)
        case ("POST", "api/scale"): return scale(request, participant)
        case ("GET", "api/events"):
            let phone = PhoneView(participant: participant)
            return events { [ledger, snapshots] yield in phone.send(snapshots.current(ledger), yield) }
        case ("GET", _) where rest.hasPrefix("api/cards/"):
            return card(String(rest.dropFirst("api/cards/".count)), participant)
        default: return .notFound
        }
    }

    /// `GET api/state` and the answer to a vote or judgement: the participant's view now, from
    /// the same snapshot the event streams send.
    func state(for participant: Participant) -> RoomResponse {
        RoomResponse(status: 200, contentType: RoomResponse.jsonType, body: snapshots.current(ledger).body(for: participant))
    }

    private func participant(for request: RoomRequest) -> Participant? {
        guard let header = request.headers["authorization"], header.hasPrefix("Bearer ") else { return nil }
        let token = String(header.dropFirst("Bearer ".count))
        return lock.withLock { tokens[token] }
    }

    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    // MARK: - Joining

    private struct JoinBody: Decodable { var name: String; var role: String }
    private struct Joined: Encodable { var participant: Participant; var token: String }

    private func join(_ request: RoomRequest) -> RoomResponse {
        guard let body = try? JSONDecoder().decode(JoinBody.self, from: request.body) else { return .error(400, "bad-request") }
        let name = body.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= Self.maxName else { return .error(400, "bad-name") }
        let scenario = ledger.session.scenario
        guard scenario.role(body.role) != nil else { return .error(400, "unknown-role") }
        return lock.withLock {
            guard !tokens.values.contains(where: { $0.name.lowercased() == name.lowercased() }) else {
                return RoomResponse.error(409, "name-taken")
            }
            let session = ledger.session
            if let existing = session.participant(named: name) {
                // Typed in by the trainer, or joined before a crash: the phone takes that place
                // when the role is the same (Docs/room.md).
                guard existing.role == body.role else { return RoomResponse.error(409, "name-taken") }
                let token = RoomSecrets.token()
                tokens[token] = existing
                return .json(200, Joined(participant: existing, token: token))
            }
            do {
                try ledger.perform { session in try session.join(name: name, role: body.role, at: Date()) }
            } catch {
                return Self.refusal(error)
            }
            let participant = Participant(name: name, role: body.role)
            let token = RoomSecrets.token()
            tokens[token] = participant
            return .json(200, Joined(participant: participant, token: token))
        }
    }

    // MARK: - Votes and judgements

    private struct VoteBody: Decodable { var step: Int; var shown: Int; var reason: String? }
    private struct ScaleBody: Decodable { var step: Int; var value: Int; var reason: String? }
    private struct StepClosed: Error {}

    private func vote(_ request: RoomRequest, _ participant: Participant) -> RoomResponse {
        guard let body = try? JSONDecoder().decode(VoteBody.self, from: request.body) else { return .error(400, "bad-request") }
        guard (body.reason ?? "").count <= Self.maxReason else { return .error(400, "reason-too-long") }
        do {
            try ledger.perform { session in
                guard body.step == session.stepNumber, !session.isFinished else { throw StepClosed() }
                try session.vote(name: participant.name, shown: body.shown, reason: body.reason, from: .room, at: Date())
            }
        } catch {
            return Self.refusal(error)
        }
        return state(for: participant)
    }

    private func scale(_ request: RoomRequest, _ participant: Participant) -> RoomResponse {
        guard let body = try? JSONDecoder().decode(ScaleBody.self, from: request.body) else { return .error(400, "bad-request") }
        guard (body.reason ?? "").count <= Self.maxReason else { return .error(400, "reason-too-long") }
        do {
            try ledger.perform { session in
                guard body.step == session.stepNumber, !session.isFinished else { throw StepClosed() }
                try session.judge(name: participant.name, value: body.value, reason: body.reason, phone: true, at: Date())
            }
        } catch {
            return Self.refusal(error)
        }
        return state(for: participant)
    }

    /// The answer to a refused action: the engine's reason as a status and a code the page translates.
    static func refusal(_ error: any Error) -> RoomResponse {
        if error is StepClosed { return .error(409, "step-closed") }
        guard let error = error as? EngineError else { return .error(500, "not-stored") }
        switch error {
        case .choiceOutOfRange: return .error(400, "out-of-range")
        case .scaleOutOfRange: return .error(400, "out-of-range")
        case .scaleNotAsked: return .error(409, "no-scale")
        case .finished: return .error(409, "step-closed")
        case .duplicateParticipant: return .error(409, "name-taken")
        case .unknownRole: return .error(400, "unknown-role")
        default: return .error(409, "refused")
        }
    }

    // MARK: - Cards

    private func card(_ id: String, _ participant: Participant) -> RoomResponse {
        let session = ledger.session
        guard let card = session.scenario.card(id) else { return .error(404, "unknown-card") }
        guard RoomView.may(role: participant.role, see: card, in: session) else { return .error(403, "other-role") }
        guard session.state.revealed.contains(id) else { return .error(404, "unknown-card") }
        return .json(200, RoomView.CardView(card, shared: session.state.shared.contains(id)))
    }

    // MARK: - Events

    /// An event stream that sends now and after every change; `send` makes the message and
    /// hands it to `yield` (or nothing, when the stream already has it).
    private func events(_ send: @escaping @Sendable (_ yield: ([UInt8]) -> Void) -> Void) -> RoomResponse {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let listener: @Sendable () -> Void = { send { continuation.yield($0) } }
        // Listening before the first send: a change in between is then sent, not lost until the
        // next one (the stream skips a view it already sent).
        let id = ledger.listen(listener)
        continuation.onTermination = { [ledger] _ in ledger.stopListening(id) }
        listener()
        lock.withLock { streams.append(continuation) }
        return RoomResponse(status: 200, contentType: "text/event-stream", body: Data(), events: stream)
    }

    private var streams: [AsyncStream<[UInt8]>.Continuation] = []

    /// Ends every open event stream (the room closes).
    func finishStreams() {
        let all = lock.withLock { streams }
        for stream in all { stream.finish() }
    }
}

/// The last message an event stream sent, so an unchanged view is not sent again.
private final class LastSent: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func send(_ make: () -> Data?, _ yield: (Data) -> Void) {
        lock.withLock {
            guard let next = make(), next != data else { return }
            data = next
            yield(next)
        }
    }
}
