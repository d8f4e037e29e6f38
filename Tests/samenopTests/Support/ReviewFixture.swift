import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore

/// A small anonymised past case for the review tests, and variants of it.
enum ReviewFixture {
    /// `{TEXT}` is the first scene's text, so a test can put an identifier in it.
    static let template = """
    format: samenop/1
    id: casus-oost
    title: Casus oost
    language: nl
    summary: Een nagebouwde casus voor de review.
    kind: past-case
    anonymised: true
    variables:
      veiligheid: 2
    start: melding
    reflection:
      - Wie bleef er bij het gezin?
    scenes:
      melding:
        stage: melding
        time: vr 23:40
        text: {TEXT}
        choices:
          - text: Alleen de politie gaat erheen.
            goto: thuis
            actual: true
            feedback: Zonder partners mis je wat er al bekend is.
          - text: Politie en Veilig Thuis gaan samen op.
            goto: thuis
            expert: true
            feedback: Samen optrekken vanaf het begin.
            add: {veiligheid: 2}
      thuis:
        stage: erop-af
        time: vr 23:55
        text: Jullie staan voor de deur.
        choices:
          - text: Afspraken maken en opvolgen.
            goto: plan
            expert: true
            actual: true
            feedback: De afspraken geven houvast.
            add: {veiligheid: 3}
          - text: Weggaan.
            goto: plan
            feedback: Niemand weet wat er nu gebeurt.
      plan:
        stage: opvolgen
        time: week 2
        text: Een week later zit het netwerk bij elkaar.
        choices:
          - text: Een lijst met risicofactoren.
            goto: einde
            actual: true
          - text: Concrete afspraken voor vrijdagavond.
            goto: einde
            expert: true
            add: {veiligheid: 2}
      einde:
        stage: veiligheidsplan
        text: Drie maanden later.
        end: true
        outcome: Het gezin heeft een plan.
    """

    /// The clean case: no privacy findings.
    static let clean = template.replacingOccurrences(of: "{TEXT}", with: "Een buurvrouw belt 112 over geschreeuw bij de buren.")

    /// The case with a name after a form of address and a phone number in the first scene.
    static let identifying = template.replacingOccurrences(
        of: "{TEXT}", with: "Een buurvrouw belt; mevrouw Jansen is bereikbaar op 06-12345678.")

    /// A folder holding `casus-oost.yaml` with `yaml`, and a store path in it.
    static func folder(_ yaml: String = clean) throws -> (folder: URL, scenario: String, store: String) {
        try REPLFixture.folder(yaml: yaml, file: "casus-oost.yaml")
    }

    /// The one stored session's header.
    static func header(_ store: String) throws -> SessionHeader? {
        let opened = try SessionStore(path: store)
        guard let id = try opened.sessions().first?.id else { return nil }
        return try opened.load(id).header
    }
}
