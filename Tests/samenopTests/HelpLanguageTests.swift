import Foundation
import Testing

/// The binary's help in Dutch for the commands added after the first translation (issue 17):
/// `samenop help stats` in a Dutch session and `samenop stats --help --lang nl` read the same.
@Suite("Help in Dutch: binary")
struct HelpLanguageTests {
    @Test("`help stats` with LANG=nl and `stats --help --lang nl` give the same Dutch help, within 80 columns")
    func statsHelp() throws {
        let byLang = try Binary.run(["help", "stats"], environment: ["LANG": "nl_NL.UTF-8"])
        let byOption = try Binary.run(["stats", "--help", "--lang", "nl"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(byLang.status == 0 && byOption.status == 0)
        #expect(byLang.stdout == byOption.stdout)
        let help = byLang.stdout
        #expect(help.hasPrefix("OVERZICHT: Het groepsverslag over afgeronde sessies: wat een groep steeds weer\ndoet, zonder namen of rangorde.\n"))
        #expect(help.contains("\n  --scenario <scenario>   Alleen dit scenario-id.\n"))
        #expect(help.contains("\n  --format <format>       md (standaard), html of json (samenop-cohort/1).\n                          (waarden: md, html, json; standaard: md)\n"))
        #expect(help.contains("\n  --version               Toon de versie.\n  -h, --help              Toon deze hulp.\n"))
        #expect(help.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let english = try Binary.run(["stats", "--help"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.stdout.contains("  --scenario <scenario>   Only this scenario id.\n"))
    }

    @Test("`help delete` in Dutch names the exit statuses and --yes")
    func deleteHelp() throws {
        let help = try Binary.run(["help", "delete"]).stdout
        #expect(help.contains("\nAfsluitstatus: 0 verwijderd of afgezien, 1 een onbekende sessie of een die in\neen REPL open is (er wordt niets verwijderd), 2 verkeerd gebruik (geen terminal\nom te vragen en geen --yes).\n"))
        #expect(help.contains("\n  -y, --yes, --ja         Verwijder zonder te vragen (nodig als de invoer geen\n                          terminal is).\n"))
    }
}
