import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("JSONReport")
struct JSONReportTests {

    func parse(_ session: Session) throws -> [String: Any] {
        let text = ReportRenderer.render(session: session, format: .json)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("the document has the contract's top-level fields and nesting")
    func fields() throws {
        let json = try parse(try ReportFixtures.selfStudy())
        #expect(json["format"] as? String == "samenop-report/1")
        for key in ["scenario", "session", "steps", "phase", "kernvragen", "elements", "pitfalls", "expert", "actual",
                    "veiligheid", "structural", "ending"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        let scenario = try #require(json["scenario"] as? [String: Any])
        #expect(scenario["id"] as? String == "vrijdagavond")
        #expect(scenario["title"] as? String == "Vrijdagavond <test> & \"ruzie\"")
        #expect(scenario["language"] as? String == "nl")
        let session = try #require(json["session"] as? [String: Any])
        #expect(session["mode"] as? String == "self-study")
        #expect(session["startedAt"] as? String == "2026-11-22T10:00:00Z")
        #expect(session["finishedAt"] as? String == "2026-11-22T10:00:41Z")
        #expect(json["actual"] is NSNull)
        let step = try #require((json["steps"] as? [[String: Any]])?.first)
        #expect(Set(step.keys) == ["index", "scene", "stage", "time", "choice", "shown", "text", "phase", "kernvragen",
                                   "elements", "pitfalls", "expert", "actual", "veiligheid", "decisionMs", "notes", "votes",
                                   "decision", "order"])
        #expect(step["decision"] as? Bool == true)
        #expect(step["order"] as? [Int] == [1, 2])
        #expect(session["shuffleSeed"] is NSNull)
        let link = try #require(json["structuralLink"] as? [String: Any])
        #expect(Set(link.keys) == ["visited", "connected", "steps"])
        #expect(step["time"] as? String == "vr 23:40")
        #expect(step["decisionMs"] as? Int == 5120)
        #expect(step["notes"] as? [String] == ["Ik wilde snel ter plaatse zijn."])
        let phase = try #require(step["phase"] as? [String: Any])
        #expect(phase["situation"] as? String == "acuut")
        #expect(phase["verdict"] as? String == "aligned")
        let kernvragen = try #require(json["kernvragen"] as? [String: Any])
        #expect(kernvragen["firstStep"] as? [String: Int] == ["1": 1, "2": 3, "3": 1, "4": 2])
        #expect(kernvragen["missing"] as? [Int] == [5])
        let veiligheid = try #require(json["veiligheid"] as? [String: Any])
        #expect(veiligheid["trajectory"] as? [Int] == [2, 3, 3, 6])
        #expect(veiligheid["start"] as? Int == 2)
        #expect(veiligheid["end"] as? Int == 6)
        let skips = try #require((json["phase"] as? [String: Any])?["skips"] as? [[String: Any]])
        #expect(skips.first?["step"] as? Int == 2)
        #expect(skips.first?["situation"] as? String == "directe-veiligheid")
        #expect(skips.first?["choice"] as? String == "herstel")
        let ending = try #require(json["ending"] as? [String: Any])
        #expect(ending["scene"] as? String == "einde")
    }

    @Test("'choice' is the authored number and 'shown' the number the trainee saw")
    func numbering() throws {
        let scenario = try Playthrough.scenario(Playthrough.head(start: "a") + """
          a:
            stage: melding
            text: Een melding.
            choices:
              - {text: verborgen, goto: z, if: gesprek}
              - {text: zichtbaar, goto: z}
          z:
            stage: opvolgen
            text: Later.
            end: true
            outcome: Klaar.

        """)
        let json = try parse(try Playthrough.play(scenario, [1]))
        let step = try #require((json["steps"] as? [[String: Any]])?.first)
        #expect(step["choice"] as? Int == 2)
        #expect(step["shown"] as? Int == 1)
        #expect(step["text"] as? String == "zichtbaar")
    }

    @Test("an unfinished session has a null ending and says where it stopped")
    func unfinished() throws {
        let json = try parse(try Playthrough.play(ScoringTests.twoStep(), [1]))
        #expect(json["ending"] is NSNull)
        let stopped = try #require(json["stoppedAt"] as? [String: Any])
        #expect(stopped["scene"] as? String == "ter-plaatse")
        #expect(stopped["stage"] as? String == "veiligstellen")
        #expect(stopped["notes"] as? [String] == [])
        #expect((json["session"] as? [String: Any])?["finishedAt"] is NSNull)
    }

    @Test("team votes list only the last vote of each participant, with dissent")
    func votes() throws {
        let json = try parse(try ReportFixtures.team())
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.count == 2)
        let votes = try #require(steps[0]["votes"] as? [[String: Any]])
        #expect(votes.count == 2)
        #expect(votes[0]["name"] as? String == "Anna")
        #expect(votes[0]["role"] as? String == "politie")
        #expect(votes[0]["shown"] as? Int == 1)
        #expect(votes[0]["choice"] as? Int == 1)
        #expect(votes[0]["reason"] as? String == "Toch samen <gaan>")
        #expect(votes[1]["reason"] is NSNull)
        #expect(steps[0]["dissent"] as? Bool == true)
        #expect(steps[1]["dissent"] as? Bool == false)
        let participants = try #require((json["session"] as? [String: Any])?["participants"] as? [[String: String]])
        #expect(participants == [["name": "Anna", "role": "politie"], ["name": "Bram", "role": "vt"]])
    }

    @Test("a past-case review counts then beside now")
    func review() throws {
        let json = try parse(try ReportFixtures.review())
        #expect(json["actual"] as? [String: Int] == ["matched": 2, "decisions": 3])
        #expect((json["session"] as? [String: Any])?["acceptedPrivacyRisk"] as? Bool == true)
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.map { $0["actual"] as? Bool } == [true, false, true])
    }

    @Test("strings are escaped so that any text stays valid JSON")
    func escaping() {
        let value = JSONValue.object([("t", .string("a\"b\\c\nd\u{1}e/ë"))])
        #expect(value.rendered() == "{\n  \"t\": \"a\\\"b\\\\c\\nd\\u0001e/ë\"\n}")
    }
}
