import Foundation
import SamenOpModel
import SamenOpEngine

/// One version of the session as every phone sees it, encoded once per change.
///
/// With 30 phones open, each change used to build and encode 30 whole ``RoomView``s on the
/// thread that made the change. Most of a view is the same for every phone (scene, options,
/// count, tally), so that part is encoded here once; the cards once per role, on first use;
/// and only a phone's own vote and judgement per phone (``PhoneView``). The pieces are joined
/// in the order `JSONEncoder` with `.sortedKeys` writes them, so a phone gets byte for byte
/// what encoding its whole ``RoomView`` gives (a test holds that).
final class RoomSnapshot: @unchecked Sendable {
    /// The ledger's version this snapshot shows.
    let version: UInt64
    let session: Session
    /// `"askScale":…,` up to `"cards":`, then `,"finished":…` (the fields before and after the cards).
    private let head: [UInt8], finished: [UInt8]
    /// `"options":…,"revealed":…,"scene":…,"step":…,"tally":…,"votes":…}`.
    private let tail: [UInt8]
    private let lock = NSLock()
    private var cards: [String: [UInt8]] = [:]

    /// The fields of ``RoomView`` after `myVote`, in sorted order, shared by every phone.
    private struct Tail: Encodable {
        var options: [RoomView.Option]
        var revealed: Bool
        var scene: RoomView.SceneView
        var step: Int
        var tally: [RoomView.TallyLine]?
        var votes: RoomView.Count
    }

    init(session: Session, version: UInt64) {
        self.version = version
        self.session = session
        let view = RoomView(session: session, name: "", role: "")
        head = Array(#"{"askScale":\#(view.askScale),"cards":"#.utf8)
        finished = Array(#","finished":\#(view.finished)"#.utf8)
        let tail = Tail(options: view.options, revealed: view.revealed, scene: view.scene, step: view.step,
                        tally: view.tally, votes: view.votes)
        // `{"options":…}` without its opening brace; the closing one ends the whole view.
        self.tail = Array(((try? RoomRouter.encode(tail)) ?? Data("{}".utf8)).dropFirst())
    }

    /// The cards `role` may see, encoded once per role and snapshot.
    func cards(role: String) -> [UInt8] {
        lock.withLock {
            if let known = cards[role] { return known }
            let list = session.state.revealed.compactMap { id -> RoomView.CardView? in
                guard let card = session.scenario.card(id), RoomView.may(role: role, see: card, in: session) else { return nil }
                return RoomView.CardView(card, shared: session.state.shared.contains(id))
            }
            let encoded = Array((try? RoomRouter.encode(list)) ?? Data("[]".utf8))
            cards[role] = encoded
            return encoded
        }
    }

    /// The whole view of one phone: the shared pieces around its role's cards and `mine`
    /// (`"myScale":…,"myVote":…`, or empty).
    func view(role: String, mine: [UInt8], into out: inout [UInt8]) {
        let cards = cards(role: role)
        out.reserveCapacity(out.count + head.count + cards.count + finished.count + mine.count + tail.count + 2)
        out += head
        out += cards
        out += finished
        out.append(UInt8(ascii: ","))
        if !mine.isEmpty {
            out += mine
            out.append(UInt8(ascii: ","))
        }
        out += tail
    }

    /// The whole view of one phone as a response body.
    func body(for participant: Participant) -> Data {
        var out: [UInt8] = []
        view(role: participant.role, mine: PhoneView.encode(PhoneView.mine(in: session, name: participant.name)), into: &out)
        return Data(out)
    }
}

/// What one phone's event stream last sent: its own vote and judgement (encoded again only
/// when they change) and the last message (an unchanged view is not sent again).
final class PhoneView: @unchecked Sendable {
    let participant: Participant
    private let lock = NSLock()
    private var version: UInt64?
    private var mine: Mine?
    private var mineBytes: [UInt8] = []
    private var last: [UInt8] = []

    /// A phone's own part of ``RoomView``, in sorted order.
    struct Mine: Encodable, Equatable {
        var myScale: RoomView.MyScale?
        var myVote: RoomView.MyVote?
    }

    init(participant: Participant) { self.participant = participant }

    /// A phone's own vote and judgement in `session`.
    static func mine(in session: Session, name: String) -> Mine {
        Mine(myScale: session.currentScales.last { $0.name == name }.map { RoomView.MyScale(value: $0.value, reason: $0.reason) },
             myVote: session.currentVote(of: name).map { RoomView.MyVote(shown: $0.shown, reason: $0.reason) })
    }

    /// `"myScale":…,"myVote":…` (empty when neither is given).
    static func encode(_ mine: Mine) -> [UInt8] {
        guard mine.myScale != nil || mine.myVote != nil, let data = try? RoomRouter.encode(mine) else { return [] }
        return Array(data.dropFirst().dropLast())
    }

    /// Sends the `event: state` message for `snapshot` unless this phone already has it or its
    /// view did not change. Made and sent under one lock, so no older view follows a newer one.
    func send(_ snapshot: RoomSnapshot, _ yield: ([UInt8]) -> Void) {
        lock.withLock {
            if let version, version >= snapshot.version { return }
            version = snapshot.version
            let now = Self.mine(in: snapshot.session, name: participant.name)
            if now != mine {
                mine = now
                mineBytes = Self.encode(now)
            }
            var out = EventStream.prefix("state")
            snapshot.view(role: participant.role, mine: mineBytes, into: &out)
            out += EventStream.suffix
            guard out != last else { return }
            last = out
            yield(out)
        }
    }
}

/// The latest ``RoomSnapshot``, built by the first stream that asks after a change.
final class SnapshotCache: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: RoomSnapshot?

    /// The snapshot of the ledger's session now; built at most once per version.
    func current(_ ledger: RoomLedger) -> RoomSnapshot {
        let (session, version) = ledger.versioned
        return lock.withLock {
            if let latest, latest.version >= version { return latest }
            let made = RoomSnapshot(session: session, version: version)
            latest = made
            return made
        }
    }
}
