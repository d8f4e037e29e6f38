import Foundation
@testable import SamenOpKit

/// The fixed playthroughs behind the golden reports.
enum ReportFixtures {
    typealias C = Fixture.C
    typealias S = Fixture.S

    /// A small Friday-night case in Dutch, touching every figure at least once.
    static func vrijdag(language: Language = .nl) -> Scenario {
        Fixture.scenario(
            id: "vrijdagavond", title: "Vrijdagavond <test> & \"ruzie\"", language: language, veiligheid: 2,
            roles: [("politie", "Politie"), ("vt", "Veilig Thuis")],
            reflection: ["Wanneer had je het hele gezin in beeld?", "Wie blijft er bij dit gezin?"],
            scenes: [
                S(id: "melding", stage: .melding, time: "vr 23:40",
                  text: "Een buurvrouw belt: ze hoort geschreeuw en een kind huilen.\nDe politie is onderweg.\n\nTweede alinea.",
                  choices: [
                    C(text: "Samen met de politie erop af", goto: "voordeur", phase: .acuut, kernvragen: [1, 3],
                      elements: [.samenOp, .infoDelen], expert: true, feedback: "Samen op: goed begin.", add: 1),
                    C(text: "Morgen een brief sturen", goto: "voordeur", phase: .directeVeiligheid, kernvragen: [4],
                      pitfalls: [.overdragenLoslaten], feedback: "Het kan vannacht al misgaan.", add: -1),
                  ]),
                S(id: "voordeur", stage: .veiligstellen, time: "vr 23:58", text: "Vader doet open; moeder zit op de trap.",
                  choices: [
                    C(text: "Relatietherapie voorstellen", goto: "plan", phase: .herstel, kernvragen: [4],
                      pitfalls: [.incidentFocus], feedback: "Dit hoort bij later."),
                    C(text: "Iedereen apart spreken, ook het kind", goto: "plan", phase: .acuut, kernvragen: [3, 5],
                      elements: [.heleSysteem, .contact], expert: true, feedback: "Iedereen in beeld.", add: 2),
                  ]),
                S(id: "plan", stage: .veiligheidsplan, time: "week 2", text: "Een week later zit het netwerk bij elkaar.",
                  choices: [
                    C(text: "Concrete afspraken voor vrijdagavond", goto: "einde", phase: .risicogestuurdeZorg,
                      kernvragen: [4, 2], elements: [.veiligheidsafspraken, .verbindingStructureel], expert: true, add: 3),
                    C(text: "Een lijst met risicofactoren", goto: "einde", pitfalls: [.risicofactoren]),
                  ]),
                S(id: "einde", stage: .opvolgen, time: "maand 3", text: "Drie maanden later.",
                  outcome: "Er is geen nieuw incident; de wijkcoach blijft betrokken."),
            ])
    }

    /// Self-study: a phase skip at step 2, a missed element, notes.
    static func selfStudy() throws -> Session {
        var session = Session(scenario: vrijdag(), header: Fixture.header(vrijdag()))
        try session.note("Ik wilde snel ter plaatse zijn.", at: Fixture.time(3))
        try session.choose(shown: 1, at: Fixture.time(5.12))
        try session.choose(shown: 1, at: Fixture.time(17.4))
        try session.note("Achteraf: eerst kijken of het nu veilig is.", at: Fixture.time(20))
        try session.choose(shown: 1, at: Fixture.time(41))
        return session
    }

    /// Team in English labels: votes, a replaced vote, dissent, an undone step, unfinished.
    static func team() throws -> Session {
        let scenario = vrijdag()
        var session = Session(scenario: scenario, header: SessionHeader(
            id: "s-team", scenarioID: scenario.id.value, scenarioSHA256: scenario.sha256, mode: .team,
            startedAt: Fixture.start))
        try session.join(name: "Anna", role: "politie", at: Fixture.time(1))
        try session.join(name: "Bram", role: "vt", at: Fixture.time(2))
        try session.vote(name: "Anna", shown: 2, reason: "Eerst bellen", at: Fixture.time(3))
        try session.vote(name: "Anna", shown: 1, reason: "Toch samen <gaan>", at: Fixture.time(4))
        try session.vote(name: "Bram", shown: 2, reason: nil, at: Fixture.time(5))
        try session.choose(shown: 1, at: Fixture.time(9))
        try session.choose(shown: 1, at: Fixture.time(12))
        try session.undo(at: Fixture.time(13))
        try session.vote(name: "Anna", shown: 2, reason: "Het kind", at: Fixture.time(15))
        try session.vote(name: "Bram", shown: 2, reason: "Ook het kind", at: Fixture.time(16))
        try session.choose(shown: 2, at: Fixture.time(20))
        return session
    }

    /// Review of a past case after accepting a privacy risk.
    static func review() throws -> Session {
        let base = vrijdag()
        var scenes = base.scenes
        for s in scenes.indices where !scenes[s].choices.isEmpty {
            // What was done then: the non-expert option everywhere.
            for c in scenes[s].choices.indices {
                scenes[s].choices[c].actual = Located(!scenes[s].choices[c].expert, at: Fixture.at)
            }
        }
        let scenario = Scenario(
            file: base.file, sha256: base.sha256, id: Located("casus-2019", at: Fixture.at),
            title: Located("Casus 2019", at: Fixture.at), language: .nl, summary: base.summary, kind: .pastCase,
            anonymised: Located(true, at: Fixture.at), profiles: [], roles: base.roles, variables: base.variables,
            phaseBands: base.phaseBands, cards: [], start: base.start, reflection: [], scenes: scenes, location: base.location)
        var session = Session(scenario: scenario, header: SessionHeader(
            id: "s-review", scenarioID: "casus-2019", scenarioSHA256: base.sha256, mode: .review,
            startedAt: Fixture.start, acceptedPrivacyRisk: true))
        try session.choose(shown: 2, at: Fixture.time(30))
        try session.choose(shown: 2, at: Fixture.time(70))
        try session.choose(shown: 2, at: Fixture.time(100))
        return session
    }
}
