import Foundation
import Testing

/// Runs the REPL on a real terminal (tmux) to see readline at work: history and completion.
@Suite("Terminal")
struct TerminalTests {
    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux!)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Waits until the pane shows `text`, returning the pane.
    static func waitFor(_ text: String, socket: String, target: String) throws -> String {
        var pane = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            pane = try tmux(["-S", socket, "capture-pane", "-p", "-t", target])
            if pane.contains(text) { return pane }
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
        let command = "env -i PATH=/usr/bin:/bin HOME=\(f.folder.path) LANG=nl_NL.UTF-8 TERM=xterm NO_COLOR=1 "
            + "SAMENOP_STORE=\(f.store) \(Binary.executable.path)"
        try Self.tmux(["-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "100", "-y", "40", command])
        defer { _ = try? Self.tmux(["-S", socket, "kill-server"]) }
        _ = try Self.waitFor("samenop> ", socket: socket, target: target)
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "start \(f.scenario)", "Enter"])
        _ = try Self.waitFor("Wat doe je?", socket: socket, target: target)
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "kernv", "Tab"])
        let completed = try Self.waitFor("samenop 1> kernvragen ", socket: socket, target: target)
        #expect(completed.contains("samenop 1> kernvragen "))
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "Enter"])
        _ = try Self.waitFor("De vijf kernvragen", socket: socket, target: target)
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "Up"])
        let recalled = try Self.waitFor("vragen\nsamenop 1> kernvragen", socket: socket, target: target)
        #expect(recalled.split(separator: "\n").last?.hasPrefix("samenop 1> kernvragen") == true)
        try Self.tmux(["-S", socket, "send-keys", "-t", target, "C-u", "stop", "Enter"])
        _ = try Self.waitFor("is bewaard", socket: socket, target: target)
        let history = (f.store as NSString).deletingLastPathComponent + "/history"
        let text = try String(contentsOfFile: history, encoding: .utf8)
        #expect(text.contains("kernvragen"))
        let mode = (try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
    }
}
