import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("ScenarioLoader")
struct ScenarioLoaderTests {
    @Test("a valid scenario loads without diagnostics into the model")
    func valid() throws {
        let result = Fixture.load(Fixture.valid)
        #expect(Fixture.lines(result) == [])
        let scenario = try #require(result.scenario)
        #expect(scenario.id.value == "test")
        #expect(scenario.scenes.map(\.id) == ["begin", "plan"])
        #expect(scenario.scenes[0].choices[0].add == [Assignment(variable: "veiligheid", value: .int(3), location: SourceLocation(file: "test.yaml", line: 27, column: 15))])
        #expect(scenario.scenes[0].choices[1].condition?.expression
            == .binary(.and, .binary(.greaterOrEqual, .variable("veiligheid"), .literal(.int(3))), .not(.variable("gesproken"))))
        #expect(scenario.variables.map(\.initial) == [.int(2), .bool(false), .string("open")])
        #expect(scenario.cards.first?.role?.value == "politie")
        #expect(scenario.sha256 == SHA256.hex(Array(Fixture.valid.utf8)))
    }
}
