import SamenOpEngine
import SamenOpModel
import SamenOpText

/// The printable proofing copy of a scenario (`samenop proof`), for review by experts from
/// other organisations who do not read YAML, as Twine's proofing formats give a story.
///
/// Every scene in story order (breadth-first from `start`, options in authored order, then any
/// scene no option reaches) with its stage, phase, time, role and text; every option with its
/// tags, condition, feedback, effects and where it leads (a link); every card with its role;
/// and the map. One self-contained HTML file; prints on A4 (the map on a landscape page).
public enum ProofCopy {
    public static func html(_ scenario: Scenario, language: Language? = nil) -> String {
        let language = language ?? scenario.language
        let l = Localizer(language)
        let map = ScenarioMap(scenario)
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(e(l(.reportProofTitle, scenario.title.value)))</title>\n<style>\n\(MapStyle.page)\(MapStyle.map)\(style)</style>\n</head>\n<body>\n"
        out += "<h1>\(e(l(.reportProofTitle, scenario.title.value)))</h1>\n"
        let options = scenario.scenes.reduce(0) { $0 + $1.choices.count }
        out += "<p class=\"meta\"><code>\(e(scenario.id.value))</code> · \(e(l.count(scenario.scenes.count, .reportMapCounts, scenario.scenes.count, options)))"
        out += " · \(e(l(.reportProofCardCount, scenario.cards.count))) · sha256 <code>\(scenario.sha256.prefix(12))</code></p>\n"
        out += "<p class=\"summary\">\(e(scenario.summary.value))</p>\n"
        out += roles(scenario, l) + variables(scenario, l) + cards(scenario, l)
        out += "<section class=\"scenes\">\n<h2>\(e(l(.reportProofScenes)))</h2>\n"
        let (ordered, reachable) = storyOrder(scenario)
        for scene in ordered {
            out += self.scene(scene, reachable: reachable.contains(scene.id), scenario, l)
        }
        out += "</section>\n"
        out += "<section class=\"map-section\">\n<h2>\(e(l(.reportMapHeading)))</h2>\n<figure class=\"map\">\n\(SVGWriter.write(map, l))</figure>\n</section>\n"
        return out + "</body>\n</html>\n"
    }

    /// Scenes breadth-first from `start`, then those no path reaches (in file order).
    static func storyOrder(_ scenario: Scenario) -> (scenes: [Scene], reachable: Set<String>) {
        var seen: Set<String> = [scenario.start.value], queue = [scenario.start.value], order: [String] = []
        while !queue.isEmpty {
            let id = queue.removeFirst()
            guard let scene = scenario.scene(id) else { continue }
            order.append(id)
            for choice in scene.choices where !seen.contains(choice.goto.value) {
                seen.insert(choice.goto.value)
                queue.append(choice.goto.value)
            }
        }
        let reachable = Set(order)
        let rest = scenario.scenes.map(\.id).filter { !reachable.contains($0) }
        return ((order + rest).compactMap { scenario.scene($0) }, reachable)
    }

    private static func roles(_ scenario: Scenario, _ l: Localizer) -> String {
        guard !scenario.roles.isEmpty else { return "" }
        var out = "<h2>\(e(l(.reportProofRoles)))</h2>\n<dl class=\"roles\">\n"
        for role in scenario.roles {
            out += "<dt>\(e(role.name.value)) <code>\(e(role.id))</code></dt><dd>\(e(role.description?.value ?? ""))</dd>\n"
        }
        return out + "</dl>\n"
    }

    private static func variables(_ scenario: Scenario, _ l: Localizer) -> String {
        guard !scenario.variables.isEmpty else { return "" }
        let items = scenario.variables.map { "<code>\(e($0.name)) = \(e($0.initial.description))</code>" }
        return "<p><strong>\(e(l(.reportProofVariables)))</strong> \(items.joined(separator: " · "))</p>\n"
    }

    private static func cards(_ scenario: Scenario, _ l: Localizer) -> String {
        guard !scenario.cards.isEmpty else { return "" }
        var out = "<h2>\(e(l(.reportProofCards)))</h2>\n"
        for card in scenario.cards {
            let role = card.role.map { scenario.role($0.value)?.name.value ?? $0.value }
            out += "<div class=\"card\" id=\"card-\(e(card.id))\"><h3>\(e(card.title.value)) <code>\(e(card.id))</code></h3>\n"
            out += "<p class=\"tags\">\(e(role.map { l(.reportProofCardRole, $0) } ?? l(.reportProofCardEveryone)))"
            if let source = card.source?.value { out += " · \(e(l(.reportProofSource, source)))" }
            out += "</p>\n<p>\(e(card.text.value))</p></div>\n"
        }
        return out
    }

    private static func scene(_ scene: Scene, reachable: Bool, _ scenario: Scenario, _ l: Localizer) -> String {
        var out = "<article class=\"scene\(scene.isEnd ? " ending" : "")\" id=\"scene-\(e(scene.id))\">\n"
        out += "<h3><code>\(e(scene.id))</code>\(scene.id == scenario.start.value ? " · " + e(l(.reportMapStart)) : "")</h3>\n"
        var tags = [l(.reportProofStage, l.label(scene.stage.value)),
                    scene.phase.map { l(.reportProofPhase, l.label($0.value)) } ?? l(.reportProofPhaseFollows)]
        if let time = scene.time?.value { tags.append(l(.reportProofTime, time)) }
        if let role = scene.role?.value { tags.append(l(.reportProofRole, scenario.role(role)?.name.value ?? role)) }
        if !reachable { tags.append(l(.reportProofUnreachable)) }
        out += "<p class=\"tags\">\(tags.map(e).joined(separator: " · "))</p>\n"
        out += "<p class=\"text\">\(e(scene.text.value))</p>\n"
        if !scene.reveal.isEmpty { out += "<p class=\"tags\">\(e(l(.reportProofReveals, cardList(scene.reveal, scenario))))</p>\n" }
        if let outcome = scene.outcome?.value {
            out += "<p class=\"outcome\"><strong>\(e(l(.reportProofOutcome)))</strong> \(e(outcome))</p>\n"
        }
        if let prompt = scene.prompt?.value { out += "<p class=\"prompt\">\(e(prompt))</p>\n" }
        if !scene.choices.isEmpty {
            out += "<ol class=\"options\">\n"
            for choice in scene.choices { out += option(choice, scenario, l) }
            out += "</ol>\n"
        }
        return out + "</article>\n"
    }

    private static func option(_ choice: Choice, _ scenario: Scenario, _ l: Localizer) -> String {
        var out = "<li value=\"\(choice.number)\" class=\"option\(choice.expert ? " expert" : "")\"><p class=\"option-text\">\(e(choice.text.value))</p>\n"
        var tags: [String] = []
        if choice.expert { tags.append(l(.reportProofExpert)) }
        if choice.isActual { tags.append(l(.reportProofActual)) }
        if let phase = choice.phase?.value { tags.append(l(.reportProofPhase, l.label(phase))) }
        if !choice.kernvragen.isEmpty {
            tags.append(l(.reportProofCoreQuestions, choice.kernvragen.map { "\($0.value.rawValue). \(l.label($0.value))" }.joined(separator: "; ")))
        }
        if !choice.elements.isEmpty { tags.append(l(.reportProofElements, choice.elements.map { l.label($0.value) }.joined(separator: "; "))) }
        if !choice.pitfalls.isEmpty { tags.append(l(.reportProofPitfalls, choice.pitfalls.map { l.label($0.value) }.joined(separator: "; "))) }
        if !tags.isEmpty { out += "<p class=\"tags\">\(tags.map(e).joined(separator: " · "))</p>\n" }
        if let condition = choice.condition { out += "<p class=\"tags\">\(e(l(.reportProofCondition, condition.source)))</p>\n" }
        if let feedback = choice.feedback?.value {
            out += "<p class=\"feedback\"><strong>\(e(l(.reportProofFeedback)))</strong> \(e(feedback))</p>\n"
        }
        let effects = choice.set.map { "\($0.variable) = \($0.value)" }
            + choice.add.map { a in "\(a.variable) \((a.value.intValue ?? 0) < 0 ? "−" : "+") \(abs(a.value.intValue ?? 0))" }
        var after: [String] = []
        if !effects.isEmpty { after.append(l(.reportProofEffects, effects.joined(separator: ", "))) }
        if !choice.reveal.isEmpty { after.append(l(.reportProofReveals, cardList(choice.reveal, scenario))) }
        out += "<p class=\"tags\">\(after.map(e).joined(separator: " · "))\(after.isEmpty ? "" : " · ")"
        out += "\(e(l(.reportProofLeadsTo))) <a href=\"#scene-\(e(choice.goto.value))\"><code>\(e(choice.goto.value))</code></a></p></li>\n"
        return out
    }

    private static func cardList(_ ids: [Located<String>], _ scenario: Scenario) -> String {
        ids.map { scenario.card($0.value)?.title.value ?? $0.value }.joined(separator: "; ")
    }

    private static func e(_ text: String) -> String { text.htmlEscaped }

    static let style = """
    @page { size: A4; margin: 15mm; }
    .summary { font-style: italic; } .card, article.scene { break-inside: avoid; }
    .card { border-left: 3px solid #bbb; padding-left: .8em; margin: .6em 0; } .card h3 { margin: 0; }
    article.scene { border-top: 1px solid #ddd; padding-top: .3em; } article.ending h3 { color: #3d5a3d; }
    .tags { color: #555; font-size: .88em; margin: .2em 0; } .prompt { font-weight: bold; }
    ol.options li { margin-bottom: .5em; } ol.options li.expert .option-text { font-weight: bold; }
    .option-text { margin: 0; } .feedback { margin: .2em 0; font-size: .93em; } .outcome { background: #f3f3ee; padding: .3em .5em; }
    a { color: inherit; } @media print { body { max-width: none; margin: 0; } h2 { break-after: avoid; } }

    """
}
