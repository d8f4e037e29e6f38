import Foundation
import Testing

/// Deleting on a terminal (trainer trial, finding 17): Tab after `verwijder` offers the stored
/// ids, the question is the prompt, and `samenop delete` asks on a terminal without `--yes`.
@Suite("Deleting sessions: terminal")
struct DeleteTerminalTests {
    typealias T = TerminalTests

    @Test("Tab after `verwijder` completes the session id; the question is the prompt and `j` deletes",
          .enabled(if: TerminalTests.tmux != nil, "tmux is not installed"))
    func replCompletesAndAsks() throws {
        let f = try REPLFixture.folder()
        _ = try Binary.run([], input: "start \(f.scenario)\nstop\n", environment: ["SAMENOP_STORE": f.store])
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let socket = try SessionTerminalTests.open(f, columns: 100)
        defer { _ = try? T.tmux(["-S", socket, "kill-server"]) }
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "verwijder ", "Tab"])
        let completed = try T.waitFor("samenop> verwijder \(id)", socket: socket, target: "samenop")
        #expect(completed.hasSuffix("samenop> verwijder \(id)"))
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "Enter"])
        let asked = try T.waitFor("Verwijderen? (j/n)", socket: socket, target: "samenop")
        #expect(asked.hasSuffix("zelfstudie  bezig, 0 stappen\nVerwijderen? (j/n)"))
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "j", "Enter"])
        // The answer, then the prompt drawn again after it.
        let done = try T.waitUntil(socket: socket, target: "samenop") { $0.hasSuffix("Sessie \(id) is verwijderd.\nsamenop>") }
        #expect(done.hasSuffix("Verwijderen? (j/n) j\nSessie \(id) is verwijderd.\nsamenop>"))
        #expect(try REPLFixture.sessionIDs(f.store).isEmpty)
    }

    @Test("`samenop delete ID` on a terminal names the session and asks; `n` keeps it, `j` deletes it",
          .enabled(if: TerminalTests.tmux != nil, "tmux is not installed"))
    func shellAsks() throws {
        let f = try REPLFixture.folder()
        _ = try Binary.run([], input: "start \(f.scenario)\nstop\n", environment: ["SAMENOP_STORE": f.store])
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let socket = f.folder.appendingPathComponent("tmux.sock").path
        let run = "env -i PATH=/usr/bin:/bin HOME=\(f.folder.path) LANG=nl_NL.UTF-8 TERM=xterm NO_COLOR=1 TZ=UTC "
            + "SAMENOP_STORE=\(f.store) \(Binary.executable.path) delete \(id)"
        // The pane stays after each run so that its answer can be read.
        let command = "\(run); echo status=$?; \(run); echo status=$?; sleep 60"
        try T.tmux(["-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", "samenop", "-x", "120", "-y", "40", command])
        defer { _ = try? T.tmux(["-S", socket, "kill-server"]) }
        let asked = try T.waitFor("Verwijderen? (j/n)", socket: socket, target: "samenop")
        #expect(asked.hasPrefix("Deze sessie wordt verwijderd, met alles wat erbij bewaard is (stappen, notities, stemmen, oordelen):\n  \(id)  "))
        #expect(asked.hasSuffix("  proef  zelfstudie  bezig, 0 stappen\nVerwijderen? (j/n)"))
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "n", "Enter"])
        let kept = try T.waitFor("status=0", socket: socket, target: "samenop")
        #expect(kept.contains("Verwijderen? (j/n) n\nNiets verwijderd.\nstatus=0"))
        #expect(try REPLFixture.sessionIDs(f.store) == [id])
        _ = try T.waitUntil(socket: socket, target: "samenop") { $0.components(separatedBy: "Verwijderen? (j/n)").count == 3 }
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "j", "Enter"])
        let deleted = try T.waitFor("is verwijderd.\nstatus=0", socket: socket, target: "samenop")
        #expect(deleted.hasSuffix("Verwijderen? (j/n) j\nSessie \(id) is verwijderd.\nstatus=0"))
        #expect(try REPLFixture.sessionIDs(f.store).isEmpty)
    }
}
