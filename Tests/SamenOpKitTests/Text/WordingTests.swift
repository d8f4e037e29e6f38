import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// User-facing wording that must read the same everywhere it appears.
@Suite("Wording")
struct WordingTests {
    @Test("each session mode has one label, taken from one key, in Dutch and English")
    func modeLabels() {
        let nl = Localizer(.nl), en = Localizer(.en)
        #expect(SessionMode.allCases.map { nl.label($0) } == SessionMode.allCases.map { Strings.table["mode.\($0.rawValue)"]?.nl })
        #expect(nl.label(.selfStudy) == "zelfstudie")
        #expect(nl.label(.team) == "team")
        #expect(nl.label(.review) == "casusbespreking")
        #expect(en.label(.selfStudy) == "self-study")
        #expect(en.label(.team) == "team")
        #expect(en.label(.review) == "case review")
        // No second, diverging copy of a mode label anywhere in the table.
        let copies = Strings.table.keys.filter { $0.hasSuffix(".mode.review") || $0.hasSuffix(".mode.self-study") }
        #expect(copies.sorted() == [])
    }
}

extension WordingTests {
    @Test("the report labels the stage of the mantra as the REPL's status does: Mantrastap / Stage")
    func stageLabel() {
        let nl = Localizer(.nl), en = Localizer(.en)
        #expect(nl(.reportColStage) == "Mantrastap")
        #expect(en(.reportColStage) == "Stage")
        #expect(nl(.replStatusStage, "x") == "Mantrastap:  x")
        #expect(en(.replStatusStage, "x") == "Stage:       x")
        #expect(nl(.reportKernvragenLegend) == "Per mantrastap de stappen waarin een vraag aan bod kwam; * is de eerste keer.")
        #expect(en(.reportKernvragenLegend) == "For each stage, the steps that worked on a question; * marks the first time.")
        let onderdeel = Strings.part("report.").filter { $0.value.nl.lowercased().contains("onderdeel") }.map(\.key)
        #expect(onderdeel.sorted() == [])
    }
}

extension WordingTests {
    @Test("counts read naturally for one and for more, in Dutch and English")
    func counts() {
        let nl = Localizer(.nl), en = Localizer(.en)
        #expect(nl.count(1, .reportExpertLine, 0, 1) == "Bij 0 van de 1 beslissing waar een expertoptie zichtbaar was, viel de keuze op een expertoptie.")
        #expect(nl.count(3, .reportExpertLine, 0, 3) == "Bij 0 van de 3 beslissingen waar een expertoptie zichtbaar was, viel de keuze op een expertoptie.")
        #expect(en.count(1, .reportExpertLine, 1, 1) == "At 1 of the 1 decision where an expert option was shown, an expert option was chosen.")
        #expect(nl.count(1, .reportExpertSteps, "2", "-") == "Beslissing: stap 2. Expertoptie gekozen bij: -.")
        #expect(nl.count(2, .reportExpertSteps, "2, 4", "4") == "Beslissingen: stappen 2, 4. Expertoptie gekozen bij: 4.")
        #expect(en.count(2, .reportExpertSteps, "2, 4", "4") == "Decisions: steps 2, 4. Expert option chosen at: 4.")
        #expect(nl.count(1, .reportActualLine, 1, 1) == "Bij 1 van de 1 beslissing werd nu hetzelfde gekozen als toen in de echte casus.")
        #expect(en.count(1, .reportActualSteps, "3", "3") == "Decision: step 3. Same as then at: 3.")
        #expect(nl.count(1, .reviewThenNowSame, 1).hasPrefix("Bij de enige beslissing is nu hetzelfde gekozen als toen."))
        #expect(en.count(2, .reviewThenNowSame, 2).hasPrefix("At all 2 decisions the choice now is what was done then."))
        #expect(nl.count(1, .reviewThenNowIntro, 1, 1).hasPrefix("Bij 1 van de 1 beslissing is nu anders gekozen dan toen."))
        #expect(nl.count(1, .teamCommitUnanimous, 2, 1) == "Keuze van de groep: 2 (1 stem).")
        #expect(en.count(3, .teamCommitUnanimous, 2, 3) == "The group's choice: 2 (unanimous, 3 of 3 votes).")
        #expect(nl.count(1, .reportStructuralConnected, "7") == "Het acute moment werd verbonden met het structurele patroon: bij stap 7 liet de gekozen actie veiligheidsafspraken of de verbinding met het patroon zien.")
        #expect(en.count(2, .reportStructuralConnected, "7, 9") == "The acute moment was connected to the structural pattern: at steps 7, 9 the chosen action showed safety agreements or the link to the pattern.")
        #expect(nl.count(1, .replListEntry, "Titel", "nl", 1, "") == "Titel (nl, 1 scène)")
        #expect(en.count(4, .replListEntry, "Title", "en", 4, "") == "Title (en, 4 scenes)")
        #expect(nl.count(1, .replPlayWrongNumber, 2, 3, 1, "thuis") == "Stap 2 (scène 'thuis'): keuze 3 bestaat niet; daar werd 1 keuze getoond.")
        #expect(en.count(1, .replPlayWrongNumber, 2, 3, 1, "thuis") == "Step 2 (scene 'thuis'): there is no choice 3; 1 choice was shown there.")
    }

    @Test("every counted key has both forms, with the same placeholders in both languages")
    func countedKeysArePaired() {
        let ones = Strings.table.keys.filter { $0.hasSuffix("_one") }.map { String($0.dropLast(4)) }
        let counted = ones.filter { Strings.table[$0 + "_other"] != nil }
        #expect(counted.count >= 9)
        for key in counted {
            #expect(Strings.table[key] == nil, "\(key) is counted; the bare key would be a third form")
        }
        let orphans = Strings.table.keys.filter { $0.hasSuffix("_other") && Strings.table[String($0.dropLast(6)) + "_one"] == nil }
        #expect(orphans.sorted() == [])
    }
}

extension WordingTests {
    @Test("the Markdown and HTML reports name scenes by step, time label and stage; the JSON keeps the ids")
    func noSceneIDsForTrainers() throws {
        for session in [try ReportFixtures.selfStudy(), try ReportFixtures.team(), try ReportFixtures.review()] {
            let ids = session.scenario.scenes.map(\.id)
            for format in [ReportFormat.md, .html] {
                let text = ReportRenderer.render(session: session, format: format)
                for id in ids {
                    for quoted in ["'\(id)'", "`\(id)`", "&#39;\(id)&#39;", "<code>\(id)</code>"] {
                        #expect(!text.contains(quoted), "\(format.rawValue) report names the scene \(quoted)")
                    }
                }
            }
            let json = ReportRenderer.render(session: session, format: .json)
            #expect(json.contains("\"scene\": \"melding\""))
        }
        let md = ReportRenderer.render(session: try ReportFixtures.selfStudy(), format: .md)
        #expect(md.contains("- Bij stap 2 (vr 23:58 · Veiligstellen) was de situatie in de fase Directe veiligheid; de gekozen actie hoort bij Herstel, een latere fase.\n"))
        #expect(md.contains("### Stap 2 · vr 23:58 · Veiligstellen\n"))
        let team = ReportRenderer.render(session: try ReportFixtures.team(), format: .md, language: .en)
        #expect(team.contains("The session stopped after 2 steps, before step 3 (week 2 · Safety plan). There is no ending (yet)."))
        #expect(team.contains("- Step 1 (vr 23:40 · Report): option 1: 1 vote, option 2: 1 vote."))
    }

    @Test("a scene without a time label is named by its stage and first words")
    func sceneLabelWithoutTime() throws {
        let scenario = try ReportFixtures.vrijdag()
        var scene = try #require(scenario.scene("voordeur"))
        scene.time = nil
        #expect(Localizer(.nl).sceneLabel(scene) == "Veiligstellen · \"" + ReportText.summary(scene.text.value, limit: 40) + "\"")
        #expect(Localizer(.nl).sceneLabel(scene).count < 70)
        #expect(Localizer(.en).sceneLabel("nergens", in: scenario) == "nergens")
    }
}
