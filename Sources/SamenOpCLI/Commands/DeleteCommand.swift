import ArgumentParser
import Foundation
import SamenOpText
import SamenOpStore

/// `samenop delete ID… [--yes]`: removes stored sessions and everything stored with them
/// (trainer trial, finding 17: a stray `start` stayed in `sessies` for good).
///
/// On a terminal it names the sessions and asks; `--yes` skips the question. Without a
/// terminal and without `--yes` it refuses as a usage error (status 2), since a script cannot
/// answer and must say that it means it. An unknown id, or a session open in a REPL, is wrong
/// input (status 1) and then nothing is deleted (`Docs/decisions.md`).
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete stored sessions and everything stored with them (asks first).",
        discussion: "Exit status: 0 deleted or declined, 1 an unknown session or one open in a REPL (nothing is deleted), 2 usage errors (no terminal to ask on and no --yes).")

    @Argument(help: "The session ids (or unique starts of them), as `samenop sessions` shows.")
    var ids: [String]

    @Flag(name: [.customLong("yes"), .customShort("y"), .customLong("ja")],
          help: "Delete without asking (needed when standard input is not a terminal).")
    var yes = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let l = common.localizer
        guard yes || Terminal.isTTY(0) else { throw CLIError(l(.cliDeleteNeedsYes), status: 2) }
        let nothing = ids.count > 1 ? "\n" + l(.cliDeleteKept) : ""
        let store: SessionStore
        let targets: [SessionDeletion.Target]
        do throws(StoreError) {
            // Looking sessions up creates no store: without one, no id is known.
            guard let existing = try SessionOpener.existingStore(at: common.storePath) else {
                throw StoreError.unknownSession(ids[0])
            }
            store = existing
            targets = try SessionDeletion.targets(ids, in: store)
        } catch {
            throw CLIError(SessionDeletion.message(error, l, fromShell: true) + nothing)
        }
        if !yes {
            for line in SessionDeletion.description(targets, l) { Terminal.printError(line) }
            FileHandle.standardError.write(Data((l(.cliDeleteQuestion) + " ").utf8))
            let answer = readLine(strippingNewline: true)
            // Ctrl-D ends the question's line on the terminal before the answer is said.
            if answer == nil { FileHandle.standardError.write(Data("\n".utf8)) }
            guard SessionDeletion.confirms(answer) else { return StandardStreams.print(l(.cliDeleteKept)) }
        }
        do throws(StoreError) {
            try store.delete(targets.map(\.id))
        } catch {
            throw CLIError(SessionDeletion.message(error, l, fromShell: true) + nothing)
        }
        for target in targets { StandardStreams.print(l(.cliDeleteDone, target.id)) }
    }
}
