import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("ScenarioLibrary")
struct ScenarioLibraryTests {
    func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    @Test("files are loaded sorted by name; other files are ignored")
    func loadsSorted() throws {
        let other = Fixture.replacing("id: test", with: "id: b-case")
        let path = try folder(["test.yaml": Fixture.valid, "b-case.yml": other, "notes.txt": "x", ".hidden.yaml": "x"])
        let library = ScenarioLibrary(folder: path)
        #expect(library.entries.map { ($0.file as NSString).lastPathComponent } == ["b-case.yml", "test.yaml"])
        #expect(library.diagnostics == [])
        #expect(library.ids == ["b-case", "test"])
        #expect(library.find("test")?.scenario?.id.value == "test")
        #expect(library.find("nope") == nil)
        #expect(library.find(path + "/b-case.yml")?.scenario?.id.value == "b-case")
        #expect(library.find("/no/such/file.yaml").map(Fixture.lines) == ["-: error: no such file [SO001]"])
        #expect(library.find("nope.yaml") == nil)
    }

    @Test("SO090: an id used twice in a folder is an error at the second file's id")
    func duplicateIds() throws {
        let path = try folder(["a.yaml": Fixture.valid, "test.yaml": Fixture.valid])
        let library = ScenarioLibrary(folder: path)
        let second = library.entries[1]
        #expect(second.diagnostics.map(\.code).contains("SO090"))
        let duplicate = try #require(second.diagnostics.first { $0.code == "SO090" })
        #expect(duplicate.message == "scenario id 'test' is already used by \(path)/a.yaml")
        #expect(duplicate.location == SourceLocation(file: path + "/test.yaml", line: 2, column: 5))
        #expect(library.diagnostics.contains(duplicate))
    }

    @Test("folder resolution: option, then SAMENOP_SCENARIOS, then ./Scenarios, then next to the executable")
    func resolution() throws {
        let root = try folder([:])
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/work/Scenarios", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/repo/Scenarios", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/repo/.build/debug", withIntermediateDirectories: true)
        let executable = root + "/repo/.build/debug/samenop"
        #expect(ScenarioLibrary.folder(option: "/x", environment: ["SAMENOP_SCENARIOS": "/y"], currentDirectory: root, executablePath: executable) == "/x")
        #expect(ScenarioLibrary.folder(option: nil, environment: ["SAMENOP_SCENARIOS": "/y"], currentDirectory: root, executablePath: executable) == "/y")
        #expect(ScenarioLibrary.folder(option: nil, environment: [:], currentDirectory: root + "/work", executablePath: executable) == root + "/work/Scenarios")
        let bundled = ScenarioLibrary.folder(option: nil, environment: [:], currentDirectory: root, executablePath: executable)
        #expect(bundled.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
            == URL(fileURLWithPath: root + "/repo/Scenarios").resolvingSymlinksInPath().path)
    }
}
