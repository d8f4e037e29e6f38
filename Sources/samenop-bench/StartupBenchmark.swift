import Foundation

/// `samenop-bench startup`: the time from starting `samenop` to its first prompt, against
/// `/bin/true` and against `samenop-hello` (a Swift "hello world" that imports Foundation),
/// started the same way in the same run. The target (issue 10) is at most 2x the hello world.
///
/// Piped, the REPL prints no prompt, so what is timed is a whole run with `quit` as its input:
/// process start, argument parsing, the REPL's set-up, reading one line and leaving. A second
/// figure starts a session on the example scenario first (loading it, creating the store).
enum StartupBenchmark {
    static let runs = 21

    static func run() {
        // /bin/true exits without reading its input; writing to it must not end the benchmark.
        signal(SIGPIPE, SIG_IGN)
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let samenop = products.appendingPathComponent("samenop").path
        guard FileManager.default.isExecutableFile(atPath: samenop) else {
            print("samenop not found next to samenop-bench (\(samenop)); build it first: swift build -c release")
            exit(1)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "nl_NL.UTF-8", "NO_COLOR": "1",
                           "SAMENOP_STORE": folder.appendingPathComponent("store/samenop.sqlite").path,
                           "SAMENOP_SCENARIOS": folder.path]

        let hello = products.appendingPathComponent("samenop-hello").path
        guard FileManager.default.isExecutableFile(atPath: hello) else {
            print("samenop-hello not found next to samenop-bench (\(hello)); build it first: swift build -c release")
            exit(1)
        }

        print("samenop-bench startup: samenop repl with piped input, median of \(runs) runs")
        // Interleaved, so that a slow moment of the machine falls on both sides alike.
        var times: [String: [Double]] = [:]
        for _ in 0..<runs {
            times["true", default: []].append(Timing.seconds { pipe("/bin/true", [], "quit\n", environment) })
            times["hello", default: []].append(Timing.seconds { pipe(hello, [], "quit\n", environment) })
            times["quit", default: []].append(Timing.seconds { pipe(samenop, ["repl"], "quit\n", environment) })
        }
        let reference = Timing.median(times["true"]!), helloTime = Timing.median(times["hello"]!)
        let quit = Timing.median(times["quit"]!)
        print("  /bin/true                        \(Timing.milliseconds(reference))")
        print("  samenop-hello (Foundation)       \(Timing.milliseconds(helloTime))")
        print("  samenop repl <<< quit            \(Timing.milliseconds(quit))")
        print(String(format: "ratio samenop (quit) / /bin/true: %.1fx", quit / reference))
        print(String(format: "ratio samenop (quit) / hello world with Foundation: %.2fx (target: at most 2x)", quit / helloTime))
        guard let example = findUpwards("Docs/examples/kennismaking.yaml", from: products) else { return }
        let start = Timing.median(runs: runs) { pipe(samenop, ["repl"], "start \(example)\nquit\n", environment) }
        print("  samenop repl <<< start + quit    \(Timing.milliseconds(start))")
        print(String(format: "ratio samenop (start + quit) / /bin/true: %.1fx", start / reference))
    }

    /// Runs `executable` with `input` on a pipe as standard input, output discarded.
    ///
    /// `posix_spawn` and `waitpid` rather than `Process`, whose `waitUntilExit` polls and
    /// would add tens of milliseconds to both sides.
    static func pipe(_ executable: String, _ arguments: [String], _ input: String, _ environment: [String: String]) {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { return }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(fds[0])
        if spawned == 0 {
            _ = input.withCString { write(fds[1], $0, strlen($0)) }
        }
        close(fds[1])
        guard spawned == 0 else { return }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    static func findUpwards(_ relative: String, from start: URL) -> String? {
        var url = start
        while url.path != "/" {
            let candidate = url.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
