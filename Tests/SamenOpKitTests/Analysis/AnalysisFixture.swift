import Foundation
import Testing
import SamenOpModel
import SamenOpScript

/// Scenarios for the path analysis tests: the fixture with one of each finding, and generated
/// chains of two-way branches that rejoin (2^n paths).
enum AnalysisFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// `Fixtures/paden.yaml`: an all-hidden scene (line 23), a never-shown option (31), an
    /// unreachable scene (53) and ending (64), and an option into a dead state (21).
    static func paden() throws -> Scenario {
        let result = ScenarioLoader.load(path: folder.appendingPathComponent("paden.yaml").path)
        return try #require(result.scenario)
    }

    /// `branches` scenes of two options that both lead to the next scene, then an ending.
    static func branching(_ branches: Int) -> String {
        var yaml = """
        format: samenop/1
        id: takken
        title: Takken
        language: nl
        summary: Tweewegskeuzes die weer samenkomen.
        variables:
          veiligheid: 5
        start: tak-1
        scenes:

        """
        for i in 1...branches {
            let next = i == branches ? "einde" : "tak-\(i + 1)"
            yaml += """
              tak-\(i):
                stage: melding
                text: Keuze \(i).
                choices:
                  - text: Links.
                    goto: \(next)
                    expert: true
                  - text: Rechts.
                    goto: \(next)

            """
        }
        yaml += """
          einde:
            stage: veiligheidsplan
            text: Klaar.
            end: true
            outcome: Klaar.

        """
        return yaml
    }

    static func load(_ yaml: String) throws -> Scenario {
        let result = ScenarioLoader.load(yaml: yaml, file: "takken.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.scenario)
    }
}
