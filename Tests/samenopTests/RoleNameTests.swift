import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// A role's name may hold brackets ("Politie (noodhulp)"): a person and their role are shown
/// as "Anna · Politie (noodhulp)", never as "Anna (Politie (noodhulp))".
@Suite("Role names with brackets")
struct RoleNameTests {
    @Test("participants, the tally and the report show name · role, without nested brackets")
    func bracketedRole() throws {
        let folder = Binary.temporaryFolder()
        let store = folder.appendingPathComponent("store").path
        let scenario = Binary.scenarios.appendingPathComponent("het-plan-ligt-klaar.yaml").path
        let report = folder.appendingPathComponent("verslag.md").path
        let result = try Binary.run([], input: """
            start \(scenario) team
            deelnemer Anna politie
            deelnemer Bram veilig-thuis
            deelnemer Cas wijkteam
            stem Anna 1 direct erheen
            stem Bram 2
            stem Bram 1
            stand namen
            1
            verslag alles md \(report)
            stop

            """, environment: ["SAMENOP_STORE": store])
        #expect(result.stderr == "")
        #expect(result.stdout.contains("""
            Deelnemers:  Anna · Politie (noodhulp), Bram · Veilig Thuis (crisisdienst),
                         Cas · Wijkteam
            """))
        #expect(result.stdout.contains("       Anna · Politie (noodhulp): direct erheen\n       Bram · Veilig Thuis (crisisdienst)\n"))
        let md = try String(contentsOfFile: report, encoding: .utf8)
        #expect(md.contains("Anna · Politie (noodhulp), Bram · Veilig Thuis (crisisdienst), Cas · Wijkteam"))
        #expect(md.contains("  - Anna · Politie (noodhulp): optie 1 ("))
        #expect(md.contains("Van stem veranderd: Bram · Veilig Thuis (crisisdienst) van optie 2 naar 1."))
        #expect(!result.stdout.contains("(noodhulp))") && !md.contains("(noodhulp))"))
    }

    @Test("a role's card names its holder without brackets around a bracketed role name")
    func bracketedCardHolder() throws {
        let folder = Binary.temporaryFolder()
        let scenario = Binary.scenarios.appendingPathComponent("het-plan-ligt-klaar.yaml").path
        let result = try Binary.run([], input: """
            start \(scenario) team
            deelnemer Anna politie
            deelnemer Bram veilig-thuis
            1
            deel politie-registratie
            1
            dossier
            stop

            """, environment: ["SAMENOP_STORE": folder.appendingPathComponent("store").path])
        #expect(result.stderr == "")
        #expect(result.stdout.contains("""
              • Registratie in de politiesystemen · alleen voor Politie (noodhulp); deel met
                de groep: `deel politie-registratie`
            """))
        #expect(result.stdout.contains("Voor iedereen:\n  • Registratie in de politiesystemen · van Politie (noodhulp), gedeeld\n"))
        #expect(result.stdout.contains("""
            Alleen Veilig Thuis (crisisdienst):
              • Veiligheidsplan van het gezin (vorig jaar opgesteld) · alleen voor Veilig
                Thuis (crisisdienst); deel met de groep: `deel vt-veiligheidsplan`
            """))
    }
}
