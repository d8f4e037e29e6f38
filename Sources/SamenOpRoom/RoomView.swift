import Foundation
import SamenOpModel
import SamenOpEngine

/// What `GET /r/{code}/api/state` answers one participant (room.md): the scene, the options,
/// only the cards this participant may see, the count of votes, their own vote and judgement,
/// and the tally only once the trainer revealed it.
struct RoomView: Codable, Equatable, Sendable {
    struct SceneView: Codable, Equatable, Sendable {
        var stage: String
        var time: String?
        var text: String
        var prompt: String?
    }
    struct Option: Codable, Equatable, Sendable {
        var shown: Int
        var text: String
    }
    struct CardView: Codable, Equatable, Sendable {
        var id: String
        var title: String
        var text: String
        var source: String?
        var shared: Bool
    }
    struct Count: Codable, Equatable, Sendable {
        var cast: Int
        var of: Int
    }
    struct MyVote: Codable, Equatable, Sendable {
        var shown: Int
        var reason: String?
    }
    struct MyScale: Codable, Equatable, Sendable {
        var value: Int
        var reason: String?
    }
    struct TallyLine: Codable, Equatable, Sendable {
        var shown: Int
        var votes: Int
    }

    var step: Int
    var scene: SceneView
    var options: [Option]
    var cards: [CardView]
    var votes: Count
    var myVote: MyVote?
    var askScale: Bool
    var myScale: MyScale?
    var revealed: Bool
    var tally: [TallyLine]?
    var finished: Bool

    /// The view of `session` for the participant called `name` with `role`.
    init(session: Session, name: String, role: String) {
        let scene = session.scene
        step = session.stepNumber
        self.scene = SceneView(
            stage: scene.stage.value.rawValue, time: scene.time?.value, text: scene.text.value, prompt: scene.prompt?.value)
        options = session.visibleChoices.enumerated().map { Option(shown: $0.offset + 1, text: $0.element.text.value) }
        cards = session.state.revealed.compactMap { id in
            guard let card = session.scenario.card(id), Self.may(role: role, see: card, in: session) else { return nil }
            return CardView(card, shared: session.state.shared.contains(id))
        }
        let count = session.voteCount
        votes = Count(cast: count.cast, of: count.of)
        myVote = session.currentVote(of: name).map { MyVote(shown: $0.shown, reason: $0.reason) }
        finished = session.isFinished
        askScale = scene.asksScale && !finished
        myScale = session.currentScales.last { $0.name == name }.map { MyScale(value: $0.value, reason: $0.reason) }
        revealed = session.state.votesRevealed
        tally = revealed ? session.tally.map { TallyLine(shown: $0.shown, votes: $0.votes) } : nil
    }

    /// Whether `role` may see `card`: a card without a role, one of their own role, or a shared one.
    static func may(role: String, see card: Card, in session: Session) -> Bool {
        guard let owner = card.role?.value else { return true }
        return owner == role || session.state.shared.contains(card.id)
    }
}

extension RoomView.CardView {
    init(_ card: Card, shared: Bool) {
        self.init(id: card.id, title: card.title.value, text: card.text.value, source: card.source?.value, shared: shared)
    }
}

/// What the projector page shows: the scene, "7 of 9 voted", and after reveal the tally and
/// the spread of the safety judgements per role beside the scenario's own `veiligheid`; names
/// and reasons only when the trainer asked for them (`onthul namen`).
struct ProjectorView: Codable, Equatable, Sendable {
    struct RoleSpread: Codable, Equatable, Sendable {
        var role: String
        var values: [Int]
    }
    struct Named: Codable, Equatable, Sendable {
        var name: String
        var role: String
        var shown: Int?
        var scale: Int?
        var reason: String?
    }
    var step: Int
    var scene: RoomView.SceneView
    var options: [RoomView.Option]
    var votes: RoomView.Count
    var askScale: Bool
    var scales: Int
    var revealed: Bool
    var tally: [RoomView.TallyLine]?
    var spread: [RoleSpread]?
    var veiligheid: Int?
    var names: [Named]?
    var finished: Bool

    init(session: Session, showNames: Bool) {
        let view = RoomView(session: session, name: "", role: "")
        step = view.step
        scene = view.scene
        options = view.options
        votes = view.votes
        askScale = view.askScale
        scales = session.currentScales.count
        revealed = view.revealed
        tally = view.tally
        finished = view.finished
        if revealed && session.scene.asksScale {
            spread = ScaleSpread.perRole(session.currentScales, roles: session.scenario.roles.map(\.id))
                .map { RoleSpread(role: $0.role, values: $0.values) }
            veiligheid = session.safety
        }
        if revealed && showNames {
            names = session.state.participants.map { person in
                let vote = session.currentVote(of: person.name)
                let scale = session.currentScales.last { $0.name == person.name }
                return Named(name: person.name, role: person.role, shown: vote?.shown, scale: scale?.value,
                             reason: vote?.reason ?? scale?.reason)
            }
        }
    }
}
