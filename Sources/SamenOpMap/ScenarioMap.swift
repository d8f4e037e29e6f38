import SamenOpModel
import SamenOpText

/// A scenario seen whole: its scenes as nodes and its options as edges, the one model that the
/// DOT, Mermaid and SVG writers, the proofing copy and the report's map section all draw.
///
/// Authors review a scenario with colleagues who do not read YAML; a map shows at a glance
/// where a case can go, which options are the expert's and which only appear under a
/// condition. The map is built from the loaded `Scenario` only (never from YAML), so what it
/// shows is what the engine plays. A session's path can be laid over it (``Overlay``).
public struct ScenarioMap: Sendable, Equatable {
    /// What kind of box a scene gets. Endings are shaped differently and told apart by their
    /// stage, which says how far the case got: a safety plan (`veiligheidsplan`, the good
    /// ending), follow-up only (`opvolgen`), or lost in the acute stages (any earlier stage).
    public enum NodeKind: String, Sendable, Equatable {
        case scene, planEnding = "ending-plan", followUpEnding = "ending-follow-up", acuteEnding = "ending-acute"
    }

    /// One scene.
    public struct Node: Sendable, Equatable {
        public var id: String
        public var stage: Stage
        public var phase: Phase?
        public var time: String?
        /// The first words of the scene's text, on one line.
        public var excerpt: String
        public var kind: NodeKind
        public var isStart: Bool
    }

    /// One option: from its scene to its `goto`.
    public struct Edge: Sendable, Equatable {
        public var from: String
        public var to: String
        /// The authored number (1-based) in the scene's `choices`.
        public var number: Int
        /// The option's text as shown, on one line (writers shorten it).
        public var text: String
        public var expert: Bool
        /// The option has an `if` and is not always shown.
        public var conditional: Bool
    }

    /// A stored session's path over the map: which option each step took, in order.
    public struct Overlay: Sendable, Equatable {
        public struct Step: Sendable, Equatable {
            /// 1-based, counting every step taken, undone ones included, as the timeline does.
            public var number: Int
            public var scene: String
            public var choice: Int
            public var undone: Bool
            public init(number: Int, scene: String, choice: Int, undone: Bool) {
                self.number = number
                self.scene = scene
                self.choice = choice
                self.undone = undone
            }
        }
        public var sessionID: String
        public var steps: [Step]
        /// Scenes the session entered (active path), the scene it is at last.
        public var visited: [String]
        public init(sessionID: String, steps: [Step], visited: [String]) {
            self.sessionID = sessionID
            self.steps = steps
            self.visited = visited
        }

        /// The steps taken along one edge, in order.
        public func steps(on edge: Edge) -> [Step] {
            steps.filter { $0.scene == edge.from && $0.choice == edge.number }
        }
    }

    public var scenarioID: String
    public var title: String
    public var language: Language
    public var nodes: [Node]
    public var edges: [Edge]
    public var overlay: Overlay?

    /// The map of `scenario`, scenes and options in authored order.
    public init(_ scenario: Scenario, overlay: Overlay? = nil) {
        scenarioID = scenario.id.value
        title = scenario.title.value
        language = scenario.language
        nodes = scenario.scenes.map { scene in
            let kind: NodeKind = !scene.isEnd ? .scene
                : scene.stage.value == .veiligheidsplan ? .planEnding
                : scene.stage.value == .opvolgen ? .followUpEnding : .acuteEnding
            return Node(
                id: scene.id, stage: scene.stage.value, phase: scene.phase?.value, time: scene.time?.value,
                excerpt: MapText.oneLine(scene.text.value), kind: kind, isStart: scene.id == scenario.start.value)
        }
        edges = scenario.scenes.flatMap { scene in
            scene.choices.map { choice in
                Edge(from: scene.id, to: choice.goto.value, number: choice.number, text: MapText.oneLine(choice.text.value),
                     expert: choice.expert, conditional: choice.condition != nil)
            }
        }
        self.overlay = overlay
    }

    /// The node with this id.
    public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}

/// Shortening text for labels: whole words, an ellipsis when cut.
package enum MapText {
    /// `text` with every run of white space as one space.
    package static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// At most `limit` characters, cut at a word where possible, with `…` when cut.
    package static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(max(1, limit - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            return cut[..<space].trimmingCharacters(in: .punctuationCharacters) + "…"
        }
        return cut + "…"
    }

    /// `text` in lines of at most `width` characters, at most `lines` lines (the last shortened).
    package static func lines(_ text: String, width: Int, lines maxLines: Int) -> [String] {
        var result: [String] = [], current = ""
        let words = text.split(separator: " ").map(String.init)
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.count <= width {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                current = shorten(word, to: width)
                index += 1
            }
            result.append(current)
            current = ""
            if result.count == maxLines { break }
        }
        if result.count < maxLines, !current.isEmpty { result.append(current) }
        if index < words.count || result.count > maxLines, let last = result.popLast() {
            let rest = ([last] + words[min(index, words.count)...]).joined(separator: " ")
            result.append(shorten(rest, to: width))
        }
        return Array(result.prefix(maxLines))
    }
}
