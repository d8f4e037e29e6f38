import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// `samenop sessions [--json]`: the stored sessions, newest first.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List stored sessions, newest first.")

    @Flag(name: .long, help: "Print a JSON array of {id, scenario, mode, startedAt, finishedAt, steps}.")
    var json = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let l = common.localizer
        let listing: SessionListing
        do {
            listing = try SessionOpener.existingStore(at: common.storePath)?.listing() ?? SessionListing(sessions: [], damaged: [])
        } catch {
            throw CLIError(error.message(l))
        }
        let summaries = listing.sessions
        for damaged in listing.damaged { Terminal.printError(l(.cliSessionsDamaged, damaged.id, damaged.column)) }
        if json {
            print(Self.json(summaries))
        } else if summaries.isEmpty {
            print(l(.replSessionsNone))
        } else {
            for line in SessionsListing.lines(summaries, l) { StandardStreams.print(line) }
        }
    }

    /// The `--json` form of `product.md`: `finishedAt` is `null` while unfinished.
    static func json(_ summaries: [SessionSummary]) -> String {
        struct Entry: Encodable {
            var summary: SessionSummary
            enum Keys: String, CodingKey { case id, scenario, mode, startedAt, finishedAt, steps }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(summary.id, forKey: .id)
                try c.encode(summary.scenario, forKey: .scenario)
                try c.encode(summary.mode.rawValue, forKey: .mode)
                try c.encode(summary.startedAt, forKey: .startedAt)
                try c.encode(summary.finishedAt, forKey: .finishedAt)
                try c.encode(summary.steps, forKey: .steps)
            }
        }
        guard !summaries.isEmpty else { return "[]" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(summaries.map(Entry.init))).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
