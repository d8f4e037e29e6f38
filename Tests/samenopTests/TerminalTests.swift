import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs the REPL on a real terminal (tmux) to see readline at work: history and completion.
@Suite("Terminal")
struct TerminalTests {
    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs tmux through the shell and returns its standard output.
    ///
    /// `system` rather than `Process`: the server that `new-session` forks inherits the
    /// descriptors `Process` watches, so `Process` would wait for the server to end.
    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let quoted = ([tmux!] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        _ = system(quoted.joined(separator: " ") + " </dev/null >'\(output)' 2>/dev/null")
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// Waits until the pane shows `text` (tmux trims trailing spaces), returning the pane.
    static func waitFor(_ text: String, socket: String, target: String) throws -> String {
        try waitUntil(socket: socket, target: target) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the pane's non-empty lines joined, returning them.
    static func waitUntil(socket: String, target: String, _ condition: (String) -> Bool) throws -> String {
        var pane = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            pane = try tmux(["-S", socket, "capture-pane", "-p", "-t", target])
                .split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
            if condition(pane) { return pane }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return pane
    }

    @Test("on a terminal, up-arrow recalls history (kept 0600 beside the store) and tab completes commands",
          .enabled(if: tmux != nil, "tmux is not installed"))
    func readline() throws {
        let f = try REPLFixture.folder()
        let socket = f.folder.appendingPathComponent("tmux.sock").path
        let target = "samenop"
        let command = "cd \(Binary.packageRoot.path) && env -i PATH=/usr/bin:/bin HOME=\(f.folder.path) LANG=nl_NL.UTF-8 TERM=xterm NO_COLOR=1 "
            + "SAMENOP_STORE=\(f.store) \(Binary.executable.path)"
        try Self.tmux(["-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "100", "-y", "40", command])
        defer { _ = try? Self.tmux(["-S", socket, "kill-server"]) }
        let first = try Self.waitFor("samenop>", socket: socket, target: target)
        #expect(first.hasSuffix("samenop>"))
        // Scenario ids from the bundled library complete too.
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "start baby", "Tab"])
        let id = try Self.waitFor("samenop> start baby-op-het-balkon", socket: socket, target: target)
        #expect(id.hasSuffix("samenop> start baby-op-het-balkon"))
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "C-u", "start \(f.scenario)", "Enter"])
        _ = try Self.waitFor("Wat doe je?", socket: socket, target: target)
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "kernv", "Tab"])
        let completed = try Self.waitFor("samenop 1> kernvragen", socket: socket, target: target)
        #expect(completed.hasSuffix("samenop 1> kernvragen"))
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "Enter"])
        _ = try Self.waitFor("De vijf kernvragen", socket: socket, target: target)
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "Up"])
        let recalled = try Self.waitUntil(socket: socket, target: target) { $0.hasSuffix("samenop 1> kernvragen") }
        // The fresh prompt after the list of questions now holds the recalled line.
        #expect(recalled.hasSuffix("betrokkenen erin?\nsamenop 1> kernvragen"))
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "C-u", "stop", "Enter"])
        // `stop` ends the REPL, and with it the tmux session; the history has the line by then.
        let history = (f.store as NSString).deletingLastPathComponent + "/history"
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while !text.contains("stop"), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            text = (try? String(contentsOfFile: history, encoding: .utf8)) ?? ""
        }
        #expect(text.contains("kernvragen"))
        let mode = (try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
    }
}
