import SamenOpText
/// A loaded scenario script (`samenop/1`): immutable, and free of YAML.
///
/// The loader builds it once from a file; validation, the engine, scoring and reports read it.
/// Lists keep the authoring order of the file; the lookup tables are derived from them.
public struct Scenario: Sendable, Hashable {
    /// The file the scenario came from, as the user named it.
    public var file: String
    /// Hex sha256 of the file's bytes; sessions record it to notice a changed scenario.
    public var sha256: String
    public var id: Located<String>
    public var title: Located<String>
    public var language: Language
    public var summary: Located<String>
    public var kind: ScenarioKind
    /// `nil` when the key is absent.
    public var anonymised: Located<Bool>?
    public var profiles: [Located<Profile>]
    public var roles: [Role]
    public var variables: [Variable]
    public var phaseBands: PhaseBands
    public var cards: [Card]
    public var start: Located<String>
    public var reflection: [Located<String>]
    public var scenes: [Scene]
    /// Where the top-level mapping starts (for whole-file diagnostics).
    public var location: SourceLocation

    public init(
        file: String, sha256: String, id: Located<String>, title: Located<String>,
        language: Language, summary: Located<String>, kind: ScenarioKind,
        anonymised: Located<Bool>?, profiles: [Located<Profile>], roles: [Role],
        variables: [Variable], phaseBands: PhaseBands, cards: [Card], start: Located<String>,
        reflection: [Located<String>], scenes: [Scene], location: SourceLocation
    ) {
        self.file = file
        self.sha256 = sha256
        self.id = id
        self.title = title
        self.language = language
        self.summary = summary
        self.kind = kind
        self.anonymised = anonymised
        self.profiles = profiles
        self.roles = roles
        self.variables = variables
        self.phaseBands = phaseBands
        self.cards = cards
        self.start = start
        self.reflection = reflection
        self.scenes = scenes
        self.location = location
        var sceneIndex: [String: Int] = [:]
        for (i, scene) in scenes.enumerated() where sceneIndex[scene.id] == nil { sceneIndex[scene.id] = i }
        self.sceneIndex = sceneIndex
        var cardIndex: [String: Int] = [:]
        for (i, card) in cards.enumerated() where cardIndex[card.id] == nil { cardIndex[card.id] = i }
        self.cardIndex = cardIndex
    }

    private var sceneIndex: [String: Int]
    private var cardIndex: [String: Int]

    /// The scene with this id, if there is one.
    public func scene(_ id: String) -> Scene? { sceneIndex[id].map { scenes[$0] } }
    /// The card with this id, if there is one.
    public func card(_ id: String) -> Card? { cardIndex[id].map { cards[$0] } }
    /// The role with this id, if there is one.
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }
    /// The variable with this name, if there is one.
    public func variable(_ name: String) -> Variable? { variables.first { $0.name == name } }

    /// The initial state of every variable.
    public var initialValues: [String: Value] {
        Dictionary(variables.map { ($0.name, $0.initial) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A role participants can take in a team session.
public struct Role: Sendable, Hashable {
    public var id: String
    public var name: Located<String>
    public var description: Located<String>?
    public var location: SourceLocation

    public init(id: String, name: Located<String>, description: Located<String>?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.location = location
    }
}

/// A variable with its initial value.
public struct Variable: Sendable, Hashable {
    public var name: String
    public var initial: Value
    public var location: SourceLocation

    public init(name: String, initial: Value, location: SourceLocation) {
        self.name = name
        self.initial = initial
        self.location = location
    }
}

/// A piece of information that can be revealed during play.
public struct Card: Sendable, Hashable {
    public var id: String
    public var title: Located<String>
    public var text: Located<String>
    /// In a team session only this role sees the card until it is shared.
    public var role: Located<String>?
    public var source: Located<String>?
    public var location: SourceLocation

    public init(
        id: String, title: Located<String>, text: Located<String>, role: Located<String>?,
        source: Located<String>?, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.role = role
        self.source = source
        self.location = location
    }
}
