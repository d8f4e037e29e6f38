import Foundation
import SamenOpEngine
import SamenOpModel

/// One recorded session walked over its scenario's path tree: which path its standing choices
/// take, and what differs per session (how long each decision took, the votes cast at it).
///
/// It follows ``Session/apply(_:)`` rule for rule where the cohort needs it: a choice is found
/// by its text among the options shown at the scene, `undo` takes back the last standing step
/// and casts its votes again at the decision it reopens, the clock of a decision starts when
/// its scene is entered, the session resumed or a step undone, and a later vote by the same
/// participant replaces the earlier one. Whatever it does not follow, or anything a replay
/// would refuse, makes it give up (`init` returns `nil`): the session is then replayed in full.
struct PathWalk {
    /// The path from the start; the last node is where the session is.
    private(set) var path: [CohortPath]
    /// The standing steps, in order: ``path``[i + 1] is step i's node.
    private(set) var steps: [Step] = []

    struct Step {
        var ms: Int
        var votes: [CastVote]
    }

    struct CastVote {
        var name: String
        var choice: Int
        var replaced: Bool
    }

    var isFinished: Bool { path[path.count - 1].isFinished }

    init?(header: SessionHeader, events: [SessionEvent], root: CohortPath) {
        path = [root]
        var pending: [CastVote] = []
        var participants: [Participant] = []
        var clock = header.startedAt
        let team = header.mode == .team
        for event in events {
            let node = path[path.count - 1]
            switch event {
            case .choose(let scene, _, _, let text, let at):
                guard let text, !node.isFinished, scene == node.scene.id,
                      let place = node.places?[text], let next = node.child(place) else { return nil }
                steps.append(Step(ms: max(0, Int((at.timeIntervalSince(clock) * 1000).rounded())), votes: pending))
                pending = []
                clock = at
                path.append(next)
            case .note(let text, _):
                // `note` refuses a text that is empty once trimmed; a visible ASCII character
                // anywhere settles it without asking Foundation.
                guard text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F })
                    || !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            case .undo(let at):
                guard let last = steps.popLast() else { return nil }
                path.removeLast()
                pending = last.votes
                clock = at
            case .resume(let at):
                clock = at
            case .join(let name, let role, _):
                let name = name.trimmingCharacters(in: .whitespaces)
                guard team, node.session.scenario.role(role) != nil,
                      !participants.contains(where: { $0.name.lowercased() == name.lowercased() }) else { return nil }
                participants.append(Participant(name: name, role: role))
            case .vote(let name, let shown, _, _), .roomVote(let name, let shown, _, _):
                let lowered = name.lowercased()
                guard team, let participant = participants.first(where: { $0.name.lowercased() == lowered }),
                      !node.isFinished else { return nil }
                let numbers = node.shownNumbers(seed: header.shuffleSeed)
                guard shown >= 1, shown <= numbers.count else { return nil }
                for i in pending.indices where pending[i].name == participant.name { pending[i].replaced = true }
                pending.append(CastVote(name: participant.name, choice: numbers[shown - 1], replaced: false))
            case .share, .scale, .reveal:
                return nil
            }
        }
    }
}
