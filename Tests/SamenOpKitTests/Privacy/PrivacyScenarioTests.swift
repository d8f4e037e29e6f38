import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("Privacy: loaded scenarios")
struct PrivacyScenarioTests {
    /// A past case with one identifier in every kind of text a scenario has.
    static let yaml = """
        format: samenop/1
        id: casus-oost
        title: Casus mevrouw Jansen
        language: nl
        summary: >
          Moeder belt vanaf 06-12345678
          over haar zoon.
        kind: past-case
        anonymised: true
        roles:
          politie:
            name: Wijkagent Peeters
            description: Kent het gezin van de Dorpsstraat 12.
        variables:
          veiligheid: 2
        cards:
          dossier:
            title: "BSN 123456782"
            text: |
              Vader rijdt in een auto
              met kenteken 12-ABC-3.
            source: "j.jansen@example.nl"
        start: melding
        reflection:
          - Wat wist de wijkagent over 3011 AB?
        scenes:
          melding:
            stage: melding
            time: 12-03-2015
            text: Moeder belt 112. Veilig Thuis belt terug via 0800-2000.
            prompt: Wat doe je met de melding van Sanne?
            choices:
              - text: Bel NL91ABNA0417164300 niet.
                goto: einde
                actual: true
                expert: true
                feedback: >-
                  Goed; de zoon
                  Mohammed (8 jaar) is in beeld.
              - text: Wacht af tot 23:40.
                goto: einde
          einde:
            stage: veiligheidsplan
            end: true
            text: Het plan ligt er.
            outcome: "Rustig sinds week 3; dhr. de Vries woont elders."
        """

    @Test("every text of a loaded scenario is scanned, each finding at its exact position")
    func everyText() throws {
        let loaded = ScenarioLoader.load(yaml: Self.yaml, file: "casus-oost.yaml")
        #expect(!loaded.hasErrors)
        let scenario = try #require(loaded.scenario)
        let found = PrivacyScanner.scan(scenario, source: Self.yaml)
        #expect(found.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.code)" } == [
            "3:22 SO107",  // title
            "6:21 SO101",  // summary (folded)
            "12:21 SO109",  // role name
            "13:40 SO110",  // role description
            "18:17 SO100",  // card title (quoted)
            "21:20 SO105",  // card text (literal)
            "22:14 SO103",  // card source (quoted)
            "25:32 SO102",  // reflection
            "29:11 SO106",  // scene time
            "31:43 SO108",  // prompt
            "33:19 SO104",  // choice text
            "39:11 SO108",  // feedback (folded, second line)
            "46:41 SO107",  // outcome
        ])
        #expect(found.allSatisfy { $0.location?.file == "casus-oost.yaml" && $0.severity == .error })
    }

    @Test("a bundled-style training scenario without identifiers passes")
    func cleanExample() throws {
        let clean = Self.yaml
            .replacingOccurrences(of: "mevrouw Jansen", with: "mevrouw X")
            .replacingOccurrences(of: "06-12345678", with: "[telefoon]")
            .replacingOccurrences(of: "Wijkagent Peeters", with: "Wijkagent")
            .replacingOccurrences(of: "Dorpsstraat 12", with: "[adres]")
            .replacingOccurrences(of: "BSN 123456782", with: "Gegevens")
            .replacingOccurrences(of: "12-ABC-3", with: "[kenteken]")
            .replacingOccurrences(of: "j.jansen@example.nl", with: "politiesystemen")
            .replacingOccurrences(of: "3011 AB", with: "[postcode]")
            .replacingOccurrences(of: "12-03-2015", with: "vr 23:40")
            .replacingOccurrences(of: "Sanne", with: "de buurvrouw")
            .replacingOccurrences(of: "NL91ABNA0417164300", with: "de huisarts")
            .replacingOccurrences(of: "Mohammed", with: "[naam]")
            .replacingOccurrences(of: "dhr. de Vries", with: "vader")
        let loaded = ScenarioLoader.load(yaml: clean, file: "casus-oost.yaml")
        let scenario = try #require(loaded.scenario)
        #expect(PrivacyScanner.scan(scenario, source: clean) == [])
    }

    @Test("the redacted file masks every identifier of a loaded scenario")
    func redacted() throws {
        let loaded = ScenarioLoader.load(yaml: Self.yaml, file: "casus-oost.yaml")
        let check = PrivacyScanner.check(loaded, source: Self.yaml)
        #expect(check.diagnostics.count == 13)
        for identifier in [
            "Jansen", "12345678", "Peeters", "Dorpsstraat", "123456782", "ABC", "jansen@", "3011 AB", "12-03-2015",
            "Sanne", "ABNA0417164300", "Mohammed", "Vries",
        ] {
            #expect(!check.redactedSource.contains(identifier))
        }
        #expect(check.redactedSource.contains("Veilig Thuis belt terug via 0800-2000."))
    }

    @Test("a file that does not load is still scanned, line by line")
    func broken() {
        let yaml = "format: samenop/1\ntitle: [mevrouw Jansen\n"
        let loaded = ScenarioLoader.load(yaml: yaml, file: "kapot.yaml")
        let check = PrivacyScanner.check(loaded, source: yaml)
        #expect(check.diagnostics.map(\.code) == ["SO107"])
        #expect(check.diagnostics.first?.location == SourceLocation(file: "kapot.yaml", line: 2, column: 17))
        #expect(check.diagnostics.first?.message == "name after a form of address in the text: J••••• (this could identify a family)")
    }
}

@Suite("Privacy: files")
struct PrivacyFileTests {
    @Test("scan(path:) loads a file and returns only its privacy findings")
    func path() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("privacy-\(UUID().uuidString).yaml")
        try PrivacyScenarioTests.yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let found = PrivacyScanner.scan(path: url.path)
        #expect(found.count == 13)
        #expect(found.allSatisfy { $0.code.hasPrefix("SO1") && $0.location?.file == url.path })
        #expect(PrivacyScanner.scan(path: "/no/such/file.yaml") == [])
    }

    @Test("scan(scenario) reads the scenario's file; without it, findings sit at their text's start")
    func scenarioFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("privacy-\(UUID().uuidString).yaml")
        try PrivacyScenarioTests.yaml.write(to: url, atomically: true, encoding: .utf8)
        let scenario = try #require(ScenarioLoader.load(path: url.path).scenario)
        #expect(PrivacyScanner.scan(scenario).first?.location == SourceLocation(file: url.path, line: 3, column: 22))
        try FileManager.default.removeItem(at: url)
        let found = PrivacyScanner.scan(scenario)
        #expect(found.count == 13)
        #expect(found.first?.location == SourceLocation(file: url.path, line: 3, column: 8))
    }

    @Test("comments and x- keys are scanned too")
    func commentsAndExtensions() throws {
        let yaml = PrivacyScenarioTests.yaml + "\n# bron: dossier van mw. Bakker\nx-notitie: bel 0612345678\n"
        let loaded = ScenarioLoader.load(yaml: yaml, file: "c.yaml")
        let check = PrivacyScanner.check(loaded, source: yaml)
        #expect(check.diagnostics.suffix(2).map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)" } == [
            "47:25 SO107", "48:16 SO101",
        ])
    }
}

@Suite("Privacy: line breaks")
struct PrivacyLineBreakTests {
    @Test("an organisation name broken over two lines of a folded text is no finding")
    func organisationAcrossLines() throws {
        let yaml = PrivacyScenarioTests.yaml.replacingOccurrences(
            of: "text: Het plan ligt er.", with: "text: >\n      Opgenomen in Wilhelmina\n      Kinderziekenhuis in Den Bosch.")
        let loaded = ScenarioLoader.load(yaml: yaml, file: "c.yaml")
        #expect(!loaded.hasErrors)
        let check = PrivacyScanner.check(loaded, source: yaml)
        #expect(check.diagnostics.count == 13)
        #expect(!check.diagnostics.contains { $0.location?.line == 46 })
    }
}

extension PrivacyLineBreakTests {
    @Test("the same line on its own would be a finding (so the test above can fail)")
    func lineAlone() {
        #expect(findings("      Opgenomen in Wilhelmina") == ["first-name Wilhelmina"])
        #expect(findings("Opgenomen in Wilhelmina Kinderziekenhuis in Den Bosch.") == [])
    }
}

@Suite("Privacy: ids")
struct PrivacyIDTests {
    @Test("names in slugs: surnames with particles and first names, not ordinary words", arguments: [
        ("familie-jansen", ["surname 8..<14"]), ("gesprek-sanne", ["first-name 8..<13"]),
        ("casus-de-vries", ["surname 6..<14"]), ("bij-de-bakker", []), ("melding", []), ("roos-in-de-tuin", []),
        ("vt_mohammed", ["first-name 3..<11"]),
    ])
    func slugs(id: String, expected: [String]) {
        #expect(PrivacyScanner.names(inID: id).map { "\($0.0.rawValue) \($0.1)" } == expected)
    }

    @Test("a name in the scenario id or a scene id is an error at the name")
    func inFile() throws {
        let yaml = PrivacyScenarioTests.yaml
            .replacingOccurrences(of: "id: casus-oost", with: "id: casus-jansen")
            .replacingOccurrences(of: "  einde:", with: "  einde-sanne:")
            .replacingOccurrences(of: "goto: einde", with: "goto: einde-sanne")
        let loaded = ScenarioLoader.load(yaml: yaml, file: "casus-jansen.yaml")
        #expect(!loaded.hasErrors)
        let check = PrivacyScanner.check(loaded, source: yaml)
        let places = check.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)" }
        #expect(places.contains("2:11 SO109"))
        #expect(places.contains("42:9 SO108"))
        #expect(check.redactedSource.contains("id: casus-j•••••\n"))
    }
}
