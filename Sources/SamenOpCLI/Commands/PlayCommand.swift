import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

extension ReportOutput.Format: ExpressibleByArgument {}

/// `samenop play SCENARIO --choices 2,1,3`: a scripted, non-interactive run.
///
/// The numbers are the ones shown at each step, as in the REPL. The session is stored like
/// an interactive one, then its report goes to standard output or `--output`. Options keep the
/// authored order, so that a scripted run stays readable, unless `--shuffle SEED` asks for the
/// order a session with that seed shows.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a scenario with given choices, store the session and print its report.")

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case selfStudy = "self-study"
        case review

        /// The session mode this plays in.
        var session: SessionMode { self == .review ? .review : .selfStudy }
    }

    @Argument(help: "A scenario id from the library, or a path to a scenario file.")
    var scenario: String

    @Option(name: .long, help: "The choices as shown at each step, comma-separated (e.g. 2,1,3).")
    var choices: String?

    @Option(name: .long, help: "Instead of --choices: play N runs with random choices and summarise them (nothing is stored).")
    var random: Int?

    @Option(name: .long, help: "With --random: the seed (default 0); the same seed gives the same output.")
    var seed: UInt64?

    @Flag(name: .long, help: "With --random: print the summary as JSON.")
    var json = false

    @Option(name: .long, help: "A note on a step, as STEP:TEXT (repeatable).")
    var note: [String] = []

    @Option(name: .long, help: "self-study (default) or review (past cases only).")
    var mode: Mode = .selfStudy

    @Flag(name: .customLong("accept-privacy-risk"),
          help: "With --mode review: play a past case although the privacy check has findings (the report says so).")
    var acceptPrivacyRisk = false

    @Option(name: .long, help: ArgumentHelp(
        "Show each scene's options in the shuffled order fixed by this seed (default: the authored order).",
        valueName: "seed"))
    var shuffle: Int?

    @Option(name: [.customLong("group"), .customLong("groep")], help: "Tag the session with a group (e.g. \"VT Noord, mei\"), for stats, export and xapi.")
    var group: String?

    @Option(name: .long, help: "Report format: md, html or json.")
    var report: ReportOutput.Format = .md

    @Option(name: .long, help: "Write the report to this file (mode 0600) instead of standard output.")
    var output: String?

    @OptionGroup var common: CommonOptions

    /// The parsed `--choices`.
    var numbers: [Int] { (choices ?? "").split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    /// The parsed `--note`s, step to texts.
    var notes: [Int: [String]] {
        var notes: [Int: [String]] = [:]
        for entry in note {
            let parts = entry.split(separator: ":", maxSplits: 1)
            if let step = Int(parts[0]), parts.count == 2 { notes[step, default: []].append(String(parts[1])) }
        }
        return notes
    }

    func validate() throws {
        if try validateRandom() { return }
        guard let choices else { throw ValidationError(common.localizer(.randomNeedChoices)) }
        let parts = choices.split(separator: ",", omittingEmptySubsequences: false)
        if parts.isEmpty || parts.contains(where: { Int($0.trimmingCharacters(in: .whitespaces)) == nil }) {
            throw ValidationError(common.localizer(.replPlayBadChoices, choices))
        }
        for entry in note {
            let parts = entry.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let step = Int(parts[0]), step >= 1, step <= numbers.count else {
                throw ValidationError(common.localizer(.replPlayBadNote, entry, numbers.count))
            }
        }
        if let shuffle, shuffle < 0 {
            throw ValidationError(common.localizer(.replPlayBadShuffle, String(shuffle)))
        }
        if acceptPrivacyRisk, mode != .review {
            throw ValidationError(common.localizer(.reviewFlagNotReviewPlay))
        }
    }

    func run() throws {
        let l = common.localizer
        if let random { return try runRandom(random) }
        let loaded = try ScenarioSource.loadForShell(scenario, common)
        if !mode.session.accepts(loaded.scenario) {
            throw CLIError(l(.replReviewNotPastCase, loaded.scenario.id.value))
        }
        let acceptedRisk = try admitReview(loaded.scenario, l)
        var session: Session
        let store: SessionStore
        do {
            store = try SessionStore(path: common.storePath)
            session = try loaded.newSession(
                in: store, mode: mode.session, acceptedPrivacyRisk: acceptedRisk, shuffleSeed: shuffle.map(UInt64.init),
                group: Self.group(group))
        } catch {
            throw CLIError(error.message(l))
        }
        let notes = self.notes
        for (i, shown) in numbers.enumerated() {
            let step = i + 1
            do {
                for text in notes[step] ?? [] {
                    try session.note(text, at: Date())
                    try store.record(session)
                }
                try session.choose(shown: shown, at: Date())
                try store.record(session)
            } catch let error as EngineError {
                throw refusal(error, step: step, left: numbers.count - i, in: session, l)
            } catch let error as StoreError {
                throw CLIError(error.message(l))
            }
        }
        // Choices that run out exactly at a scene with nothing visible still meet the dead end.
        if session.isAtDeadEnd {
            throw CLIError(l(.replPlayNoChoice, numbers.count + 1, session.scene.id) + "\n" + REPL.storedHint(session.state.header.id, storeOption: common.store, l))
        }
        let text = ReportOutput.render(session: session, format: report, language: ReportOutput.language(common))
        if let output {
            do {
                try SecureFile.writeReport(Data(text.utf8), to: output)
            } catch {
                throw CLIError(l(.replReportFailed, error.path, SystemErrorText.translate(error.reason, l)))
            }
        } else {
            StandardStreams.print(text, terminator: "")
        }
        Terminal.printError(l(.replPlayStored, session.state.header.id))
    }

    /// The engine's refusal of the choice at `step`, worded for a script: which step, what is
    /// left over, and that the session is stored. The engine decides; this only words it.
    func refusal(_ error: EngineError, step: Int, left: Int, in session: Session, _ l: Localizer) -> CLIError {
        let stored = REPL.storedHint(session.state.header.id, storeOption: common.store, l)
        switch error {
        case .finished:
            return CLIError(l(.replPlayAfterEnd, step, left))
        case .choiceOutOfRange(_, _, let count) where count == 0:
            return CLIError(l(.replPlayNoChoice, step, session.scene.id) + "\n" + stored)
        case .choiceOutOfRange(_, let shown, let count):
            return CLIError(l.count(count, .replPlayWrongNumber, step, shown, count, session.scene.id) + "\n" + stored)
        default:
            return CLIError(error.message(l))
        }
    }

    /// A group name as stored: trimmed, and `nil` when empty.
    static func group(_ name: String?) -> String? {
        let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The privacy gate of `--mode review`: refuses a past case with findings unless
    /// `--accept-privacy-risk` was given; returns what to store as the header's
    /// `acceptedPrivacyRisk`.
    func admitReview(_ scenario: Scenario, _ l: Localizer) throws -> Bool {
        guard mode == .review else { return false }
        let verdict = ReviewGate.check(scenario, acceptRisk: acceptPrivacyRisk)
        switch verdict {
        case .clear:
            break
        case .accepted(let findings):
            Terminal.printError(ReviewGate.accepted(findings, scenario: scenario, l))
        case .refused(let findings):
            throw CLIError(ReviewGate.refusal(findings, scenario: scenario, override: "--accept-privacy-risk", l))
        }
        return verdict.acceptedPrivacyRisk
    }
}
