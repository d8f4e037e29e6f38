import Foundation
import SamenOpText
import SamenOpStore

/// What `samenop delete` and the REPL's `verwijder` share: the sessions the typed ids name, how
/// they are shown before the question, what counts as yes, and the refusals' wording.
///
/// Deleting cannot be undone, so both ask first and name each session as `sessies` shows it
/// (id, start, scenario, mode, steps and whether it finished); the store only removes
/// (``SessionStore/delete(_:)``).
enum SessionDeletion {
    /// A session to delete: its exact id, and its row in the listing (`nil` when the row is too
    /// damaged to list, which is one more reason to delete it).
    struct Target: Equatable {
        var id: String
        var summary: SessionSummary?
    }

    /// The sessions `words` name (exact ids or unique starts, as `hervat` takes them), each
    /// once, in the order typed; the first unknown or ambiguous word is the store's error.
    static func targets(_ words: [String], in store: SessionStore) throws(StoreError) -> [Target] {
        let listing = try store.listing()
        var targets: [Target] = []
        for word in words {
            let id = try store.resolve(word)
            if targets.contains(where: { $0.id == id }) { continue }
            targets.append(Target(id: id, summary: listing.sessions.first { $0.id == id }))
        }
        return targets
    }

    /// What is said before the question: one line introducing the sessions, then each in the
    /// columns of `sessies` (a damaged row by its id).
    static func description(_ targets: [Target], _ l: Localizer) -> [String] {
        let listed = SessionsListing.lines(targets.compactMap(\.summary), l)
        let damaged = targets.filter { $0.summary == nil }.map { "  " + $0.id + "  " + l(.cliDeleteDamaged) }
        return [l.count(targets.count, .cliDeleteIntro, targets.count)] + listed + damaged
    }

    /// Whether `answer` says yes: one of the `delete.yes` words of any bundled language
    /// (`j`, `ja`, `y`, `yes`), in any case. Anything else, an empty line and the end of input
    /// included, keeps the sessions.
    static func confirms(_ answer: String?, translations: Translations = .bundled) -> Bool {
        guard let answer = answer?.trimmingCharacters(in: .whitespaces).lowercased(), !answer.isEmpty else { return false }
        return translations.languages.contains { language in
            Localizer(language, translations: translations)(.cliDeleteYes).lowercased()
                .split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == answer }
        }
    }

    /// The store's refusal in words for deleting: a session open elsewhere is to be closed there
    /// first (not resumed here, as the store's own message for `hervat` says).
    static func message(_ error: StoreError, _ l: Localizer, fromShell: Bool) -> String {
        if case .sessionOpenElsewhere(let id) = error { return l(.cliDeleteOpenElsewhere, id) }
        return error.message(l, fromShell: fromShell)
    }
}
