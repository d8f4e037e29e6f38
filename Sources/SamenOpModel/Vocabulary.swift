import SamenOpText
/// The eight stages of the *mantra acuut onveilig*, in the order a case runs through them.
public enum Stage: String, CaseIterable, Sendable, Codable, Comparable {
    case melding
    case eersteBeoordeling = "eerste-beoordeling"
    case eropAf = "erop-af"
    case veiligstellen
    case veiligheidsbeoordeling
    case veiligheidsmaatregelen
    case opvolgen
    case veiligheidsplan

    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.order < rhs.order }
    public var order: Int { Stage.allCases.firstIndex(of: self)! }
    /// The stages that connect the acute moment to the structural pattern.
    public var isStructural: Bool { self == .opvolgen || self == .veiligheidsplan }
}

/// The ordered phases of the *visie gefaseerd samenwerken voor veiligheid*, with `acuut`
/// (securing people, before even immediate safety) first.
public enum Phase: String, CaseIterable, Sendable, Codable, Comparable {
    case acuut
    case directeVeiligheid = "directe-veiligheid"
    case risicogestuurdeZorg = "risicogestuurde-zorg"
    case herstel

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.order < rhs.order }
    public var order: Int { Phase.allCases.firstIndex(of: self)! }
}

/// The five core questions (*kernvragen*), numbered 1 to 5 as in the method.
public enum CoreQuestion: Int, CaseIterable, Sendable, Codable, Comparable {
    case watIsErGebeurd = 1
    case watIsErBekend = 2
    case isHetNuVeilig = 3
    case watMoetErNuGebeuren = 4
    case wieZijnBetrokken = 5

    public static func < (lhs: CoreQuestion, rhs: CoreQuestion) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Working elements (*werkzame elementen*) a choice can show.
public enum Element: String, CaseIterable, Sendable, Codable, Comparable {
    case samenOp = "samen-op"
    case expertise
    case infoDelen = "info-delen"
    case eenVerhaal = "een-verhaal"
    case heleSysteem = "hele-systeem"
    case transparantie
    case contact
    case veiligheidsafspraken
    case rolverdeling
    case verbindingStructureel = "verbinding-structureel"
    case zorgStraf = "zorg-straf"
    case dossier

    public static func < (lhs: Element, rhs: Element) -> Bool {
        Element.allCases.firstIndex(of: lhs)! < Element.allCases.firstIndex(of: rhs)!
    }
}

/// Pitfalls a choice can fall into.
public enum Pitfall: String, CaseIterable, Sendable, Codable, Comparable {
    case incidentFocus = "incident-focus"
    case overdragenLoslaten = "overdragen-loslaten"
    case dubbelBelasten = "dubbel-belasten"
    case alleenBeoordelen = "alleen-beoordelen"
    case nietIedereen = "niet-iedereen"
    case risicofactoren
    case overHoofden = "over-hoofden"

    public static func < (lhs: Pitfall, rhs: Pitfall) -> Bool {
        Pitfall.allCases.firstIndex(of: lhs)! < Pitfall.allCases.firstIndex(of: rhs)!
    }
}

/// Family profiles (*gezinsprofielen*, Verwey-Jonker 2020).
public enum Profile: String, CaseIterable, Sendable, Codable {
    case intiemTerreur = "intiem-terreur"
    case gezinInDeStress = "gezin-in-de-stress"
    case kindgedragOpvoedstress = "kindgedrag-opvoedstress"
    case langdurigeZorg = "langdurige-zorg"
    case complexeConflictscheiding = "complexe-conflictscheiding"
}

/// Whether a scenario is made up for training or reconstructed from a real, closed case.
public enum ScenarioKind: String, CaseIterable, Sendable, Codable {
    case training
    case pastCase = "past-case"
}
