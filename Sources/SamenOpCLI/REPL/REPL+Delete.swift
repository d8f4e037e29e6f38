import Foundation
import SamenOpText
import SamenOpStore

/// `verwijder ID…` / `delete ID…`: removing stored sessions from within the REPL (trainer
/// trial, finding 17).
extension REPL {
    /// Names the sessions, asks (`j/n`, `y/n` in English) and deletes them on yes. The session
    /// open here is refused (leave it first by starting or resuming another, or delete it from
    /// the shell after `stop`), as is one open in another window; ids are taken like `hervat`
    /// takes them (a unique start is enough).
    mutating func delete(_ arguments: [String]) {
        guard let first = arguments.first else { return missing(.delete) }
        // As `hervat`: an unknown id creates no store just to say so.
        guard hasStore else { return fail(StoreError.unknownSession(first).message(l)) }
        guard let store = openStore() else { return }
        let targets: [SessionDeletion.Target]
        do {
            targets = try SessionDeletion.targets(arguments, in: store)
        } catch {
            return fail(error.message(l))
        }
        if let live, targets.contains(where: { $0.id == live.id }) {
            return fail(l(.cliDeleteOpenHere, live.id, REPLCommand.quit.name(in: l.language)))
        }
        let description = SessionDeletion.description(targets, l)
        say(wrap(description[0]))
        for line in description.dropFirst() { say(line) }
        // A script sees the question as a line; a terminal gets it as the prompt.
        if !options.interactive { say(l(.cliDeleteQuestion)) }
        flush()
        guard SessionDeletion.confirms(editor.readLine(prompt: options.interactive ? l(.cliDeleteQuestion) + " " : "")) else {
            return say(l(.cliDeleteKept))
        }
        do {
            try store.delete(targets.map(\.id))
        } catch {
            return fail(SessionDeletion.message(error, l, fromShell: false))
        }
        for target in targets { say(l(.cliDeleteDone, target.id)) }
    }
}
