import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// The trainer trial's terminal findings: text rewraps after a resize and never passes 100
/// columns; Tab after `hervat` offers session ids and after `start ID` only the modes.
@Suite("Trainer trial: terminal")
struct SessionTerminalTests {
    typealias T = TerminalTests

    static let yaml = REPLFixture.yaml.replacingOccurrences(
        of: "text: Er komt een melding binnen van huiselijk geweld in een gezin met twee kinderen.",
        with: "text: " + String(repeating: "Er komt een melding binnen van huiselijk geweld in een gezin met twee kinderen. ", count: 4))

    /// Starts the REPL in a detached tmux session of `columns`, returning socket and target.
    static func open(_ f: (folder: URL, scenario: String, store: String), columns: Int, arguments: String = "") throws -> String {
        let socket = f.folder.appendingPathComponent("tmux.sock").path
        let command = "cd \(Binary.packageRoot.path) && env -i PATH=/usr/bin:/bin HOME=\(f.folder.path) LANG=nl_NL.UTF-8 TERM=xterm NO_COLOR=1 "
            + "SAMENOP_STORE=\(f.store) \(Binary.executable.path) \(arguments)"
        try T.tmux(["-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", "samenop", "-x", "\(columns)", "-y", "50", command])
        _ = try T.waitFor("samenop>", socket: socket, target: "samenop")
        return socket
    }

    /// Resizes the window, clears the screen (Ctrl-L), waits until it is clear, and shows the
    /// scene again with `kijk`, returning the pane.
    static func look(_ socket: String, columns: Int) throws -> String {
        try T.tmux(["-S", socket, "resize-window", "-t", "samenop", "-x", "\(columns)"])
        // tmux resizes the pane's terminal on its next turn: wait for it, as a person would.
        let deadline = Date().addingTimeInterval(10)
        while try T.tmux(["-S", socket, "display", "-p", "-t", "samenop", "#{pane_width}"]).trimmingCharacters(in: .whitespacesAndNewlines)
                != "\(columns)", Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 0.5)
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "C-l"])
        _ = try T.waitUntil(socket: socket, target: "samenop") { !$0.contains("Wat doe je?") }
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "kijk", "Enter"])
        return try T.waitUntil(socket: socket, target: "samenop") { $0.contains("Wat doe je?") && $0.hasSuffix("samenop 1>") }
    }

    static func longest(_ pane: String) -> Int { pane.split(separator: "\n").map(\.count).max() ?? 0 }

    @Test("after a resize `kijk` rewraps to the new width, and a wide window still wraps at 100",
          .enabled(if: TerminalTests.tmux != nil, "tmux is not installed"))
    func rewrapsOnResize() throws {
        let f = try REPLFixture.folder(yaml: Self.yaml)
        let socket = try Self.open(f, columns: 80)
        defer { _ = try? T.tmux(["-S", socket, "kill-server"]) }
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "start \(f.scenario)", "Enter"])
        let at80 = try T.waitFor("Wat doe je?", socket: socket, target: "samenop")
        #expect(Self.longest(at80) <= 80 && Self.longest(at80) > 70)
        let at60 = try Self.look(socket, columns: 60)
        #expect(Self.longest(at60) <= 60 && Self.longest(at60) > 50)
        let at160 = try Self.look(socket, columns: 160)
        #expect(Self.longest(at160) <= 100 && Self.longest(at160) > 90, "\(at160)")
    }

    @Test("Tab after `hervat` offers the stored session ids; after `start ID` only the modes",
          .enabled(if: TerminalTests.tmux != nil, "tmux is not installed"))
    func completion() throws {
        let f = try REPLFixture.folder()
        _ = try Binary.run([], input: "start \(f.scenario)\n2\nstop\n", environment: ["SAMENOP_STORE": f.store])
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let socket = try Self.open(f, columns: 100)
        defer { _ = try? T.tmux(["-S", socket, "kill-server"]) }
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "hervat ", "Tab"])
        let resumed = try T.waitFor("samenop> hervat \(id)", socket: socket, target: "samenop")
        #expect(resumed.hasSuffix("samenop> hervat \(id)"))
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "C-u", "start wurging-op-vrijdag c", "Tab"])
        let mode = try T.waitFor("start wurging-op-vrijdag casusbespreking", socket: socket, target: "samenop")
        #expect(mode.hasSuffix("samenop> start wurging-op-vrijdag casusbespreking"))
        try T.tmux(["-S", socket, "send-keys", "-t", "samenop", "C-u", "start wurging-op-vrijdag ", "Tab", "Tab"])
        let offered = try T.waitUntil(socket: socket, target: "samenop") { $0.contains("zelfstudie") }
        #expect(offered.contains("casusbespreking") && offered.contains("team"))
        #expect(!offered.contains("baby-op-het-balkon"))
    }
}
