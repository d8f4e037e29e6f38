import Foundation
import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// A small scenario file for the REPL, play and resume tests, and helpers around a store.
enum REPLFixture {
    static let yaml = """
    format: samenop/1
    id: proef
    title: Proefscenario
    language: nl
    summary: Een klein scenario om de REPL te testen.
    roles:
      politie:
        name: Politie
      vt:
        name: Veilig Thuis
    variables:
      veiligheid: 2
      samen: false
    cards:
      melding:
        title: De melding
        text: Een buurvrouw belt 112 over geschreeuw bij de buren.
        source: Meldkamer
      register:
        title: Politieregister
        text: Twee eerdere meldingen op dit adres.
        role: politie
    start: melding
    scenes:
      melding:
        stage: melding
        time: vr 23:40
        role: politie
        text: Er komt een melding binnen van huiselijk geweld in een gezin met twee kinderen.
        reveal: [melding]
        choices:
          - text: Alleen de politie gaat erheen.
            goto: thuis
            phase: herstel
            kernvragen: [1]
            feedback: Zonder partners mis je wat er al bekend is.
            add: {veiligheid: 1}
          - text: Politie en Veilig Thuis gaan samen op.
            goto: thuis
            phase: acuut
            expert: true
            kernvragen: [3, 5]
            elements: [samen-op]
            feedback: Samen optrekken vanaf het begin.
            set: {samen: true}
            add: {veiligheid: 2}
            reveal: [register]
          - text: Niets doen.
            goto: einde
            if: veiligheid > 5
      thuis:
        stage: erop-af
        time: vr 23:55
        text: Jullie staan voor de deur.
        prompt: Wie doet wat?
        choices:
          - text: Afspraken maken en opvolgen.
            goto: opvolgen
            expert: true
            kernvragen: [4]
            add: {veiligheid: 3}
          - text: Weggaan.
            goto: einde
      opvolgen:
        stage: opvolgen
        time: week 2
        text: Een week later.
        choices:
          - text: Veiligheidsplan maken.
            goto: einde
            add: {veiligheid: 2}
      einde:
        stage: veiligheidsplan
        text: Drie maanden later.
        end: true
        outcome: Het gezin heeft een plan.
    """

    /// A new folder holding `yaml` as `file` (default `proef.yaml`), and a store path in it.
    static func folder(yaml: String = yaml, file name: String = "proef.yaml") throws -> (folder: URL, scenario: String, store: String) {
        let folder = Binary.temporaryFolder()
        let file = folder.appendingPathComponent(name)
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file.path, folder.appendingPathComponent("store/samenop.sqlite").path)
    }

    /// The ids of the sessions in `store`, newest first.
    static func sessionIDs(_ store: String) throws -> [String] {
        try SessionStore(path: store).sessions().map(\.id)
    }

    /// The newest stored session in the fixture folder `f`, replayed on its scenario.
    static func newestSession(_ f: (folder: URL, scenario: String, store: String)) throws -> Session {
        let id = try #require(sessionIDs(f.store).first)
        return try replay(id, store: f.store, scenario: f.scenario)
    }

    /// The stored session, replayed on the fixture scenario at `scenario`.
    static func replay(_ id: String, store: String, scenario: String) throws -> Session {
        let stored = try SessionStore(path: store).load(id)
        let result = ScenarioLoader.load(path: scenario)
        guard let loaded = result.scenario else { throw CocoaError(.fileReadCorruptFile) }
        return try Session.replay(scenario: loaded, header: stored.header, events: stored.events)
    }
}
