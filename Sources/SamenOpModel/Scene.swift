import SamenOpText
/// One scene: a moment in the case where the trainee reads and (unless it is an ending) chooses.
public struct Scene: Sendable, Hashable {
    public var id: String
    public var stage: Located<Stage>
    /// The situation's phase when the author fixed it; otherwise it follows `veiligheid`.
    public var phase: Located<Phase>?
    public var time: Located<String>?
    public var role: Located<String>?
    public var text: Located<String>
    public var prompt: Located<String>?
    public var reveal: [Located<String>]
    public var choices: [Choice]
    public var isEnd: Bool
    public var outcome: Located<String>?
    /// Where the scene's id key is written.
    public var location: SourceLocation
    /// `scale: true|false` as written, `nil` when the key is absent.
    public var scale: Located<Bool>?

    public init(
        id: String, stage: Located<Stage>, phase: Located<Phase>?, time: Located<String>?,
        role: Located<String>?, text: Located<String>, prompt: Located<String>?,
        reveal: [Located<String>], choices: [Choice], isEnd: Bool, outcome: Located<String>?,
        location: SourceLocation, scale: Located<Bool>? = nil
    ) {
        self.id = id
        self.stage = stage
        self.phase = phase
        self.time = time
        self.role = role
        self.text = text
        self.prompt = prompt
        self.reveal = reveal
        self.choices = choices
        self.isEnd = isEnd
        self.outcome = outcome
        self.location = location
        self.scale = scale
    }

    /// Whether a team session asks each participant's own safety judgement (0-10, with a
    /// reason) at this decision (`scale: true`).
    public var asksScale: Bool { scale?.value == true }
}

/// An option in a scene.
public struct Choice: Sendable, Hashable {
    /// 1-based position in the scene's authored `choices` list (the report's `choice`).
    public var number: Int
    public var text: Located<String>
    public var goto: Located<String>
    public var condition: Condition?
    public var phase: Located<Phase>?
    public var kernvragen: [Located<CoreQuestion>]
    public var elements: [Located<Element>]
    public var pitfalls: [Located<Pitfall>]
    public var expert: Bool
    public var actual: Located<Bool>?
    public var feedback: Located<String>?
    public var set: [Assignment]
    public var add: [Assignment]
    public var reveal: [Located<String>]
    /// Where the choice's list item starts.
    public var location: SourceLocation

    public init(
        number: Int, text: Located<String>, goto: Located<String>, condition: Condition?,
        phase: Located<Phase>?, kernvragen: [Located<CoreQuestion>], elements: [Located<Element>],
        pitfalls: [Located<Pitfall>], expert: Bool, actual: Located<Bool>?,
        feedback: Located<String>?, set: [Assignment], add: [Assignment],
        reveal: [Located<String>], location: SourceLocation
    ) {
        self.number = number
        self.text = text
        self.goto = goto
        self.condition = condition
        self.phase = phase
        self.kernvragen = kernvragen
        self.elements = elements
        self.pitfalls = pitfalls
        self.expert = expert
        self.actual = actual
        self.feedback = feedback
        self.set = set
        self.add = add
        self.reveal = reveal
        self.location = location
    }

    /// Whether this is the choice made in the real case (past cases).
    public var isActual: Bool { actual?.value == true }
}

/// One entry of a choice's `set` or `add` map.
public struct Assignment: Sendable, Hashable {
    public var variable: String
    /// For `add`, always an `.int`.
    public var value: Value
    /// Where the variable's key is written.
    public var location: SourceLocation

    public init(variable: String, value: Value, location: SourceLocation) {
        self.variable = variable
        self.value = value
        self.location = location
    }
}
