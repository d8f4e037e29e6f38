import Foundation
import SamenOpEngine
import SamenOpModel

/// Turns a played session into xAPI 1.0.3 statements: `launched` when it started, `answered`
/// for each decision that counts (undone ones are left out), and `completed` at its ending.
///
/// Pure: no clock, no network. Every statement id is a v5 UUID of the session id and the
/// event it stands for (``NameUUID``), so sending the same session again gives the same ids
/// and the learning record store keeps each once. Actors are pseudonymous (an account named
/// after the session); no participant name, note or vote reason is ever put in a statement.
public struct XAPIStatements: Sendable {
    public static let launched = "http://adlnet.gov/expapi/verbs/launched"
    public static let answered = "http://adlnet.gov/expapi/verbs/answered"
    public static let completed = "http://adlnet.gov/expapi/verbs/completed"
    public static let simulation = "http://adlnet.gov/expapi/activities/simulation"
    public static let interaction = "http://adlnet.gov/expapi/activities/cmi.interaction"

    /// The IRI all of samenop's activity, account and extension ids start with.
    public var base: String

    public init(base: String = "https://samenop.invalid/xapi") {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    /// The statements of `session`, in the order they happened.
    public func statements(for session: Session) -> [XAPIStatement] {
        let reflection = Reflection(session: session)
        let header = session.state.header
        let scenario = session.scenario
        let scenarioActivity = XAPIStatement.Activity(
            objectType: "Activity", id: "\(base)/scenarios/\(Self.segment(scenario.id.value))",
            definition: .init(name: [Self.tag(scenario.language.rawValue): scenario.title.value], type: Self.simulation))
        let actor = XAPIStatement.Actor(
            objectType: "Agent", account: .init(homePage: base, name: "session-\(header.id)"))
        var grouping: [XAPIStatement.Activity]? = nil
        if let group = header.group {
            grouping = [.init(objectType: "Activity", id: "\(base)/groups/\(Self.segment(group))", definition: nil)]
        }
        var contextExtensions: [String: ExtensionValue] = ["\(base)/extensions/mode": .string(header.mode.rawValue)]
        if let group = header.group { contextExtensions["\(base)/extensions/group"] = .string(group) }
        let context = { (parent: Bool) in
            XAPIStatement.Context(
                registration: NameUUID.v5(header.id).uuidString.lowercased(), platform: "samenop",
                language: Self.tag(scenario.language.rawValue),
                contextActivities: .init(parent: parent ? [scenarioActivity] : nil, grouping: grouping),
                extensions: contextExtensions)
        }

        var out: [XAPIStatement] = []
        out.append(XAPIStatement(
            id: NameUUID.v5("\(header.id)/launched").uuidString.lowercased(), actor: actor,
            verb: Self.verb(Self.launched, "launched", "gestart"), object: scenarioActivity, result: nil,
            context: context(false), timestamp: Self.timestamp(header.startedAt)))

        let sequences = Self.activeChooseSequences(session.state.events)
        for (step, sequence) in zip(reflection.steps, sequences) {
            var extensions: [String: ExtensionValue] = [
                "\(base)/extensions/step": .int(step.index),
                "\(base)/extensions/phase-verdict": .string(step.verdict.rawValue),
                "\(base)/extensions/core-questions": .ints(step.choice.kernvragen.map(\.value.rawValue)),
                "\(base)/extensions/stage": .string(step.stage.rawValue),
            ]
            if step.expertShown { extensions["\(base)/extensions/expert-agreement"] = .bool(step.choice.expert) }
            if let phase = step.choice.phase?.value { extensions["\(base)/extensions/phase"] = .string(phase.rawValue) }
            if !step.choice.pitfalls.isEmpty {
                extensions["\(base)/extensions/pitfalls"] = .strings(step.choice.pitfalls.map(\.value.rawValue))
            }
            let scene = XAPIStatement.Activity(
                objectType: "Activity",
                id: "\(scenarioActivity.id)/scenes/\(Self.segment(step.scene.id))",
                definition: .init(name: nil, type: Self.interaction))
            out.append(XAPIStatement(
                id: NameUUID.v5("\(header.id)/\(sequence)").uuidString.lowercased(), actor: actor,
                verb: Self.verb(Self.answered, "answered", "beantwoord"), object: scene,
                result: .init(
                    response: String(step.choice.number), success: step.expertShown ? step.choice.expert : nil,
                    completion: nil, duration: Self.duration(ms: step.decisionMs), extensions: extensions),
                context: context(true), timestamp: Self.timestamp(step.chosenAt)))
        }

        if let finished = reflection.finishedAt {
            var extensions: [String: ExtensionValue] = [
                "\(base)/extensions/core-questions-covered": .ints(reflection.kernvragen.covered.map(\.rawValue)),
                "\(base)/extensions/expert-matched": .int(reflection.expert.matched),
                "\(base)/extensions/expert-decisions": .int(reflection.expert.decisions),
                "\(base)/extensions/phase-skips": .int(reflection.phase.ahead),
            ]
            if let ending = reflection.ending { extensions["\(base)/extensions/ending"] = .string(ending.id) }
            out.append(XAPIStatement(
                id: NameUUID.v5("\(header.id)/completed").uuidString.lowercased(), actor: actor,
                verb: Self.verb(Self.completed, "completed", "afgerond"), object: scenarioActivity,
                result: .init(response: nil, success: nil, completion: true,
                              duration: Self.duration(ms: Int(finished.timeIntervalSince(header.startedAt) * 1000)),
                              extensions: extensions),
                context: context(false), timestamp: Self.timestamp(finished)))
        }
        return out
    }

    /// The event index of each `choose` that still counts (not taken back by a later `undo`),
    /// in order: what makes an `answered` statement's id stable.
    static func activeChooseSequences(_ events: [SessionEvent]) -> [Int] {
        var stack: [Int] = []
        for (i, event) in events.enumerated() {
            switch event {
            case .choose: stack.append(i)
            case .undo: if !stack.isEmpty { stack.removeLast() }
            default: break
            }
        }
        return stack
    }

    static func verb(_ id: String, _ en: String, _ nl: String) -> XAPIStatement.Verb {
        XAPIStatement.Verb(id: id, display: ["en-US": en, "nl-NL": nl])
    }

    /// A language tag for a scenario language code (`nl` -> `nl-NL`, `en` -> `en-US`).
    static func tag(_ code: String) -> String {
        switch code {
        case "nl": "nl-NL"
        case "en": "en-US"
        default: code
        }
    }

    /// `text` as one path segment of an IRI.
    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    static func duration(ms: Int) -> String {
        let ms = max(ms, 0)
        return ms % 1000 == 0 ? "PT\(ms / 1000)S" : String(format: "PT%d.%02dS", ms / 1000, (ms % 1000) / 10)
    }

    /// `statements` as one JSON array (for `--output` and for a POST to the store).
    public static func json(_ statements: [XAPIStatement], pretty: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(statements)) ?? Data("[]".utf8)
    }
}
