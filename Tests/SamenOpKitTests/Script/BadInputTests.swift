import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// Hostile or broken files: each gets a clear error, never a crash or a hang.
@Suite("BadInput")
struct BadInputTests {
    func temporaryFile(_ data: Data, name: String = "x.yaml") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-badinput-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test("an empty file on disk")
    func emptyFile() throws {
        let path = try temporaryFile(Data())
        #expect(Fixture.lines(ScenarioLoader.load(path: path)) == ["1:1: error: the file is empty [SO006]"])
    }

    @Test("binary garbage is not UTF-8")
    func binary() throws {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 4096)
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
        bytes[0] = 0xFF  // never valid in UTF-8, so the outcome does not depend on the draw
        let result = ScenarioLoader.load(path: try temporaryFile(Data(bytes)))
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.code) == ["SO001"])
        #expect(result.diagnostics.first?.message == "the file is not UTF-8 text (byte 0xff)")
    }

    @Test("control characters in UTF-8 text are a YAML error with a position")
    func controlCharacters() {
        let result = Fixture.load("format: samenop/1\ntitle: a\u{1}b\n")
        #expect(result.diagnostics.map(\.code) == ["SO002"])
        #expect(result.diagnostics.first?.location?.line == 2)
    }

    @Test("an alias bomb (billion laughs) stops at the node budget")
    func aliasBomb() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let result = Fixture.load(yaml)
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.code) == ["SO005"])
        #expect(result.diagnostics.first?.message.hasPrefix("the document expands to too many values (over ") == true)
    }

    @Test("20,000 levels of flow nesting are refused without overflowing the stack")
    func deepFlow() {
        let yaml = "format: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
        #expect(Fixture.lines(yaml) == ["1:10: error: the values are nested too deeply (over 1000 levels) [SO004]"])
    }

    @Test("20,000 levels of block nesting are refused without overflowing the stack")
    func deepBlock() {
        let yaml = String(repeating: "- ", count: 20_000) + "x\n"
        let result = Fixture.load(yaml)
        #expect(result.diagnostics.map(\.code) == ["SO004"])
        #expect(result.diagnostics.first?.location?.line == 1)
    }

    @Test("a 10 MB file is read and checked")
    func tenMegabytes() throws {
        let filler = String(repeating: "Een regel tekst die veel te lang is voor een scène. ", count: 200_000)
        let yaml = Fixture.replacing("summary: Een kleine casus.", with: "summary: \"\(filler)\"")
        #expect(yaml.utf8.count > 10_000_000)
        let result = ScenarioLoader.load(path: try temporaryFile(Data(yaml.utf8), name: "test.yaml"))
        #expect(Fixture.lines(result) == [])
        #expect(result.scenario?.summary.value.count == filler.count)
    }

    @Test("a file above 16 MB is refused before parsing")
    func tooLarge() throws {
        let path = try temporaryFile(Data(repeating: UInt8(ascii: "#"), count: ScenarioLoader.maximumFileSize + 1))
        #expect(Fixture.lines(ScenarioLoader.load(path: path)) == ["-: error: the file is larger than 16 MB; a scenario is far smaller [SO011]"])
    }

    @Test("many YAML documents in one file")
    func twoDocuments() {
        #expect(Fixture.lines("a: 1\n---\nb: 2\n") == ["2:1: error: YAML syntax: but found another document (expected a single document in the stream at line 1, column 1) [SO002]"])
    }

    @Test("a key that is itself a mapping")
    func complexKey() {
        #expect(Fixture.lines(Fixture.valid + "? [a]\n: 1\n") == ["37:3: error: a key in the scenario must be plain text, not a list [SO010]"])
    }

    @Test("sha256 matches the reference digest")
    func digest() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 1000).utf8)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

@Suite("BadInputLimits")
struct BadInputLimitsTests {
    @Test("SO007: past 1,000 problems the rest are counted, not listed")
    func tooManyProblems() {
        let yaml = Fixture.valid + (0..<1_500).map { "k\($0): v\n" }.joined()
        let result = Fixture.load(yaml)
        #expect(result.diagnostics.count == 1_001)
        #expect(Fixture.lines(result).last == "-: error: 500 more problems are not shown [SO007]")
        #expect(Fixture.lines(result).first == "37:1: error: unknown key 'k0' in the scenario [SO008]")
    }
}
