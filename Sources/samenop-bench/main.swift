import Foundation

// samenop-bench SUBCOMMAND: each benchmark lives in its own file and prints its figures
// beside a reference run from the same command, so that results compare across machines.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "render":
    RenderBenchmark.run(Array(arguments.dropFirst()))
default:
    FileHandle.standardError.write(Data("usage: samenop-bench render [--steps N] [--runs N]\n".utf8))
    exit(2)
}
