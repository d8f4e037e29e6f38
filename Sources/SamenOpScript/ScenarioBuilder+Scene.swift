import Yams
import SamenOpModel
import SamenOpText

extension ScenarioBuilder {
    mutating func readScenes(_ node: Node) -> [Scene] {
        var scenes: [Scene] = []
        for (key, id, value) in reader.entries(node, of: .key(.diagWhatSection, "scenes")) ?? [] {
            reader.checkId(id, key, .scene)
            let at = reader.location(key)
            guard let fields = reader.fields(value, of: .key(.diagWhatScene, id), allowed: Self.sceneKeys,
                                             required: ["stage", "text"], missingAt: at) else { continue }
            let stage = fields["stage"].flatMap { reader.vocabulary($0.value, "stage", Stage.self) }
            let isEnd = fields["end"].flatMap { reader.bool($0.value, "end") }?.value ?? false
            var choices: [Choice] = []
            if let list = fields["choices"].flatMap({ reader.list($0.value, "choices") }) {
                for (index, item) in list.enumerated() {
                    if let choice = readChoice(item, number: index + 1, scene: id) { choices.append(choice) }
                }
            }
            scenes.append(Scene(
                id: id,
                stage: stage ?? Located(.melding, at: fields["stage"].map { reader.location($0.value) } ?? at),
                phase: fields["phase"].flatMap { reader.vocabulary($0.value, "phase", Phase.self) },
                time: fields["time"].flatMap { reader.string($0.value, "time") },
                role: fields["role"].flatMap { reader.string($0.value, "role") },
                text: fields["text"].flatMap { reader.string($0.value, "text") } ?? Located("", at: at),
                prompt: fields["prompt"].flatMap { reader.string($0.value, "prompt") },
                reveal: fields["reveal"].map { readIds($0.value, "reveal") } ?? [],
                choices: choices,
                isEnd: isEnd,
                outcome: fields["outcome"].flatMap { reader.string($0.value, "outcome") },
                location: at,
                scale: fields["scale"].flatMap { reader.bool($0.value, "scale") }))
        }
        return scenes
    }

    private mutating func readChoice(_ node: Node, number: Int, scene: String) -> Choice? {
        let at = reader.location(node)
        guard let fields = reader.fields(node, of: .key(.diagWhatChoice, number, scene), allowed: Self.choiceKeys,
                                         required: ["text", "goto"], missingAt: at) else { return nil }
        var condition: Condition?
        if let (_, value) = fields["if"], let source = reader.string(value, "if") {
            switch ExpressionParser.parse(source.value) {
            case .success(let parsed):
                condition = Condition(source: source.value, expression: parsed.expression, location: source.location)
                pendingConditions.append((parsed, source.value, value))
            case .failure(let problem):
                report(problem, in: source.value, node: value)
            }
        }
        var kernvragen: [Located<CoreQuestion>] = []
        for item in fields["kernvragen"].flatMap({ reader.list($0.value, "kernvragen") }) ?? [] {
            guard let number = reader.int(item, "kernvragen") else { continue }
            if let question = CoreQuestion(rawValue: number.value) {
                kernvragen.append(Located(question, at: number.location))
            } else {
                reader.error("SO024", item, .key(.diagSO024Kernvraag, number.value), hint: .key(.diagSO024KernvraagHint))
            }
        }
        return Choice(
            number: number,
            text: fields["text"].flatMap { reader.string($0.value, "text") } ?? Located("", at: at),
            goto: fields["goto"].flatMap { reader.string($0.value, "goto") } ?? Located("", at: at),
            condition: condition,
            phase: fields["phase"].flatMap { reader.vocabulary($0.value, "phase", Phase.self) },
            kernvragen: kernvragen,
            elements: (fields["elements"].flatMap { reader.list($0.value, "elements") } ?? [])
                .compactMap { reader.vocabulary($0, "element", Element.self) },
            pitfalls: (fields["pitfalls"].flatMap { reader.list($0.value, "pitfalls") } ?? [])
                .compactMap { reader.vocabulary($0, "pitfall", Pitfall.self) },
            expert: fields["expert"].flatMap { reader.bool($0.value, "expert") }?.value ?? false,
            actual: fields["actual"].flatMap { reader.bool($0.value, "actual") },
            feedback: fields["feedback"].flatMap { reader.string($0.value, "feedback") },
            set: fields["set"].map { readAssignments($0.value, "set", intOnly: false) } ?? [],
            add: fields["add"].map { readAssignments($0.value, "add", intOnly: true) } ?? [],
            reveal: fields["reveal"].map { readIds($0.value, "reveal") } ?? [],
            location: at)
    }

    private mutating func readAssignments(_ node: Node, _ what: String, intOnly: Bool) -> [Assignment] {
        var assignments: [Assignment] = []
        for (key, name, value) in reader.entries(node, of: .key(.diagWhatQuoted, what)) ?? [] {
            let at = reader.location(key)
            if intOnly {
                if let amount = reader.int(value, "\(what).\(name)") {
                    assignments.append(Assignment(variable: name, value: .int(amount.value), location: at))
                }
            } else if let newValue = reader.value(value, "\(what).\(name)") {
                assignments.append(Assignment(variable: name, value: newValue, location: at))
            }
        }
        return assignments
    }
}
