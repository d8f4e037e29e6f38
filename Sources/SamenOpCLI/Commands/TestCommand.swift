import ArgumentParser
import Foundation
import SamenOpAnalysis
import SamenOpModel
import SamenOpScript
import SamenOpText

/// `samenop test [PATH...]`: runs trainers' scenario tests (`ID.test.yaml` beside `ID.yaml`).
///
/// One line per test, a failing expectation with the test file's `FILE:LINE:COL` and the value
/// found, then `N passed, N failed`; exit 1 on any failure. Without paths it runs the library's
/// test files. See `Docs/authoring.md`.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the scenario tests (ID.test.yaml) in files or folders (default: the library).",
        discussion: "Exit status: 0 all passed, 1 a test failed or a file could not be read, 2 usage errors.")

    @Argument(help: "Test files (*.test.yaml) or folders holding them.")
    var paths: [String] = []

    @OptionGroup var common: CommonOptions

    func run() throws {
        let l = common.localizer
        var folders = paths
        if folders.isEmpty, let library = ScenarioSource.library(scenariosOption: common.scenarios) {
            folders = [library.folder]
        }
        var passed = 0, failed = 0
        for path in folders {
            let files = ScenarioLibrary.isFolder(path) ? Self.testFiles(in: path) : [path]
            if files.isEmpty { Terminal.printError(l(.testNoFiles, path)) }
            for file in files {
                let outcomes = Self.run(file: file, l)
                passed += outcomes.passed
                failed += outcomes.failed
            }
        }
        print(l(.testSummary, passed, failed))
        if failed > 0 { throw CLIError.failed() }
    }

    /// The `*.test.yaml` files directly in `folder`, sorted.
    static func testFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter(ScenarioLibrary.isTestFile).sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Runs one test file and prints its lines; an unreadable file or scenario counts as one failure.
    static func run(file: String, _ l: Localizer) -> (passed: Int, failed: Int) {
        let tests: ScenarioTestFile
        switch ScenarioTestLoader.load(path: file) {
        case .success(let value): tests = value
        case .failure(let error):
            print(l(.testfileError, error.location.description, error.message.text(in: l.language)))
            return (0, 1)
        }
        // `ID.test.yaml` tests `ID.yaml` (or `ID.yml`) in the same folder.
        var base = file
        for suffix in [".test.yaml", ".test.yml"] where base.hasSuffix(suffix) { base.removeLast(suffix.count) }
        let scenarioPath = [base + ".yaml", base + ".yml"].first { FileManager.default.fileExists(atPath: $0) } ?? base + ".yaml"
        guard FileManager.default.fileExists(atPath: scenarioPath) else {
            print(l(.testNoScenario, file, scenarioPath))
            return (0, 1)
        }
        let result = ScenarioLoader.load(path: scenarioPath)
        guard let scenario = result.scenario, !result.hasErrors else {
            print(l(.testBadScenario, file, result.diagnostics.first?.message(in: l.language) ?? ""))
            return (0, 1)
        }
        var passed = 0, failed = 0
        for test in tests.tests {
            let outcome = ScenarioTestRunner.run(test, on: scenario, l)
            print(l(outcome.passed ? .testPass : .testFail, scenario.id.value, test.name.value))
            for failure in outcome.failures { print("  " + failure) }
            if outcome.passed { passed += 1 } else { failed += 1 }
        }
        return (passed, failed)
    }
}
