import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// Review of a past case end to end: the REPL through piped input, `play --mode review`, the
/// refusals (no past case, a malformed past case, privacy findings) and `--accept-privacy-risk`.
@Suite("Review")
struct ReviewTests {
    /// The refusal for ``ReviewFixture/identifying``, up to the line with the override.
    static func refusal(_ file: String) -> String {
        """
        Review geweigerd: de privacycontrole vond in 'casus-oost' 2 gegevens waarmee een gezin herkenbaar kan worden:
          regel 17, kolom 39: naam na een aanspreekvorm (J•••••)
          regel 17, kolom 63: telefoonnummer (06-••••••78)
        Bekijk en verbeter het bestand met `samenop check --privacy \(file)`.

        """
    }

    @Test("the REPL shows the feedback and what was done then after each choice, and the report sets then beside now")
    func replEndToEnd() throws {
        let f = try ReviewFixture.folder()
        let result = try Binary.run(
            [], input: "start \(f.scenario) review\n2\n1\n2\nverslag\n", environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let out = result.stdout
        #expect(out.contains("Casus oost  [sessie ") && out.contains(", casusbespreking]"))
        // Step 1: differs; the feedback comes first, then what was done then.
        #expect(out.contains("» Samen optrekken vanaf het begin.\n  Fase van de situatie: Acuut · deze keuze heeft geen fase.\n  Expertoptie gekozen.\n  ≠ Anders dan toen. Toen gedaan: Alleen de politie gaat erheen.\n"))
        // Step 2: the same as then.
        #expect(out.contains("» De afspraken geven houvast.\n  Fase van de situatie: Directe veiligheid · deze keuze heeft geen fase.\n  Expertoptie gekozen.\n  = Hetzelfde als toen in de echte casus.\n"))
        // Step 3: a choice without feedback still shows what was done then.
        #expect(out.contains("  ≠ Anders dan toen. Toen gedaan: Een lijst met risicofactoren.\n"))
        // The report: then beside now at every step (what was done then only where it differs),
        // the counts, and the differences first among the questions.
        #expect(out.contains("- **Gekozen** (optie 2): Politie en Veilig Thuis gaan samen op.\n- **Feedback**: Samen optrekken vanaf het begin.\n- _≠ anders dan toen_ · **Toen gedaan** (optie 1): Alleen de politie gaat erheen.\n"))
        #expect(out.contains("- **Gekozen** (optie 1): Afspraken maken en opvolgen.\n- **Feedback**: De afspraken geven houvast.\n- _= hetzelfde als toen_\n"))
        #expect(out.contains("### Toen en nu\n\nBij 1 van de 3 beslissingen werd nu hetzelfde gekozen als toen in de echte casus.\nBeslissingen: stappen 1, 2, 3. Hetzelfde als toen bij: 2.\n"))
        #expect(out.contains("""
            ## 4. Reflectievragen

            ### Toen en nu: de verschillen

            Bij 2 van de 3 beslissingen is nu anders gekozen dan toen. Begin daar.
            """))
        #expect(out.contains("""
            1. Stap 1 · Melding: nu "Politie en Veilig Thuis gaan samen op", toen "Alleen de politie gaat erheen".
            2. Stap 3 · Opvolgen: nu "Concrete afspraken voor vrijdagavond", toen "Een lijst met risicofactoren".

            ### Bij dit scenario
            """))
        #expect(!out.contains("Let op: deze casusbespreking is gestart terwijl de privacycontrole"))
        let header = try #require(try ReviewFixture.header(f.store))
        #expect(header.mode == .review)
        #expect(header.acceptedPrivacyRisk == false)
    }

    @Test("play --mode review: actual counts and then/now in the JSON and the Markdown")
    func play() throws {
        let f = try ReviewFixture.folder()
        let json = try Binary.run(["play", f.scenario, "--mode", "review", "--choices", "2,1,2", "--report", "json"])
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let actual = try #require(report["actual"] as? [String: Any])
        #expect(actual["matched"] as? Int == 1)
        #expect(actual["decisions"] as? Int == 3)
        let steps = try #require(report["steps"] as? [[String: Any]])
        #expect(steps.map { $0["actual"] as? Bool } == [false, true, false])
        #expect(steps.map { $0["text"] as? String } == [
            "Politie en Veilig Thuis gaan samen op.", "Afspraken maken en opvolgen.", "Concrete afspraken voor vrijdagavond."])
        let then = steps.map { $0["then"] as? [String: Any] }
        #expect(then.map { $0?["text"] as? String } == [
            "Alleen de politie gaat erheen.", "Afspraken maken en opvolgen.", "Een lijst met risicofactoren."])
        #expect(then.map { $0?["choice"] as? Int } == [1, 1, 1])
        #expect(((report["session"] as? [String: Any])?["acceptedPrivacyRisk"] as? Bool) == false)

        let md = try Binary.run(["play", f.scenario, "--mode", "review", "--choices", "2,1,2"])
        #expect(md.status == 0)
        #expect(md.stdout.contains("- _≠ anders dan toen_ · **Toen gedaan** (optie 1): Een lijst met risicofactoren.\n"))
        #expect(md.stdout.contains("Bij 1 van de 3 beslissingen werd nu hetzelfde gekozen als toen in de echte casus."))
        #expect(md.stdout.contains("### Toen en nu: de verschillen\n\nBij 2 van de 3 beslissingen is nu anders gekozen dan toen."))

        let same = try Binary.run(["play", f.scenario, "--mode", "review", "--choices", "1,1,1", "--lang", "en"])
        #expect(same.stdout.contains("### Then and now: the differences\n\nAt all 3 decisions the choice now is what was done then."))
    }

    @Test("review is refused for a training scenario and for a past case without actual choices")
    func notAPastCase() throws {
        let training = try REPLFixture.folder()
        let repl = try Binary.run([], input: "start \(training.scenario) review\n")
        #expect(repl.stderr == "Review kan alleen op een casus uit het verleden (kind: past-case); 'proef' is een trainingsscenario.\n")
        #expect(!repl.stdout.contains("[sessie "))

        // The loader refuses a past case whose scene has no `actual` choice; its message must reach the user.
        let malformed = ReviewFixture.clean.replacingOccurrences(
            of: "        goto: plan\n        expert: true\n        actual: true\n", with: "        goto: plan\n        expert: true\n")
        let f = try ReviewFixture.folder(malformed)
        let expected = "scène 'thuis' van een casus heeft 0 keuzes met 'actual: true'; dat moet er precies één zijn"
        let play = try Binary.run(["play", f.scenario, "--mode", "review", "--choices", "1,1,1"], environment: ["SAMENOP_STORE": f.store])
        #expect(play.status == 1)
        #expect(play.stdout == "")
        #expect(play.stderr.contains(expected))
        #expect(play.stderr.contains("markeer de keuze die op dit punt werkelijk is gemaakt"))
        let started = try Binary.run([], input: "start \(f.scenario) review\n", environment: ["SAMENOP_STORE": f.store])
        #expect(started.stderr.contains(expected))
        #expect(!started.stdout.contains("[sessie "))
        #expect(!FileManager.default.fileExists(atPath: f.store))
    }

    @Test("play refuses a past case with privacy findings, naming kinds and positions but never the identifier")
    func playRefused() throws {
        let f = try ReviewFixture.folder(ReviewFixture.identifying)
        let result = try Binary.run(["play", f.scenario, "--mode", "review", "--choices", "1,1,1"], environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == Self.refusal(f.scenario)
            + "Is het toch veilig (bijvoorbeeld verzonnen namen), start dan met `--accept-privacy-risk`; het verslag vermeldt dat.\n")
        #expect(!result.stderr.contains("Jansen") && !result.stderr.contains("12345678"))
        #expect(!FileManager.default.fileExists(atPath: f.store))

        let english = try Binary.run(["play", f.scenario, "--mode", "review", "--choices", "1", "--lang", "en"])
        #expect(english.stderr.hasPrefix("Review refused: the privacy check found 2 items in 'casus-oost' that could identify a family:\n  line 17, column 39: name after a form of address (J•••••)\n"))
    }

    @Test("play --accept-privacy-risk reviews the case anyway and the report says so")
    func playAccepted() throws {
        let f = try ReviewFixture.folder(ReviewFixture.identifying)
        let result = try Binary.run(
            ["play", f.scenario, "--mode", "review", "--choices", "1,1,1", "--accept-privacy-risk"], environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("""
            Let op: review gestart met --accept-privacy-risk terwijl de privacycontrole in 'casus-oost' 2 gegevens vond; het verslag vermeldt dat:
              regel 17, kolom 39: naam na een aanspreekvorm (J•••••)
              regel 17, kolom 63: telefoonnummer (06-••••••78)

            """))
        #expect(result.stdout.contains("> **Let op: deze casusbespreking is gestart terwijl de privacycontrole nog bevindingen had (het risico is bewust geaccepteerd)."))
        #expect(try ReviewFixture.header(f.store)?.acceptedPrivacyRisk == true)
        let json = try Binary.run(["play", f.scenario, "--mode", "review", "--choices", "1", "--accept-privacy-risk", "--report", "json"])
        #expect(json.stdout.contains("\"acceptedPrivacyRisk\": true"))
        // Without findings the flag changes nothing: there was no risk to accept.
        let clean = try ReviewFixture.folder()
        let none = try Binary.run(["play", clean.scenario, "--mode", "review", "--choices", "1", "--accept-privacy-risk", "--report", "json"])
        #expect(none.stderr.hasPrefix("Sessie "))
        #expect(none.stdout.contains("\"acceptedPrivacyRisk\": false"))
        // The flag belongs to review mode.
        let misplaced = try Binary.run(["play", clean.scenario, "--choices", "1", "--accept-privacy-risk"])
        #expect(misplaced.status == 2)
        #expect(misplaced.stderr.contains("--accept-privacy-risk hoort alleen bij --mode review."))
    }

    @Test("the REPL refuses a past case with findings, and accepts it on the start line or for the whole REPL")
    func replPrivacy() throws {
        let f = try ReviewFixture.folder(ReviewFixture.identifying)
        let refused = try Binary.run([], input: "start \(f.scenario) review\n", environment: ["SAMENOP_STORE": f.store])
        #expect(refused.stderr == Self.refusal(f.scenario)
            + "Is het toch veilig (bijvoorbeeld verzonnen namen), start dan met `start \(f.scenario) review --accept-privacy-risk`; het verslag vermeldt dat.\n")
        #expect(!refused.stdout.contains("[sessie "))
        #expect(!FileManager.default.fileExists(atPath: f.store))

        let misplaced = try Binary.run([], input: "start \(f.scenario) --accept-privacy-risk\n")
        #expect(misplaced.stderr == "--accept-privacy-risk hoort alleen bij review: `start ID review --accept-privacy-risk`.\n")

        let onLine = try Binary.run(
            [], input: "start \(f.scenario) review --accept-privacy-risk\n1\n1\n1\nverslag\n", environment: ["SAMENOP_STORE": f.store])
        #expect(onLine.stderr.hasPrefix("Let op: review gestart met --accept-privacy-risk"))
        #expect(onLine.stdout.contains("= Hetzelfde als toen in de echte casus."))
        #expect(onLine.stdout.contains("> **Let op: deze casusbespreking is gestart terwijl de privacycontrole nog bevindingen had"))
        #expect(try ReviewFixture.header(f.store)?.acceptedPrivacyRisk == true)

        let other = try ReviewFixture.folder(ReviewFixture.identifying)
        let forRun = try Binary.run(
            ["repl", "--accept-privacy-risk"], input: "start \(other.scenario) review\n", environment: ["SAMENOP_STORE": other.store])
        #expect(forRun.stderr.hasPrefix("Let op: review gestart met --accept-privacy-risk"))
        #expect(try ReviewFixture.header(other.store)?.acceptedPrivacyRisk == true)
        let plain = try Binary.run(["--accept-privacy-risk"], input: "start \(other.scenario) review\n")
        #expect(plain.stderr.hasPrefix("Let op: review gestart met --accept-privacy-risk"))
    }

    @Test("resume continues an accepted review without asking again, and the report still says so")
    func resume() throws {
        let f = try ReviewFixture.folder(ReviewFixture.identifying)
        let env = ["SAMENOP_STORE": f.store]
        try Binary.run([], input: "start \(f.scenario) review --accept-privacy-risk\n2\n", environment: env)
        let id = try #require(try SessionStore(path: f.store).sessions().first?.id)
        let resumed = try Binary.run(["resume", id], input: "1\n2\nverslag\n", environment: env)
        #expect(resumed.status == 0)
        #expect(!resumed.stderr.contains("Review geweigerd"))
        #expect(resumed.stdout.contains("= Hetzelfde als toen in de echte casus."))
        #expect(resumed.stdout.contains("> **Let op: deze casusbespreking is gestart terwijl de privacycontrole nog bevindingen had"))
        #expect(resumed.stdout.contains("Bij 2 van de 3 beslissingen is nu anders gekozen dan toen."))
        let inREPL = try Binary.run([], input: "hervat \(id)\nverslag json\n", environment: env)
        #expect(inREPL.stdout.contains("\"acceptedPrivacyRisk\": true"))
    }

    @Test("the bundled past case passes the strict privacy check and is reviewed without the flag")
    func bundled() throws {
        let check = try Binary.run(["check", "--strict", "--privacy", "Scenarios/casus-baby-met-blauwe-plek.yaml"])
        #expect(check.status == 0)
        let play = try Binary.run([
            "play", "casus-baby-met-blauwe-plek", "--mode", "review", "--choices", "2,2,2,2,3,3,1,1,1,3,2", "--report", "json",
        ])
        #expect(play.status == 0)
        #expect(play.stderr.hasPrefix("Sessie ") && !play.stderr.contains("privacy"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(play.stdout.utf8)) as? [String: Any])
        let steps = try #require(report["steps"] as? [[String: Any]])
        let actual = try #require(report["actual"] as? [String: Any])
        #expect(actual["decisions"] as? Int == steps.count)
        #expect(actual["matched"] as? Int == steps.filter { $0["actual"] as? Bool == true }.count)
        #expect(steps.allSatisfy { ($0["then"] as? [String: Any])?["text"] is String })
    }

    @Test("a review is called casusbespreking (en: case review) in the prompt, the session list, stand and the report")
    func modeLabel() throws {
        let f = try ReviewFixture.folder()
        let env = ["SAMENOP_STORE": f.store]
        let repl = try Binary.run([], input: "start \(f.scenario) casusbespreking\nstand\nsessies\n", environment: env)
        #expect(repl.stderr == "")
        #expect(repl.stdout.contains(", casusbespreking]"))
        #expect(repl.stdout.contains("· casusbespreking\n"))
        #expect(!repl.stdout.contains(", review]") && !repl.stdout.contains("· review\n"))
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        let sessions = try Binary.run(["sessions"], environment: env)
        #expect(sessions.stdout.contains("  casusbespreking  "))
        let report = try Binary.run(["report", id], environment: env)
        #expect(report.stdout.contains("Vorm: casusbespreking"))
        let en = env.merging(["LANG": "en_GB.UTF-8"]) { $1 }
        let sessionsEN = try Binary.run(["sessions"], environment: en)
        #expect(sessionsEN.stdout.contains("  case review  "))
        let replEN = try Binary.run([], input: "resume \(id)\nstatus\n", environment: en)
        #expect(replEN.stdout.contains("· case review\n"))
    }
}
