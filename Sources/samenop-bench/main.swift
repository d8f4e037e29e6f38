import Foundation

/// `samenop-bench SUBCOMMAND`: performance benchmarks, each against a reference run in the
/// same command so that the figures are ratios, not machine-dependent times.
/// Run them in release: `swift run -c release samenop-bench check`.
let benchmarks: [String: () -> Void] = [
    "check": CheckBenchmark.run,
    "graph": GraphBenchmark.run,
    "paths": { PathsBenchmark.run(Array(CommandLine.arguments.dropFirst(2))) },
    "privacy": PrivacyBenchmark.run,
    "random": { RandomBenchmark.run(Array(CommandLine.arguments.dropFirst(2))) },
    "room": RoomBenchmark.run,
    "render": { RenderBenchmark.run(Array(CommandLine.arguments.dropFirst(2))) },
    "startup": StartupBenchmark.run,
    "stats": { StatsBenchmark.run(Array(CommandLine.arguments.dropFirst(2))) },
]

let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let benchmark = benchmarks[name] else {
    FileHandle.standardError.write(Data("usage: samenop-bench \(benchmarks.keys.sorted().joined(separator: "|"))\n".utf8))
    exit(2)
}
benchmark()
