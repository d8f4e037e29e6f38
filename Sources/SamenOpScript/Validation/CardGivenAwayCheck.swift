import SamenOpModel
import SamenOpText
/// Warning (SO085): a run of eight or more consecutive words of a role-bound card's text also
/// stands in a text that everyone reads (a scene's `text`, `prompt` or `outcome`, or an option's
/// `text`), so the role has nothing left to share in a team session. Words are runs of letters
/// and digits, compared without case. Reported at each such text, once per card.
struct CardGivenAwayCheck: ScenarioCheck {
    static let runLength = 8
    /// How many words of the run the message quotes at most.
    static let quoted = 12

    func check(_ scenario: Scenario) -> [Diagnostic] {
        let cards = scenario.cards.compactMap { card -> (card: Card, role: String, words: [Substring])? in
            guard let role = card.role?.value else { return nil }
            let words = Self.words(card.text.value)
            return words.count >= Self.runLength ? (card, role, words) : nil
        }
        guard !cards.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for text in Self.publicTexts(scenario) {
            let words = Self.words(text.value)
            guard words.count >= Self.runLength else { continue }
            // Every run of eight words of this text, with where it starts.
            var runs: [ArraySlice<Substring>: Int] = [:]
            for start in 0...(words.count - Self.runLength) where runs[words[start..<start + Self.runLength]] == nil {
                runs[words[start..<start + Self.runLength]] = start
            }
            for entry in cards {
                guard let shared = Self.longestShared(entry.words, words, runs: runs) else { continue }
                let quote = shared.prefix(Self.quoted).joined(separator: " ") + (shared.count > Self.quoted ? " …" : "")
                diagnostics.append(.warning(
                    "SO085", at: text.location, .key(.diagSO085, shared.count, quote, entry.card.id, entry.role),
                    hint: .key(.diagSO085Hint, entry.card.id)))
            }
        }
        return diagnostics
    }

    /// The first run of `runLength` or more words of `card` that also stands in the text,
    /// extended as far as both go on alike.
    static func longestShared(_ card: [Substring], _ text: [Substring], runs: [ArraySlice<Substring>: Int]) -> ArraySlice<Substring>? {
        guard card.count >= runLength else { return nil }
        for start in 0...(card.count - runLength) {
            guard let at = runs[card[start..<start + runLength]] else { continue }
            var length = runLength
            while start + length < card.count, at + length < text.count, card[start + length] == text[at + length] { length += 1 }
            return card[start..<start + length]
        }
        return nil
    }

    /// The texts every participant reads, in file order.
    static func publicTexts(_ scenario: Scenario) -> [Located<String>] {
        scenario.scenes.flatMap { scene in
            [scene.text] + [scene.prompt, scene.outcome].compactMap { $0 } + scene.choices.map(\.text)
        }
    }

    /// The words of a text, lower-cased: runs of letters and digits.
    static func words(_ text: String) -> [Substring] {
        let lowered = text.lowercased()
        return lowered.split { !($0.isLetter || $0.isNumber) }
    }
}
