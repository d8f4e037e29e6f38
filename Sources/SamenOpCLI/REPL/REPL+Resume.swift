import Foundation
import SamenOpText
import SamenOpModel
import SamenOpEngine
import SamenOpStore

/// Coming back to a stored session: what was known before, and the ids Tab offers.
extension REPL {
    /// On resuming: the cards revealed before the scene at hand named in one line, so that the
    /// scene lists as new only its own (trainer trial, finding 23); `kaarten` shows them all.
    mutating func sayKnownCards(_ live: LiveSession) {
        let own = Set(live.session.scene.reveal.map(\.value))
        let earlier = live.session.state.revealed.filter { !own.contains($0) }
        guard !earlier.isEmpty else { return }
        let titles = earlier.compactMap { live.session.scenario.card($0)?.title.value }
        say(wrap(l(.replResumedCards, titles.joined(separator: "; "), REPLCommand.cards.name(in: l.language))))
        say("")
        seenCards.formUnion(earlier)
    }
}

extension REPL {
    /// The stored sessions' ids, offered by Tab after `hervat`/`resume` (finding 18); none
    /// when there is no store yet (completing creates none).
    func completableSessionIDs() -> [String] {
        guard let listing = store ?? ((try? SessionOpener.existingStore(at: options.storePath)) ?? nil) else { return [] }
        return ((try? listing.sessions()) ?? []).map(\.id)
    }
}
