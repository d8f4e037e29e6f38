import Foundation
import Testing
import SamenOpStore
import GRDB

#if canImport(Glibc)
import Glibc
#endif

/// A library with hostile files beside a good one, scenario text with terminal escapes, and
/// stores that are damaged, created by many processes at once, or on read-only media.
@Suite("Hostile library and store")
struct HostileLibraryTests {
    /// The escapes of the trial: window title, clear screen, OSC 52 clipboard, bracketed paste
    /// (typing into the REPL), and a C1 CSI.
    static let escapes = #"\e]0;gehackt\a\e[2J\e]52;c;ZWNobyBoaQ==\a\e[200~rm -rf ~\e[201~\x9b31m"#

    /// A folder with the good fixture (`proef`), an escape-laden copy (`escape`), a phase band
    /// up to Int.max, a 15,000-term condition, a FIFO and a 64 GB sparse file.
    static func library() throws -> (folder: URL, env: [String: String]) {
        let (folder, _, store) = try REPLFixture.folder()
        let yaml = REPLFixture.yaml
        func write(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("escape.yaml", yaml.replacingOccurrences(of: "id: proef", with: "id: escape")
            .replacingOccurrences(of: "title: Proefscenario", with: "title: \"Titel\(escapes)\"")
            .replacingOccurrences(of: "text: Een buurvrouw belt 112", with: "text: \"Buurvrouw\(escapes)\" #"))
        try write("band.yaml", yaml.replacingOccurrences(of: "id: proef", with: "id: band")
            .replacingOccurrences(of: "language: nl", with: "language: nl\nphases:\n  acuut: [0, 9223372036854775807]"))
        let chain = Array(repeating: "samen", count: 15_000).joined(separator: " and ")
        try write("keten.yaml", yaml.replacingOccurrences(of: "id: proef", with: "id: keten")
            .replacingOccurrences(of: "        goto: thuis\n        phase: herstel",
                                  with: "        goto: thuis\n        if: \(chain)\n        phase: herstel"))
        #expect(mkfifo(folder.appendingPathComponent("pijp.yaml").path, 0o600) == 0)
        let huge = folder.appendingPathComponent("groot.yaml").path
        #expect(FileManager.default.createFile(atPath: huge, contents: Data()))
        #expect(truncate(huge, 64 << 30) == 0)
        return (folder, ["SAMENOP_STORE": store, "SAMENOP_SCENARIOS": folder.path])
    }

    static func noEscapes(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{7}" }
    }

    @Test("bad files never stop list, play of another scenario, or the REPL")
    func badFiles() throws {
        let (_, env) = try Self.library()
        let list = try Binary.run(["list"], environment: env)
        #expect(list.status == 1)
        #expect(list.stdout.contains("proef "))
        for file in ["band.yaml", "keten.yaml", "pijp.yaml", "groot.yaml"] {
            #expect(list.stderr.contains("/\(file) overgeslagen: 1 fout."))
        }
        #expect(list.stderr.contains("de voorwaarde is te lang: meer dan 500 delen"))
        #expect(list.stderr.contains("dit is geen gewoon bestand (maar een apparaat, pijp of socket); alleen bestanden worden gelezen"))
        #expect(list.stderr.contains("het bestand is groter dan 16 MB; een scenario is veel kleiner"))
        let play = try Binary.run(["play", "proef", "--choices", "2,1"], environment: env)
        #expect(play.status == 0)
        let repl = try Binary.run([], input: "lijst\nstart proef\n2\nstop\n", environment: env)
        #expect(repl.status == 0)
        #expect(repl.stdout.contains("Proefscenario"))
        #expect(repl.stdout.contains("Sessie "))
    }

    @Test("terminal escapes in scenario text are shown, never sent: list, play, report, REPL, check")
    func escapes() throws {
        let (folder, env) = try Self.library()
        let outputs = [
            try Binary.run(["list"], environment: env),
            try Binary.run(["play", "escape", "--choices", "2,1"], environment: env),
            try Binary.run(["play", "escape", "--choices", "2,1", "--report", "html"], environment: env),
            try Binary.run([], input: "lijst\nstart escape\nkijk\nkaarten\nverslag\nstop\n", environment: env),
            try Binary.run(["check", folder.appendingPathComponent("escape.yaml").path], environment: env),
        ]
        for output in outputs {
            #expect(Self.noEscapes(output.stdout))
            #expect(Self.noEscapes(output.stderr))
        }
        #expect(outputs[0].stdout.contains("Titel␛]0;gehackt␇␛[2J␛]52;c;ZWNobyBoaQ==␇␛[200~rm -rf ~␛[201~\u{FFFD}31m"))
        #expect(outputs[1].stdout.hasPrefix("# Reflectieverslag: Titel␛]0;gehackt␇"))
        #expect(outputs[3].stdout.contains("Buurvrouw␛]0;gehackt␇"))
    }

    @Test("sessions names a row with a damaged date and lists the others")
    func damagedDate() throws {
        let (_, env) = try Self.library()
        for _ in 0..<2 { #expect(try Binary.run(["play", "proef", "--choices", "2"], environment: env).status == 0) }
        let store = try #require(env["SAMENOP_STORE"])
        let ids = try REPLFixture.sessionIDs(store)
        let queue = try DatabaseQueue(path: store)
        try queue.write { try $0.execute(sql: "UPDATE sessions SET startedAt = 'kapot' WHERE id = ?", arguments: [ids[0]]) }
        try queue.close()
        let sessions = try Binary.run(["sessions"], environment: env)
        #expect(sessions.status == 0)
        #expect(sessions.stderr == "Sessie \(ids[0]) is beschadigd in de opslag (startedAt is onleesbaar) en wordt overgeslagen.\n")
        #expect(sessions.stdout.hasPrefix("  \(ids[1])  "))
        #expect(!sessions.stdout.contains(ids[0]))
    }

    @Test("many processes creating one new store at the same moment all succeed")
    func concurrentProcesses() throws {
        let (folder, env) = try Self.library()
        for round in 0..<8 {
            let store = folder.appendingPathComponent("ronde-\(round)/samenop.sqlite").path
            var processes: [(Process, Pipe)] = []
            for _ in 0..<6 {
                let process = Process(), errors = Pipe()
                process.executableURL = Binary.executable
                process.arguments = ["play", "proef", "--choices", "2", "--output", "/dev/null"]
                process.environment = ["PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8", "HOME": folder.path,
                                       "SAMENOP_SCENARIOS": env["SAMENOP_SCENARIOS"]!, "SAMENOP_STORE": store]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = errors
                processes.append((process, errors))
            }
            for (process, _) in processes { try process.run() }
            for (process, errors) in processes {
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(message)")
            }
            #expect(try REPLFixture.sessionIDs(store).count == 6)
        }
    }

    @Test("a store on read-only media can still be listed and reported from")
    func readOnlyMedia() throws {
        let (folder, env) = try Self.library()
        let storeFolder = folder.appendingPathComponent("alleen-lezen")
        let store = storeFolder.appendingPathComponent("samenop.sqlite").path
        var readEnv = env
        readEnv["SAMENOP_STORE"] = store
        #expect(try Binary.run(["play", "proef", "--choices", "2,1"], environment: readEnv).status == 0)
        let id = try #require(REPLFixture.sessionIDs(store).first)
        try ReadOnlyFolder.with(storeFolder.path) {
            let sessions = try Binary.run(["sessions"], environment: readEnv)
            #expect(sessions.status == 0)
            #expect(sessions.stdout.hasPrefix("  \(id)  "))
            let report = try Binary.run(["report", id], environment: readEnv)
            #expect(report.status == 0)
            #expect(report.stdout.hasPrefix("# Reflectieverslag: Proefscenario"))
            let play = try Binary.run(["play", "proef", "--choices", "2"], environment: readEnv)
            #expect(play.status == 1)
            #expect(play.stderr.contains(store))
        }
    }
}

/// A folder made read-only like media: a read-only bind mount as root (modes do not stop
/// root), else the modes of the folder and its files.
enum ReadOnlyFolder {
    static func with(_ folder: String, _ body: () throws -> Void) throws {
        if getuid() == 0 {
            guard run("mount --bind '\(folder)' '\(folder)' && mount -o remount,bind,ro '\(folder)'") else {
                Issue.record("as root this test needs a read-only bind mount, and mount failed")
                return
            }
            defer { run("umount '\(folder)'") }
            try body()
        } else {
            let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            for file in files { chmod(folder + "/" + file, 0o400) }
            chmod(folder, 0o500)
            defer {
                chmod(folder, 0o700)
                for file in files { chmod(folder + "/" + file, 0o600) }
            }
            try body()
        }
    }

    @discardableResult
    static func run(_ command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>/dev/null"]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
