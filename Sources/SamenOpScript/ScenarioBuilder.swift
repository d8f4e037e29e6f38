import Yams
import SamenOpModel
import SamenOpText

/// Builds the model from a composed YAML tree, reporting every structural problem it meets.
///
/// Missing required values get an empty placeholder so that the rest of the file is still
/// read and checked; the placeholders never reach play, because a scenario with errors is
/// refused. Checks that skip empty ids keep them from causing follow-on errors.
struct ScenarioBuilder {
    static let topKeys = ["format", "id", "title", "language", "summary", "kind", "anonymised", "profiles", "roles",
                          "variables", "phases", "cards", "start", "reflection", "scenes"]
    static let topRequired = ["format", "id", "title", "language", "summary", "variables", "start", "scenes"]
    static let sceneKeys = ["stage", "phase", "time", "role", "text", "prompt", "reveal", "scale", "choices", "end", "outcome"]
    static let choiceKeys = ["text", "goto", "if", "phase", "kernvragen", "elements", "pitfalls", "expert", "actual",
                             "feedback", "set", "add", "reveal"]
    static let cardKeys = ["title", "text", "role", "source"]
    static let roleKeys = ["name", "description"]
    static let format = "samenop/1"

    var reader: NodeReader
    /// Conditions waiting for the type check, which needs every variable, scene and card.
    var pendingConditions: [(parsed: ParsedExpression, source: String, node: Node)] = []

    init(file: String, source: SourceText) {
        reader = NodeReader(file: file, source: source)
    }

    var file: String { reader.file }

    mutating func build(_ root: Node, sha256: String) -> Scenario? {
        let top = SourceLocation(file: file, line: 1, column: 1)
        guard let fields = reader.fields(root, of: .key(.diagWhatScenario), allowed: Self.topKeys, required: Self.topRequired, missingAt: top) else {
            return nil
        }
        func text(_ key: String) -> Located<String> {
            fields[key].flatMap { reader.string($0.value, key) } ?? Located("", at: fields[key].map { reader.location($0.key) } ?? top)
        }
        if let format = fields["format"].flatMap({ reader.string($0.value, "format") }), format.value != Self.format {
            reader.error("SO020", at: format.location, .key(.diagSO020, format.value), hint: .key(.diagSO020Hint, Self.format))
        }
        let id = text("id")
        if let node = fields["id"]?.value, !id.value.isEmpty,
           !NodeReader.matches(id.value, first: { $0.isLowercaseASCIILetter || $0.isASCIIDigit },
                               rest: { $0.isLowercaseASCIILetter || $0.isASCIIDigit || $0 == "-" }) {
            reader.error("SO021", node, .key(.diagSO021, id.value),
                         hint: .key(.diagHintForExample, NodeReader.slug(id.value).replacingOccurrences(of: "_", with: "-")))
        }
        let language = fields["language"].flatMap { reader.vocabulary($0.value, "language", Language.self) }
        let kind = fields["kind"].flatMap { reader.vocabulary($0.value, "kind", ScenarioKind.self) }
        let anonymised = fields["anonymised"].flatMap { reader.bool($0.value, "anonymised") }
        let profiles = (fields["profiles"].flatMap { reader.list($0.value, "profiles") } ?? [])
            .compactMap { reader.vocabulary($0, "profile", Profile.self) }
        let roles = fields["roles"].map { readRoles($0.value) } ?? []
        let variables = fields["variables"].map { readVariables($0.value) } ?? []
        let phaseBands = fields["phases"].map { readPhases($0.value, key: $0.key) } ?? .standard
        let cards = fields["cards"].map { readCards($0.value) } ?? []
        let start = text("start")
        let reflection = (fields["reflection"].flatMap { reader.list($0.value, "reflection") } ?? [])
            .compactMap { reader.string($0, "reflection") }
        let scenes = fields["scenes"].map { readScenes($0.value) } ?? []
        checkConditions(variables: variables, scenes: scenes, cards: cards)

        return Scenario(
            file: file, sha256: sha256, id: id, title: text("title"), language: language?.value ?? .nl,
            summary: text("summary"), kind: kind?.value ?? .training, anonymised: anonymised, profiles: profiles,
            roles: roles, variables: variables, phaseBands: phaseBands, cards: cards, start: start,
            reflection: reflection, scenes: scenes, location: reader.location(root))
    }

    private mutating func readRoles(_ node: Node) -> [Role] {
        var roles: [Role] = []
        for (key, id, value) in reader.entries(node, of: .key(.diagWhatSection, "roles")) ?? [] {
            reader.checkId(id, key, .role)
            let at = reader.location(key)
            guard let fields = reader.fields(value, of: .key(.diagWhatRole, id), allowed: Self.roleKeys, required: ["name"], missingAt: at) else { continue }
            let name = fields["name"].flatMap { reader.string($0.value, "name") } ?? Located("", at: at)
            let description = fields["description"].flatMap { reader.string($0.value, "description") }
            roles.append(Role(id: id, name: name, description: description, location: at))
        }
        return roles
    }

    private mutating func readVariables(_ node: Node) -> [Variable] {
        var variables: [Variable] = []
        for (key, name, value) in reader.entries(node, of: .key(.diagWhatSection, "variables")) ?? [] {
            if !NodeReader.matches(name, first: { $0.isLowercaseASCIILetter },
                                   rest: { $0.isLowercaseASCIILetter || $0.isASCIIDigit || $0 == "_" }) {
                reader.error("SO023", key, .key(.diagSO023, name),
                             hint: .key(.diagHintForExample, NodeReader.slug(name).replacingOccurrences(of: "-", with: "_")))
            }
            if let initial = reader.value(value, name) {
                variables.append(Variable(name: name, initial: initial, location: reader.location(key)))
            }
        }
        return variables
    }

    private mutating func readPhases(_ node: Node, key: Node) -> PhaseBands {
        var bands = PhaseBands.standard.bands
        for (phaseKey, id, value) in reader.entries(node, of: .key(.diagWhatSection, "phases")) ?? [] {
            guard let phase = reader.vocabulary(phaseKey, "phase", Phase.self)?.value else { continue }
            guard let items = reader.list(value, "phases.\(id)") else { continue }
            let bounds = items.compactMap { reader.int($0, "phases.\(id)") }
            guard items.count == 2 else {
                reader.error("SO026", value, .key(.diagSO026Count, id, items.count), hint: .key(.diagHintForExample, "\(id): [0, 2]"))
                continue
            }
            guard bounds.count == 2 else { continue }
            guard bounds[0].value <= bounds[1].value else {
                reader.error("SO026", value, .key(.diagSO026Backwards, id, bounds[0].value, bounds[1].value))
                continue
            }
            bands[phase] = bounds[0].value...bounds[1].value
        }
        return PhaseBands(bands: bands, location: reader.location(key))
    }

    private mutating func readCards(_ node: Node) -> [Card] {
        var cards: [Card] = []
        for (key, id, value) in reader.entries(node, of: .key(.diagWhatSection, "cards")) ?? [] {
            reader.checkId(id, key, .card)
            let at = reader.location(key)
            guard let fields = reader.fields(value, of: .key(.diagWhatCard, id), allowed: Self.cardKeys, required: ["title", "text"], missingAt: at) else { continue }
            cards.append(Card(
                id: id,
                title: fields["title"].flatMap { reader.string($0.value, "title") } ?? Located("", at: at),
                text: fields["text"].flatMap { reader.string($0.value, "text") } ?? Located("", at: at),
                role: fields["role"].flatMap { reader.string($0.value, "role") },
                source: fields["source"].flatMap { reader.string($0.value, "source") },
                location: at))
        }
        return cards
    }

    /// Reveal lists of card ids.
    mutating func readIds(_ node: Node, _ what: String) -> [Located<String>] {
        (reader.list(node, what) ?? []).compactMap { reader.string($0, what) }
    }

    /// Type-checks every condition now that all names are known.
    private mutating func checkConditions(variables: [Variable], scenes: [Scene], cards: [Card]) {
        var checker = ExpressionChecker(
            variables: Dictionary(variables.map { ($0.name, $0.initial.type) }, uniquingKeysWith: { first, _ in first }),
            scenes: scenes.map(\.id), cards: cards.map(\.id))
        for pending in pendingConditions {
            let before = checker.problems.count
            checker.checkCondition(pending.parsed)
            for problem in checker.problems[before...] {
                report(problem, in: pending.source, node: pending.node)
            }
        }
    }

    /// An expression problem at its column inside the `if` value, when that can be told.
    mutating func report(_ problem: ExpressionProblem, in source: String, node: Node) {
        var location = reader.location(node)
        if case .scalar(let scalar) = node {
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            if scalar.style != .literal, scalar.style != .folded,
               let column = reader.source.contentColumn(of: source, line: location.line, column: location.column, quoted: quoted) {
                location.column = column + problem.offset
            }
        }
        reader.diagnostics.append(.error(problem.code, at: location, problem.message, hint: problem.hint))
    }
}
