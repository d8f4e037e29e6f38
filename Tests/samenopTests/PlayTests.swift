import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

@Suite("Play")
struct PlayTests {
    @Test("play stores the session and prints its report")
    func play() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run(["play", f.scenario, "--choices", "2,1,1", "--note", "1:samen is sterker", "--note", "3:plan", "--report", "json"],
                                    environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 0)
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        #expect(result.stderr == "Sessie \(id) bewaard.\n")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["format"] as? String == "samenop-report/1")
        let steps = report?["steps"] as? [[String: Any]]
        #expect(steps?.map { $0["scene"] as? String } == ["melding", "thuis", "opvolgen"])
        #expect(steps?.map { $0["shown"] as? Int } == [2, 1, 1])
        #expect(steps?[0]["notes"] as? [String] == ["samen is sterker"])
        #expect(steps?[2]["notes"] as? [String] == ["plan"])
        #expect((steps?[0]["veiligheid"] as? [String: Int]) == ["before": 2, "after": 4])
        let summary = try #require(SessionStore(path: f.store).sessions().first)
        #expect(summary.steps == 3)
        #expect(summary.finishedAt != nil)
    }

    @Test("a number that was not shown names the step and how many choices were shown there")
    func wrongNumber() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run(["play", f.scenario, "--choices", "2,3"], environment: ["SAMENOP_STORE": f.store])
        #expect(result.status == 1)
        let id = try #require(REPLFixture.sessionIDs(f.store).first)
        #expect(result.stderr == """
            Stap 2 (scène 'thuis'): keuze 3 bestaat niet; daar werden 2 keuzes getoond.
            Sessie \(id) is bewaard. Verder gaan: samenop resume \(id)

            """)
        #expect(result.stdout == "")
        #expect(try #require(SessionStore(path: f.store).sessions().first).steps == 1)
        let english = try Binary.run(["play", f.scenario, "--choices", "3", "--lang", "en"])
        #expect(english.stderr.hasPrefix("Step 1 (scene 'melding'): there is no choice 3; 2 choices were shown there.\n"))
    }

    @Test("choices left over after the ending are an error")
    func afterEnd() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run(["play", f.scenario, "--choices", "1,2,1"])
        #expect(result.status == 1)
        #expect(result.stderr == "Het scenario was al afgelopen vóór stap 3: --choices heeft er 1 te veel.\n")
    }

    @Test("bad --choices and --note are usage errors")
    func usage() throws {
        let f = try REPLFixture.folder()
        let choices = try Binary.run(["play", f.scenario, "--choices", "2,x"])
        #expect(choices.status == 2)
        #expect(choices.stderr.contains("--choices '2,x' moet een rij nummers zijn, zoals 2,1,3."))
        let note = try Binary.run(["play", f.scenario, "--choices", "2", "--note", "4:te laat"])
        #expect(note.status == 2)
        #expect(note.stderr.contains("--note '4:te laat' moet STAP:TEKST zijn, met een stap van 1 t/m 1."))
    }

    @Test("--output writes the report atomically with mode 0600")
    func output() throws {
        let f = try REPLFixture.folder()
        let file = f.folder.appendingPathComponent("verslag.json").path
        let result = try Binary.run(["play", f.scenario, "--choices", "2", "--report", "json", "--output", file])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let mode = (try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any]
        #expect(report?["format"] as? String == "samenop-report/1")
    }

    @Test("an unknown scenario or one with errors exits 1 with a message")
    func badScenario() throws {
        let missing = try Binary.run(["play", "nergens", "--choices", "1"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "Geen scenario 'nergens': geen bestand en geen id in de bibliotheek (zie `lijst`).\n")
        let f = try REPLFixture.folder(yaml: "format: samenop/1\n")
        let broken = try Binary.run(["play", f.scenario, "--choices", "1"])
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("\(f.scenario) bevat fouten; er is geen sessie gestart:\n\(f.scenario):"))
    }

    @Test("review mode refuses a training scenario")
    func reviewNeedsPastCase() throws {
        let f = try REPLFixture.folder()
        let result = try Binary.run(["play", f.scenario, "--choices", "1", "--mode", "review"])
        #expect(result.status == 1)
        #expect(result.stderr == "Review kan alleen op een casus uit het verleden (kind: past-case); 'proef' is een trainingsscenario.\n")
    }

    @Test("sessions --json lists newest first with exactly the contract's fields")
    func sessionsJSON() throws {
        let f = try REPLFixture.folder()
        let env = ["SAMENOP_STORE": f.store]
        try Binary.run(["play", f.scenario, "--choices", "2,1,1"], environment: env)
        try Binary.run(["play", f.scenario, "--choices", "1"], environment: env)
        let result = try Binary.run(["sessions", "--json"], environment: env)
        #expect(result.status == 0)
        let list = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(list?.count == 2)
        #expect(list?.allSatisfy { Set($0.keys) == ["id", "scenario", "mode", "startedAt", "finishedAt", "steps"] } == true)
        #expect(list?.map { $0["steps"] as? Int } == [1, 3])
        #expect(list?[0]["finishedAt"] is NSNull)
        #expect((list?[1]["finishedAt"] as? String)?.hasSuffix("Z") == true)
        #expect(list?[0]["mode"] as? String == "self-study")
        #expect(list?[0]["scenario"] as? String == "proef")
        let fresh = f.folder.appendingPathComponent("nieuw/samenop.sqlite").path
        let empty = try Binary.run(["sessions", "--json"], environment: ["SAMENOP_STORE": fresh])
        #expect(empty.stdout == "[]\n")
        #expect(!FileManager.default.fileExists(atPath: fresh))
        let text = try Binary.run(["sessions"], environment: env)
        #expect(text.stdout.contains("  proef  zelfstudie  afgerond, 3 stappen"))
    }
}
