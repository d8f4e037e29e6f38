import Foundation
import FlyingFox
import FlyingSocks
import SamenOpEngine
import SamenOpText

/// The room: an HTTP server on the trainer's machine for the phones of a team session
/// (room.md). Started by `start ID team --zaal` or `zaal`, stopped by `zaal dicht`, the end of
/// the session or `quit`.
///
/// FlyingFox serves each connection in its own task; every change to the session goes
/// through the ``RoomLedger`` that the REPL shares, so phones and terminal stay in step.
public final class RoomServer: @unchecked Sendable {
    /// The room's default port; when it is taken, a free one is used.
    public static let defaultPort: UInt16 = 8420

    /// The fresh room code in every address.
    public var code: String { router.code }
    /// The key of the projector page, printed only in the terminal.
    public var trainerKey: String { router.trainerKey }
    /// The port the room listens on.
    public private(set) var port: UInt16 = 0
    public let ledger: RoomLedger

    private let router: RoomRouter
    private let server: HTTPServer
    private var task: Task<Void, Never>?

    /// Opens the room on `bind` (`nil`: every interface) and `port` (`nil`: the default, or a
    /// free one when that is taken). Returns once the server listens.
    public static func open(
        ledger: RoomLedger, language: Language, bind: String? = nil, port: UInt16? = nil
    ) async throws -> RoomServer {
        let wanted = port ?? defaultPort
        do {
            return try await RoomServer(ledger: ledger, language: language, bind: bind, port: wanted).started()
        } catch where port == nil {
            return try await RoomServer(ledger: ledger, language: language, bind: bind, port: 0).started()
        }
    }

    private init(ledger: RoomLedger, language: Language, bind: String?, port: UInt16) throws {
        self.ledger = ledger
        let scenario = ledger.session.scenario
        let code = RoomSecrets.code()
        let pages = RoomPages(language: language, roles: scenario.roles.map { [$0.id, $0.name.value] },
                              title: scenario.title.value, base: "/r/\(code)/")
        router = RoomRouter(code: code, trainerKey: RoomSecrets.token(), ledger: ledger, pages: pages)
        let address: any SocketAddress
        if let bind, bind.contains(":") {
            address = try sockaddr_in6.inet6(ip6: bind, port: port)
        } else if let bind {
            address = try sockaddr_in.inet(ip4: bind, port: port)
        } else {
            address = sockaddr_in.inet(port: port)
        }
        let router = self.router
        // Long enough for a phone to keep its event stream open through a long discussion.
        server = HTTPServer(address: address, timeout: 3600, logger: .disabled, handler: ClosureHTTPHandler { request in
            try await Self.answer(request, router: router)
        })
    }

    private func started() async throws -> RoomServer {
        let server = self.server
        task = Task { try? await server.run() }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            task?.cancel()
            throw error
        }
        if case .ip4(_, let port)? = await server.listeningAddress { self.port = port }
        if case .ip6(_, let port)? = await server.listeningAddress { self.port = port }
        return self
    }

    /// Closes the room: ends every event stream and stops listening; the code stops working.
    public func close() async {
        router.finishStreams()
        await server.stop(timeout: 1)
        task?.cancel()
    }

    /// The join address for `host` (an address of this machine).
    public func joinURL(host: String) -> String {
        let name = host.contains(":") ? "[\(host)]" : host
        return "http://\(name):\(port)/r/\(code)/"
    }

    /// The projector address for `host`, with the trainer key.
    public func projectorURL(host: String) -> String { joinURL(host: host) + "scherm?key=\(trainerKey)" }

    // MARK: - HTTP

    private static func answer(_ request: HTTPRequest, router: RoomRouter) async throws -> HTTPResponse {
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
        let body = try await readBody(request.bodySequence)
        guard let body else { return response(.error(413, "too-large")) }
        var query: [String: String] = [:]
        for item in request.query { query[item.name] = item.value }
        let answer = router.handle(RoomRequest(
            method: request.method.rawValue, path: request.path, query: query, headers: headers, body: body))
        return response(answer)
    }

    /// The body, or `nil` when it is over the limit.
    ///
    /// An oversized body is still read (and dropped) up to ``drainLimit``: a socket closed with
    /// unread bytes is reset by the kernel, and a reset can reach the phone before it has read
    /// the 413, which it then never sees (this failed under load, in full test runs).
    private static func readBody(_ sequence: HTTPBodySequence) async throws -> Data? {
        var data = Data()
        var total = 0
        for try await chunk in sequence {
            total += chunk.count
            if total <= RoomRouter.maxBody { data.append(chunk) }
            if total > drainLimit { break }
        }
        return total > RoomRouter.maxBody ? nil : data
    }

    /// How much of an oversized body is read before answering 413 (far more than any phone sends).
    static let drainLimit = 1 << 20

    private static func response(_ answer: RoomResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in RoomPages.securityHeaders { headers[HTTPHeader(name)] = value }
        headers[.contentType] = answer.contentType
        guard let events = answer.events else {
            return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: phrase(answer.status)),
                                headers: headers, body: answer.body)
        }
        headers[HTTPHeader("X-Accel-Buffering")] = "no"
        let body = HTTPBodySequence(from: EventStream(stream: events), suggestedBufferSize: 65536)
        return HTTPResponse(statusCode: .ok, headers: headers, body: body)
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 409: "Conflict"
        case 413: "Content Too Large"
        case 429: "Too Many Requests"
        default: "Internal Server Error"
        }
    }
}
