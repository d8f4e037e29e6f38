import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine

#if canImport(Glibc)
import Glibc
#endif

/// The attacks of the trial on the loader: long conditions, extreme numbers, FIFOs, huge
/// files. Each gets a clear diagnostic; none traps, overflows the stack or blocks.
@Suite("Hostile input")
struct HostileInputTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The fixture with the second choice's condition replaced by `condition`.
    static func withCondition(_ condition: String) -> String {
        Fixture.valid.replacingOccurrences(of: "if: veiligheid >= 3 and not gesproken", with: "if: \(condition)")
    }

    @Test("a chain of 15,000 and/or/+ terms is refused at the first part over the limit")
    func longChains() throws {
        for (separator, term) in [(" and ", "gesproken"), (" or ", "gesproken"), (" + ", "veiligheid")] {
            var condition = Array(repeating: term, count: 15_000).joined(separator: separator)
            if separator == " + " { condition += " > 3" }
            let yaml = Self.withCondition(condition)
            let result = Fixture.load(yaml)
            let errors = result.diagnostics.filter { $0.code == "SO040" }
            #expect(errors.count == 1)
            #expect(errors.first?.message == "the condition is too long: more than 500 parts")
            #expect(errors.first?.hint == "split it: give the choice a variable that earlier choices set")
            // The 501st token: 250 terms and 250 operators come before it.
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let line = try #require(lines.firstIndex { $0.contains("if: ") })
            let valueColumn = lines[line].distance(from: lines[line].startIndex, to: lines[line].range(of: "if: ")!.upperBound) + 1
            #expect(errors.first?.location?.line == line + 1)
            #expect(errors.first?.location?.column == valueColumn + 250 * term.count + 250 * separator.count)
        }
    }

    @Test("a chain of 500 tokens is still a condition, and evaluates without deep recursion trouble")
    func longestAllowedChain() throws {
        // 249 terms, 248 `+`, `>` and `3`: 499 tokens.
        let condition = Array(repeating: "veiligheid", count: 249).joined(separator: " + ")
        let result = Fixture.load(Self.withCondition(condition + " > 3"))
        #expect(!result.diagnostics.contains { $0.code == "SO040" })
        let scenario = try #require(result.scenario)
        let session = Session(scenario: scenario, header: EngineFixture.header())
        #expect(session.visibleChoices.count == 2)
    }

    @Test("the largest and smallest numbers a file can hold never trap")
    func extremeNumbers() throws {
        let max = "9223372036854775807", min = "-9223372036854775808"
        let bands = Fixture.valid.replacingOccurrences(of: "variables:", with: """
            phases:
              acuut: [0, \(max)]
              directe-veiligheid: [\(min), 5]
            variables:
            """)
        let result = Fixture.load(bands)
        #expect(result.diagnostics.filter { $0.code == "SO069" }.count == 1)
        let sums = Fixture.valid
            .replacingOccurrences(of: "add: {veiligheid: 3}", with: "add: {veiligheid: \(max)}")
            .replacingOccurrences(of: "veiligheid: 2\n", with: "veiligheid: \(min)\n")
            .replacingOccurrences(of: "if: veiligheid >= 3 and not gesproken",
                                  with: "if: veiligheid + \(max) + \(max) > \(max) - 1 - \(max) - \(max)")
        let loaded = Fixture.load(sums)
        let scenario = try #require(loaded.scenario)
        var session = Session(scenario: scenario, header: EngineFixture.header())
        try session.choose(shown: 1, at: EngineFixture.at(1))
        guard case .int(let safety) = session.state.variables["veiligheid"] else { Issue.record("no veiligheid"); return }
        #expect((0...10).contains(safety))
        let numberTooLarge = Fixture.load(Self.withCondition("veiligheid > 99999999999999999999"))
        #expect(numberTooLarge.diagnostics.contains { $0.code == "SO040" })
    }

    @Test("a FIFO named like a scenario is refused at once, not read (no blocking)")
    func fifo() throws {
        let folder = try Self.folder()
        try Fixture.valid.write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        #expect(mkfifo(folder + "/b.yaml", 0o600) == 0)
        let library = ScenarioLibrary(folder: folder)
        #expect(library.entries.map { $0.scenario?.id.value } == ["test", nil])
        #expect(Fixture.lines(library.entries[1]) == ["-: error: this is not a regular file (a device, a pipe or a socket); only files are read [SO001]"])
        #expect(library.find("test")?.scenario != nil)
    }

    @Test("a file over the size limit is refused by its size, before it is read")
    func oversized() throws {
        let folder = try Self.folder()
        let path = folder + "/groot.yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        // Sparse: 64 GB that would take minutes to read, and that the loader never reads.
        #expect(truncate(path, 64 << 30) == 0)
        let result = ScenarioLoader.load(path: path)
        #expect(Fixture.lines(result) == ["-: error: the file is larger than 16 MB; a scenario is far smaller [SO011]"])
        #expect(ScenarioLoader.load(path: "/dev/zero").diagnostics.map(\.code) == ["SO001"])
    }
}
