import Foundation
import SamenOpText
import SamenOpModel
import SamenOpEngine

/// The order of the options in a new REPL session (`scoring.md`, "Option order").
///
/// Self-study and team sessions show each scene's options in a shuffled order fixed by a seed
/// stored with the session, so that nobody learns where the expert option usually sits; a
/// past case in review keeps the authored order, as the case file has it. `start ID ...
/// --in-order` (`--op-volgorde`) and `--shuffled` (`--door-elkaar`) override that, in either
/// language. `SAMENOP_SHUFFLE=off` makes the authored order the default, for scripted runs
/// and demonstrations.
extension REPL {
    /// The flag words in every bundled language: `true` asks for a shuffled order, `false` for
    /// the authored one.
    static let orderWords: [String: Bool] = {
        var words: [String: Bool] = [:]
        for language in Language.allCases {
            let l = Localizer(language)
            words[l(.replFlagInOrder).lowercased()] = false
            words[l(.replFlagShuffled).lowercased()] = true
        }
        return words
    }()

    /// `start`'s arguments without the order flags, and the order asked for (`nil`: none typed).
    static func splitOrderFlags(_ arguments: [String]) -> (arguments: [String], shuffle: Bool?) {
        var shuffle: Bool?
        let rest = arguments.filter { word in
            guard let asked = orderWords[word.lowercased()] else { return true }
            shuffle = asked
            return false
        }
        return (rest, shuffle)
    }

    /// The seed of a new session in `mode`: a fresh random one unless the authored order was
    /// asked for, or is the default (a review, or `SAMENOP_SHUFFLE=off`).
    static func shuffleSeed(mode: SessionMode, asked: Bool?) -> UInt64? {
        let byDefault = mode != .review && ProcessInfo.processInfo.environment["SAMENOP_SHUFFLE"]?.lowercased() != "off"
        return (asked ?? byDefault) ? OptionOrder.randomSeed() : nil
    }
}
