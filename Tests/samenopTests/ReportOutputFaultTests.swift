import Foundation
import Testing
import SamenOpStore

#if canImport(Glibc)
import Glibc
#endif

/// Where a report goes when it is not an ordinary file: devices, FIFOs, links, full disks and
/// closed streams. Nothing that is not a regular file is ever replaced; every failure is a
/// message and status 1.
@Suite("Report output faults")
struct ReportOutputFaultTests {
    static func played() throws -> (folder: URL, env: [String: String], id: String, report: String) {
        let (f, id) = try ReportCommandTests.played()
        let env = ["SAMENOP_STORE": f.store]
        let report = try Binary.run(["report", id], environment: env).stdout
        #expect(report.hasPrefix("# Reflectieverslag"))
        return (f.folder, env, id, report)
    }

    static func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    /// Runs `samenop` through the shell with `redirections` (e.g. `>&-`) after the arguments.
    static func shell(_ arguments: [String], _ redirections: String, env: [String: String]) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" \"$@\" \(redirections)", Binary.executable.path] + arguments
        var environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TERM": "dumb", "LANG": "nl_NL.UTF-8",
                           "HOME": Binary.temporaryFolder().path]
        for (key, value) in env { environment[key] = value }
        process.environment = environment
        return try Binary.collect(process)
    }

    @Test("a device is written through and stays a device (as root /dev/null was replaced by a file)")
    func device() throws {
        let (folder, env, id, _) = try Self.played()
        // As root a private null device, so that a regression cannot break the system's.
        let device = getuid() == 0 ? folder.appendingPathComponent("null").path : "/dev/null"
        if getuid() == 0 { #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3) /* makedev(1, 3), the null device */) == 0) }
        for arguments in [["report", id, "--output", device], ["report", id, "--output", device, "--format", "html"]] {
            let result = try Binary.run(arguments, environment: env)
            #expect(result.status == 0)
            #expect(result.stderr == "Verslag geschreven naar \(device).\n")
            #expect(Self.fileType(device) == S_IFCHR)
        }
        let repl = try Binary.run([], input: "hervat \(id)\nverslag md \(device)\nverslag html \(device)\nstop\n", environment: env)
        #expect(repl.stdout.contains("Verslag geschreven naar \(device)."))
        #expect(Self.fileType(device) == S_IFCHR)
    }

    @Test("graph, proof, stats, export and xapi write through a device too, like report")
    func deviceForEveryOutput() throws {
        let (folder, env, id, _) = try Self.played()
        let device = getuid() == 0 ? folder.appendingPathComponent("null").path : "/dev/null"
        if getuid() == 0 { #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0) }
        let scenario = folder.appendingPathComponent("proef.yaml").path
        for arguments in [["graph", scenario, "--format", "svg", "--output", device], ["proof", scenario, "--output", device],
                          ["stats", "--format", "json", "--output", device], ["export", id, "--output", device],
                          ["xapi", id, "--output", device]] {
            let result = try Binary.run(arguments, environment: env)
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
            #expect(Self.fileType(device) == S_IFCHR, "\(arguments[0]) replaced the device")
        }
    }

    @Test("a FIFO is written through to its reader and stays a FIFO")
    func fifo() throws {
        let (folder, env, id, report) = try Self.played()
        let fifo = folder.appendingPathComponent("verslag.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            group.leave()
        }
        let result = try Binary.run(["report", id, "--output", fifo], environment: env)
        #expect(group.wait(timeout: .now() + 20) == .success)
        #expect(result.status == 0)
        #expect(String(decoding: received, as: UTF8.self) == report)
        #expect(Self.fileType(fifo) == S_IFIFO)
    }

    @Test("a symbolic link is followed: its target gets the report and the link stays; a link to nothing is refused")
    func symbolicLinks() throws {
        let (folder, env, id, report) = try Self.played()
        let target = folder.appendingPathComponent("doel.md").path, link = folder.appendingPathComponent("link.md").path
        try "oud".write(toFile: target, atomically: true, encoding: .utf8)
        #expect(symlink("doel.md", link) == 0)
        let result = try Binary.run(["report", id, "--output", link], environment: env)
        #expect(result.status == 0)
        #expect(Self.fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == report)
        let dangling = folder.appendingPathComponent("nergens.md").path
        #expect(symlink("bestaat/niet.md", dangling) == 0)
        let refused = try Binary.run(["report", id, "--output", dangling], environment: env)
        #expect(refused.status == 1)
        #expect(refused.stderr == "Kan \(dangling) niet schrijven: de map bestaat niet\n")
        #expect(Self.fileType(dangling) == S_IFLNK)
        let folderOutput = try Binary.run(["report", id, "--output", folder.path], environment: env)
        #expect(folderOutput.status == 1)
        #expect(folderOutput.stderr == "Kan \(folder.path) niet schrijven: dat is een map\n")
    }

    @Test("a full disk is a clear message and status 1, in every command that writes a report")
    func fullDisk() throws {
        let (folder, env, id, _) = try Self.played()
        let report = try Binary.run(["report", id, "--output", "/dev/full"], environment: env)
        #expect(report.status == 1)
        #expect(report.stderr == "Kan /dev/full niet schrijven: de schijf is vol\n")
        let play = try Binary.run(["play", folder.appendingPathComponent("proef.yaml").path, "--choices", "2", "--output", "/dev/full"],
                                  environment: env)
        #expect(play.status == 1)
        #expect(play.stderr.hasPrefix("Kan /dev/full niet schrijven: de schijf is vol\n"))
        let repl = try Binary.run([], input: "hervat \(id)\nverslag /dev/full\nstop\n", environment: env)
        #expect(repl.status == 0)
        #expect(repl.stderr.contains("Kan /dev/full niet schrijven: de schijf is vol"))
    }

    @Test("standard output full or closed, standard error closed: status 1 and no crash")
    func closedStreams() throws {
        let (_, env, id, _) = try Self.played()
        let full = try Self.shell(["report", id], ">/dev/full", env: env)
        #expect(full.status == 1)
        #expect(full.stderr == "Kan niet naar de standaarduitvoer schrijven: No space left on device\n")
        for arguments in [["report", id], ["list"], ["sessions"]] {
            let closed = try Self.shell(arguments, ">&-", env: env)
            #expect(closed.status == 1)
            #expect(closed.stderr == "Kan niet naar de standaarduitvoer schrijven: die is gesloten.\n")
        }
        let noStderr = try Self.shell(["report", id, "--output", "/dev/full"], "2>&-", env: env)
        #expect(noStderr.status == 1)
        let both = try Self.shell(["report", id], ">&- 2>&-", env: env)
        #expect(both.status == 1)
        let fine = try Self.shell(["report", id], "2>&-", env: env)
        #expect(fine.status == 0)
        #expect(fine.stdout.hasPrefix("# Reflectieverslag"))
    }
}
