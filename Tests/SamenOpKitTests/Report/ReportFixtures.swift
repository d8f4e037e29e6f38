import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// The fixed playthroughs behind the golden reports.
enum ReportFixtures {
    /// A small Friday-night case, touching every figure at least once. As a past case, the
    /// non-expert option is what was done then.
    static func vrijdagYAML(pastCase: Bool = false) -> String {
        let then = pastCase ? ", actual: true" : ""
        let thenLine = pastCase ? "\n        actual: true" : ""
        return Playthrough.head(
            id: pastCase ? "casus-2019" : "vrijdagavond",
            title: pastCase ? "Casus 2019" : "Vrijdagavond <test> & \"ruzie\"", start: "melding",
            extra: (pastCase ? "kind: past-case\nanonymised: true\n" : "") + """
            roles:
              politie: {name: Politie}
              vt: {name: Veilig Thuis}
            reflection:
              - Wanneer had je het hele gezin in beeld?
              - Wie blijft er bij dit gezin?
            """) + """
          melding:
            stage: melding
            time: vr 23:40
            text: |
              Een buurvrouw belt: ze hoort geschreeuw en een kind huilen.
              De politie is onderweg.

              Tweede alinea.
            choices:
              - text: Samen met de politie erop af
                goto: voordeur
                phase: acuut
                kernvragen: [1, 3]
                elements: [samen-op, info-delen]
                expert: true
                feedback: "Samen op: goed begin."
                add: {veiligheid: 1}
              - text: Morgen een brief sturen
                goto: voordeur
                phase: directe-veiligheid
                kernvragen: [4]
                pitfalls: [overdragen-loslaten]
                feedback: Het kan vannacht al misgaan.
                add: {veiligheid: -1}\(thenLine)
          voordeur:
            stage: veiligstellen
            time: vr 23:58
            text: Vader doet open; moeder zit op de trap.
            choices:
              - text: Relatietherapie voorstellen
                goto: plan
                phase: herstel
                kernvragen: [4]
                pitfalls: [incident-focus]
                feedback: Dit hoort bij later.\(thenLine)
              - text: Iedereen apart spreken, ook het kind
                goto: plan
                phase: acuut
                kernvragen: [3, 5]
                elements: [hele-systeem, contact]
                expert: true
                feedback: Iedereen in beeld.
                add: {veiligheid: 2}
          plan:
            stage: veiligheidsplan
            time: week 2
            text: Een week later zit het netwerk bij elkaar.
            choices:
              - text: Concrete afspraken voor vrijdagavond
                goto: einde
                phase: risicogestuurde-zorg
                kernvragen: [4, 2]
                elements: [veiligheidsafspraken, verbinding-structureel]
                expert: true
                add: {veiligheid: 3}
              - {text: Een lijst met risicofactoren, goto: einde, pitfalls: [risicofactoren]\(then)}
          einde:
            stage: opvolgen
            time: maand 3
            text: Drie maanden later.
            end: true
            outcome: Er is geen nieuw incident; de wijkcoach blijft betrokken.

        """
    }

    static func vrijdag() throws -> Scenario { try Playthrough.scenario(vrijdagYAML()) }

    /// Self-study: a phase skip at step 2, a missed element, notes.
    static func selfStudy() throws -> Session {
        let scenario = try vrijdag()
        var session = Session(scenario: scenario, header: Playthrough.header(scenario))
        try session.note("Ik wilde snel ter plaatse zijn.", at: Playthrough.time(3))
        try session.choose(shown: 1, at: Playthrough.time(5.12))
        try session.choose(shown: 1, at: Playthrough.time(17.4))
        try session.note("Achteraf: eerst kijken of het nu veilig is.", at: Playthrough.time(20))
        try session.choose(shown: 1, at: Playthrough.time(41))
        return session
    }

    /// Team: votes, a replaced vote, dissent, an undone step, unfinished.
    static func team() throws -> Session {
        let scenario = try vrijdag()
        var session = Session(scenario: scenario, header: Playthrough.header(scenario, id: "s-team", mode: .team))
        try session.join(name: "Anna", role: "politie", at: Playthrough.time(1))
        try session.join(name: "Bram", role: "vt", at: Playthrough.time(2))
        try session.vote(name: "Anna", shown: 2, reason: "Eerst bellen", at: Playthrough.time(3))
        try session.vote(name: "Anna", shown: 1, reason: "Toch samen <gaan>", at: Playthrough.time(4))
        try session.vote(name: "Bram", shown: 2, reason: nil, at: Playthrough.time(5))
        try session.choose(shown: 1, at: Playthrough.time(9))
        try session.choose(shown: 1, at: Playthrough.time(12))
        try session.undo(at: Playthrough.time(13))
        try session.vote(name: "Anna", shown: 2, reason: "Het kind", at: Playthrough.time(15))
        try session.vote(name: "Bram", shown: 2, reason: "Ook het kind", at: Playthrough.time(16))
        try session.choose(shown: 2, at: Playthrough.time(20))
        return session
    }

    /// Review of a past case after accepting a privacy risk.
    static func review() throws -> Session {
        let scenario = try Playthrough.scenario(vrijdagYAML(pastCase: true))
        var session = Session(scenario: scenario, header: Playthrough.header(
            scenario, id: "s-review", mode: .review, acceptedPrivacyRisk: true))
        try session.choose(shown: 2, at: Playthrough.time(30))
        try session.choose(shown: 2, at: Playthrough.time(70))
        try session.choose(shown: 2, at: Playthrough.time(100))
        return session
    }
}
