import Foundation
import SamenOpText
import SamenOpModel
import SamenOpEngine
import SamenOpStore
import SamenOpRoom

/// The room (Docs/room.md): `zaal`/`room` opens it, `zaal qr` draws the code again, `zaal dicht`
/// closes it; `onthul`/`reveal` shows the votes and judgements; `schaal NAAM 4 REDEN` records a
/// typed safety judgement; `start ID team --zaal` opens it with the session.
///
/// While the room is open the session lives in the room's ``RoomLedger``: the REPL's actions
/// go through it too (``perform(in:_:hint:)``) and every line starts from its session
/// (``syncFromRoom()``), so phones and terminal never write past each other.
extension REPL {
    /// What `--zaal`/`--room`, `--port N` and `--bind ADDRESS` asked for.
    struct RoomFlags {
        var open = false
        var port: UInt16?
        var bind: String?
    }

    static let roomFlagWords: Set<String> = ["--zaal", "--room"]

    /// Takes the room's flags out of a command's arguments; `nil` for a bad `--port`/`--bind`.
    func roomFlags(_ arguments: [String]) -> ([String], RoomFlags)? {
        var rest: [String] = [], flags = RoomFlags()
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            if Self.roomFlagWords.contains(word.lowercased()) {
                flags.open = true
            } else if word == "--port" || word == "--bind" {
                guard i + 1 < arguments.count else { return nil }
                if word == "--port" {
                    guard let port = UInt16(arguments[i + 1]) else { return nil }
                    flags.port = port
                } else {
                    flags.bind = arguments[i + 1]
                }
                flags.open = true
                i += 1
            } else {
                rest.append(word)
            }
            i += 1
        }
        return (rest, flags)
    }

    mutating func startWithRoom(_ arguments: [String]) {
        guard let (rest, flags) = roomFlags(arguments) else { return missing(.room) }
        closeRoom(quietly: false)
        let before = live?.id
        start(rest)
        guard flags.open, let live, live.id != before else { return }
        openRoom(flags)
    }

    /// `resume ID`: a session whose phones voted before reopens its room, with a new code.
    mutating func resumeWithRoom(_ arguments: [String]) {
        guard let (rest, flags) = roomFlags(arguments) else { return missing(.room) }
        let before = live?.id
        if let live, let id = rest.first, live.id.hasPrefix(id.lowercased()) {
            return resume(rest)
        }
        closeRoom(quietly: false)
        resume(rest)
        guard let live, live.id != before, live.mode == .team else { return }
        let used = live.session.state.events.contains {
            switch $0 {
            case .roomVote: true
            case .scale(_, _, _, let phone, _): phone
            default: false
            }
        }
        if flags.open || used { openRoom(flags) }
    }

    mutating func roomCommand(_ arguments: [String]) {
        let word = arguments.first?.lowercased()
        let closeWords = Set(Language.allCases.map { Localizer($0)(.roomWordClose).lowercased() })
        if let word, closeWords.contains(word) {
            guard room != nil else { return fail(l(.roomNotOpen, REPLCommand.room.name(in: l.language))) }
            return closeRoom(quietly: false)
        }
        if let word, word == l(.roomWordQr).lowercased() {
            guard let room else { return fail(l(.roomNotOpen, REPLCommand.room.name(in: l.language))) }
            return drawQR(room.joinURL(host: Self.addresses(bind: nil).first ?? "127.0.0.1"))
        }
        guard let live = requireSession() else { return }
        guard live.mode == .team else { return fail(l(.teamEngineNotTeam, REPLCommand.start.name(in: l.language))) }
        guard room == nil else { return fail(l(.roomOpenAlready)) }
        guard let (_, flags) = roomFlags(arguments) else { return missing(.room) }
        openRoom(flags)
    }

    mutating func reveal(_ arguments: [String]) {
        guard requireSession() != nil else { return }
        let names = arguments.first.map { Self.namesWords.contains($0.lowercased()) } ?? false
        guard perform({ (session: inout Session) throws(EngineError) in try session.revealVotes(at: Date()) }) else { return }
        if let room { room.ledger.showsNames = names }
        say(l(.roomRevealDone))
    }

    mutating func scale(_ rest: String) {
        guard let before = requireSession() else { return }
        let names = before.session.state.participants.map(\.name)
        guard let (name, number, reason) = TeamArguments.vote(rest, participants: names), let value = Int(number) else {
            return missing(.scale)
        }
        guard perform({ (session: inout Session) throws(EngineError) in
            try session.judge(name: name, value: value, reason: reason, phone: false, at: Date())
        }), let live else { return }
        say(l(.roomScaleDone, live.session.participant(named: name)?.name ?? name, value))
    }

    /// `stand`, at a decision that asks for them: the judgements, hidden until reveal (only
    /// how many), then the spread per role. The count of votes is in the tally's title.
    func sayRoomStatus(_ session: Session) {
        guard !session.isFinished, session.scene.asksScale else { return }
        guard session.state.votesRevealed else {
            return say(l(.roomScaleHidden, session.currentScales.count, REPLCommand.reveal.name(in: l.language)))
        }
        say(l(.roomScaleSpread, session.safety))
        for spread in ScaleSpread.perRole(session.currentScales, roles: session.scenario.roles.map(\.id)) {
            say("  " + l(.reportScaleRole, roleName(spread.role, in: session.scenario),
                         spread.values.map(String.init).joined(separator: ", ")))
        }
    }

    // MARK: - Opening and closing

    mutating func openRoom(_ flags: RoomFlags) {
        guard let live, let store = openStore() else { return }
        let ledger = RoomLedger(session: live.session) { session in try store.record(session) }
        let language = l.language
        let result = Self.waitFor {
            try await RoomServer.open(ledger: ledger, language: language, bind: flags.bind, port: flags.port)
        }
        switch result {
        case .failure(let error):
            fail(l(.roomOpenFailed, String(describing: error)))
        case .success(let server):
            room = server
            let hosts = Self.addresses(bind: flags.bind)
            for host in hosts { say(l(.roomOpenJoin, server.joinURL(host: host))) }
            if hosts.isEmpty { say(l(.roomOpenNone, server.joinURL(host: "127.0.0.1"))) }
            say(l(.roomOpenProjector, server.projectorURL(host: hosts.first ?? "127.0.0.1")))
            drawQR(server.joinURL(host: hosts.first ?? "127.0.0.1"))
            say(wrap(l(.roomOpenHint, REPLCommand.room.name(in: l.language), l(.roomWordClose))))
        }
    }

    mutating func closeRoom(quietly: Bool) {
        guard let room else { return }
        self.room = nil
        live?.session = room.ledger.session
        _ = Self.waitFor { await room.close() }
        if !quietly { say(l(.roomClosed)) }
    }

    func drawQR(_ url: String) {
        guard let lines = QRCode.draw(url) else { return fail(l(.roomQrFailed)) }
        for line in lines { say(line) }
    }

    /// Takes the room's session as the REPL's own (phones may have acted since the last line).
    mutating func syncFromRoom() {
        guard let room, live != nil else { return }
        live?.session = room.ledger.session
    }

    /// `perform` while the room is open: through the ledger, under its lock, stored before kept.
    mutating func perform(
        in room: RoomServer, _ action: (inout Session) throws(EngineError) -> Void, hint: (EngineError) -> String?
    ) -> Bool {
        do {
            try room.ledger.perform { (session: inout Session) throws in try action(&session) }
        } catch let error as EngineError {
            fail(error.message(l))
            if let hint = hint(error) { fail(hint) }
            return false
        } catch let error as StoreError {
            fail(error.message(l))
            return false
        } catch {
            fail(String(describing: error))
            return false
        }
        live?.session = room.ledger.session
        return true
    }

    /// Runs async work from the REPL's synchronous loop and waits for it.
    static func waitFor<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) -> Result<T, any Error> {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result ?? .failure(CancellationError())
    }

    /// The machine's IPv4 addresses that phones can reach (up, not loopback), or `bind` when
    /// the room was bound to one address.
    static func addresses(bind: String?) -> [String] {
        if let bind, bind != "0.0.0.0", bind != "::" { return [bind] }
        var found: [String] = []
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        for entry in sequence(first: first, next: { $0.pointee.ifa_next }) {
            let flags = Int32(entry.pointee.ifa_flags)
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
                  flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0 else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count),
                              nil, 0, NI_NUMERICHOST) == 0 else { continue }
            let text = String(cString: host)
            if !found.contains(text) { found.append(text) }
        }
        return found
    }
}

/// The result of async work, handed back to the waiting REPL thread.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
