import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

@Suite("check --privacy", .serialized)
struct PrivacyCommandTests {
    static let pastCase = """
        format: samenop/1
        id: casus
        title: Casus mevrouw Jansen
        language: nl
        summary: >
          Moeder belt vanaf 06-12345678
          over haar zoon.
        kind: past-case
        anonymised: true
        variables:
          veiligheid: 2
        start: melding
        scenes:
          melding:
            stage: melding
            time: vr 23:40
            text: |
              De buurvrouw belt 112; Veilig Thuis is bereikbaar op 0800-2000.
                BSN moeder: 123 456 782
            choices:
              - text: Ga erop af.
                goto: einde
                actual: true
                expert: true
          einde:
            stage: veiligheidsplan
            end: true
            text: Het plan ligt er.
            outcome: Rustig sinds week 3.
        """

    func write(_ text: String, name: String = "casus.yaml") throws -> (folder: URL, file: URL) {
        let folder = Binary.temporaryFolder()
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    @Test("each finding is an error at its line and column, with the identifier masked, and exit status 1")
    func findings() throws {
        let (folder, _) = try write(Self.pastCase)
        let result = try Binary.run(["check", "--privacy", "casus.yaml"], currentDirectory: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            casus.yaml:3:22: error: naam na een aanspreekvorm in de tekst: J••••• (dit kan een gezin herkenbaar maken) [SO107]
            title: Casus mevrouw J•••••
                                 ^
              hint: vervang de naam door [naam], een initiaal (mevrouw X) of een rol (de moeder, de buurman)
            casus.yaml:6:21: error: telefoonnummer in de tekst: 06-••••••78 (dit kan een gezin herkenbaar maken) [SO101]
              Moeder belt vanaf 06-••••••78
                                ^
              hint: vervang het nummer door [telefoon]; 112 en 0800-nummers van organisaties mogen blijven
            casus.yaml:19:21: error: burgerservicenummer (BSN) in de tekst: 12• ••• •82 (dit kan een gezin herkenbaar maken) [SO100]
                    BSN moeder: 12• ••• •82
                                ^
              hint: vervang het nummer door [BSN]
            3 fouten, 0 waarschuwingen in 1 bestand

            """)
        for identifier in ["Jansen", "12345678", "123 456 782"] {
            #expect(!result.stderr.contains(identifier))
        }
    }

    @Test("without --privacy the same file is clean")
    func withoutFlag() throws {
        let (folder, _) = try write(Self.pastCase)
        let result = try Binary.run(["check", "casus.yaml"], currentDirectory: folder)
        #expect(result.status == 0)
    }

    @Test("--json lists the findings with masked messages, in English and in the program's language")
    func json() throws {
        let (folder, _) = try write(Self.pastCase)
        let result = try Binary.run(["check", "--privacy", "--json", "casus.yaml"], currentDirectory: folder)
        #expect(result.status == 1)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(records.compactMap { $0["code"] as? String } == ["SO107", "SO101", "SO100"])
        #expect(records.first?["message"] as? String == "name after a form of address in the text: J••••• (this could identify a family)")
        #expect(records.first?["messageLocalized"] as? String == "naam na een aanspreekvorm in de tekst: J••••• (dit kan een gezin herkenbaar maken)")
        #expect(records.first?["line"] as? Int == 3)
        #expect(records.first?["column"] as? Int == 22)
        #expect(!result.stdout.contains("Jansen"))
    }

    @Test("other diagnostics echo the masked line too")
    func otherDiagnosticsMasked() throws {
        let broken = Self.pastCase.replacingOccurrences(of: "title: Casus mevrouw Jansen", with: "titel: Casus mevrouw Jansen")
        let (folder, _) = try write(broken)
        let result = try Binary.run(["check", "--privacy", "casus.yaml"], currentDirectory: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("titel: Casus mevrouw J•••••"))
        #expect(!result.stderr.contains("Jansen"))
    }

    @Test("a folder is checked file by file")
    func folder() throws {
        let (folder, _) = try write(Self.pastCase)
        let clean = Self.pastCase
            .replacingOccurrences(of: "id: casus", with: "id: schoon")
            .replacingOccurrences(of: "mevrouw Jansen", with: "mevrouw X")
            .replacingOccurrences(of: "06-12345678", with: "[telefoon]")
            .replacingOccurrences(of: "123 456 782", with: "[BSN]")
        try clean.write(to: folder.appendingPathComponent("schoon.yaml"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["check", "--privacy", "--lang", "en", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "[SO1").count - 1 == 3)
        #expect(!result.stderr.contains("schoon.yaml:"))
        #expect(result.stderr.hasSuffix("3 errors, 0 warnings in 2 files\n"))
    }

    @Test("the authoring guide's example scenario has no findings")
    func cleanExample() throws {
        let result = try Binary.run(["check", "--privacy", "Docs/examples/kennismaking.yaml"])
        #expect(result.status == 0)
        #expect(result.stderr == "0 fouten, 0 waarschuwingen in 1 bestand\n")
    }
}
