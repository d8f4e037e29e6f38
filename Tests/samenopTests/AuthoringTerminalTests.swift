import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import Testing

/// The live authoring loop on a real terminal (tmux): edit the scenario during a session,
/// then `herlaad`, or let `--watch` notice the change.
@Suite("Authoring loop on a terminal")
struct AuthoringTerminalTests {
    typealias T = TerminalTests

    /// Starts `samenop ARGUMENTS` in a detached tmux session on the fixture, returns the socket.
    static func launch(_ f: (folder: URL, scenario: String, store: String), _ arguments: String) throws -> String {
        let socket = f.folder.appendingPathComponent("tmux.sock").path
        let command = "cd \(Binary.packageRoot.path) && env -i PATH=/usr/bin:/bin HOME=\(f.folder.path) LANG=nl_NL.UTF-8 TERM=xterm NO_COLOR=1 "
            + "SAMENOP_SHUFFLE=off SAMENOP_STORE=\(f.store) \(Binary.executable.path) \(arguments)"
        try T.tmux(["-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", "samenop", "-x", "100", "-y", "40", command])
        return socket
    }

    static func edit(_ file: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
    }

    @Test("edit a scene's text during a session, `herlaad`, and the new text shows with every step replayed; a broken path names its step",
          .enabled(if: TerminalTests.tmux != nil, "tmux is not installed"))
    func reload() throws {
        let f = try REPLFixture.folder()
        let socket = try Self.launch(f, "")
        defer { _ = try? T.tmux(["-S", socket, "kill-server"]) }
        _ = try T.waitFor("samenop>", socket: socket, target: "samenop")
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "start \(f.scenario)", "Enter"])
        _ = try T.waitFor("samenop 1>", socket: socket, target: "samenop")
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "2", "Enter"])
        _ = try T.waitFor("samenop 2>", socket: socket, target: "samenop")
        try Self.edit(f.scenario, "Jullie staan voor de deur.", "Jullie staan voor een dichte deur.")
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "herlaad", "Enter"])
        // Wait for the prompt after the scene too: on a busy machine the pane may be read in between.
        let pane = try T.waitUntil(socket: socket, target: "samenop") { $0.contains("een dichte deur") && $0.hasSuffix("samenop 2>") }
        #expect(pane.contains("samenop 2> herlaad\nproef.yaml opnieuw geladen; 1 stap opnieuw gespeeld.\n── Stap 2 · vr 23:55 · Erop af ──\nJullie staan voor een dichte deur.\nWie doet wat?"))
        #expect(pane.hasSuffix("samenop 2>"))
        // Rewording the option taken at step 1 breaks the path: the session stays as it was.
        try Self.edit(f.scenario, "Politie en Veilig Thuis gaan samen op.", "Politie en Veilig Thuis gaan samen.")
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "herlaad", "Enter"])
        let broken = try T.waitFor("breekt de weg", socket: socket, target: "samenop")
        #expect(broken.contains("De wijziging breekt de weg: Stap 1 (scène 'melding', keuze 2) past niet meer op het scenario. De"))
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "stop", "Enter"])
    }

    @Test("with --watch a saved edit shows within a second, and what was being typed is kept",
          .enabled(if: TerminalTests.tmux != nil, "tmux is not installed"))
    func watch() throws {
        let f = try REPLFixture.folder()
        let socket = try Self.launch(f, "--watch")
        defer { _ = try? T.tmux(["-S", socket, "kill-server"]) }
        _ = try T.waitFor("samenop>", socket: socket, target: "samenop")
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "start \(f.scenario)", "Enter"])
        _ = try T.waitFor("samenop 1>", socket: socket, target: "samenop")
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "2", "Enter"])
        _ = try T.waitFor("samenop 2>", socket: socket, target: "samenop")
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "notit"])
        _ = try T.waitFor("samenop 2> notit", socket: socket, target: "samenop")
        let saved = Date()
        try Self.edit(f.scenario, "Jullie staan voor de deur.", "Jullie staan voor een open deur.")
        let pane = try T.waitFor("een open deur", socket: socket, target: "samenop")
        let elapsed = Date().timeIntervalSince(saved)
        #expect(elapsed < 1.0, "shown after \(elapsed) s")
        #expect(pane.contains("proef.yaml is gewijzigd.\nproef.yaml opnieuw geladen; 1 stap opnieuw gespeeld.\n── Stap 2 · vr 23:55 · Erop af ──\nJullie staan voor een open deur.\nWie doet wat?"))
        let kept = try T.waitUntil(socket: socket, target: "samenop") { $0.hasSuffix("samenop 2> notit") }
        #expect(kept.hasSuffix("samenop 2> notit"))
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "C-u", "stop", "Enter"])
    }
}
