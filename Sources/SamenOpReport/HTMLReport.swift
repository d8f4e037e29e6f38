import SamenOpEngine
import SamenOpModel
import SamenOpText
/// Renders a reflection as one self-contained HTML file that prints well on A4.
///
/// Everything is inline (CSS and SVG, no scripts, no external fonts or images), so the file
/// can be mailed, archived or opened offline; all scenario text is escaped.
public enum HTMLReport {
    /// The report as an HTML document, ending in a newline.
    public static func render(_ r: Reflection, localizer l: Localizer) -> String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(l.language.rawValue)\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(esc(l(.reportTitle, r.scenario.title.value)))</title>")
        out.append("<style>\n\(style)</style>")
        out.append("</head>")
        out.append("<body>")
        header(r, l, &out)
        happened(r, l, &out)
        mirror(r, l, &out)
        otherChoices(r, l, &out)
        questions(r, l, &out)
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Escapes text for HTML content and attribute values.
    static func esc(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// `&`, `<`, `>`, `"` and `'`.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// Escaped text with paragraphs kept (blank lines) and single line breaks as `<br>`.
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { "<p>" + esc($0).replacingOccurrences(of: "\n", with: "<br>") + "</p>" }
            .joined(separator: "\n")
    }

    static func header(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("<header>")
        out.append("<h1>\(esc(l(.reportTitle, r.scenario.title.value)))</h1>")
        out.append("<dl class=\"meta\">")
        out.append("<dt>\(esc(l(.reportScenario)))</dt><dd><code>\(esc(r.scenario.id.value))</code> (\(r.scenario.language.rawValue), sha256 <code>\(esc(String(r.scenario.sha256.prefix(12))))</code>)</dd>")
        out.append("<dt>\(esc(l(.reportSession)))</dt><dd><code>\(esc(r.header.id))</code> · \(esc(l(.reportMode))): \(esc(l.label(r.header.mode)))</dd>")
        let finished = r.finishedAt.map { "\(l(.reportFinished)): \(ReportDate.readable($0))" } ?? l(.reportUnfinished)
        out.append("<dt>\(esc(l(.reportStarted)))</dt><dd>\(esc(ReportDate.readable(r.header.startedAt))) · \(esc(finished))</dd>")
        if !r.participants.isEmpty {
            let people = r.participants.map { l(.teamParticipant, $0.name, l.roleName($0.role, in: r.scenario)) }
            out.append("<dt>\(esc(l(.reportParticipants)))</dt><dd>\(esc(people.joined(separator: ", ")))</dd>")
        }
        out.append("</dl>")
        out.append("<p class=\"notice\">\(esc(l(.reportNotice)))</p>")
        if r.header.acceptedPrivacyRisk {
            out.append("<p class=\"privacy\"><strong>\(esc(l(.reportPrivacy)))</strong></p>")
        }
        out.append("</header>")
    }

    static func happened(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("<section id=\"happened\">")
        out.append("<h2>\(esc(l(.reportPart1)))</h2>")
        if r.record.isEmpty { out.append("<p>\(esc(l(.reportNoSteps)))</p>") }
        out.append("<ol class=\"timeline\">")
        for step in r.record {
            let classes = "step v-\(step.verdict.rawValue)" + (step.undone ? " undone" : "")
            out.append("<li class=\"\(classes)\">")
            var title = l.stepTitle(step.index, step.scene, stage: step.stage)
            if step.undone { title += " (\(l(.reportUndone)))" }
            out.append("<h3>\(esc(title))</h3>")
            out.append("<p class=\"scene\">\(esc(ReportText.summary(step.scene.text.value)))</p>")
            out.append("<p class=\"chosen\"><strong>\(esc(l(.reportChosen)))</strong> (\(esc(l(.reportOption, step.shown)))): \(esc(ReportText.oneLine(step.choice.text.value)))</p>")
            if !step.votes.isEmpty {
                out.append("<div class=\"votes\"><strong>\(esc(l(.reportVotes)))</strong><ul>")
                for vote in step.votes {
                    var line = esc(l.vote(vote, at: step, in: r.scenario))
                    if let reason = vote.reason { line += ": <q>\(esc(ReportText.oneLine(reason)))</q>" }
                    if vote.replaced { line = "<s>\(line)</s> (\(esc(l(.reportReplaced))))" }
                    out.append("<li>\(line)</li>")
                }
                out.append("</ul>")
                if step.dissent { out.append("<p class=\"dissent\">\(esc(l(.reportDissent)))</p>") }
                out.append("</div>")
            }
            if !step.notes.isEmpty {
                out.append("<div class=\"notes\"><strong>\(esc(l(.reportNotes)))</strong><ul>")
                out += step.notes.map { "<li>\(esc($0))</li>" }
                out.append("</ul></div>")
            }
            if let feedback = step.choice.feedback?.value {
                out.append("<p class=\"feedback\"><strong>\(esc(l(.reportFeedback)))</strong>: \(esc(ReportText.oneLine(feedback)))</p>")
            }
            if let actual = step.actualChoice, step.matchesActual != nil {
                out.append("<p class=\"then\"><strong>\(esc(l(.reportActualThen)))</strong> (\(esc(l.option(actual, at: step)))): \(esc(ReportText.oneLine(actual.text.value)))</p>")
            }
            out.append("<p class=\"facts\">\(esc(l(.reportSafety))): \(step.safetyBefore) → \(step.safetyAfter) · \(esc(l(.reportDecisionTime))): \(esc(l.decisionTime(step))) · \(esc(l.phasePair(step)))</p>")
            out.append("</li>")
        }
        out.append("</ol>")
        if let ending = r.ending {
            out.append("<div class=\"ending\">")
            out.append("<h3>\(esc(l(.reportEnding))) · \(esc(l.label(ending.stage.value)))</h3>")
            out.append(paragraphs(ending.text.value))
            if let outcome = ending.outcome?.value {
                out.append("<p><strong>\(esc(l(.reportOutcome)))</strong>: \(esc(ReportText.oneLine(outcome)))</p>")
            }
            out.append("</div>")
        } else {
            out.append("<p class=\"stopped\">\(esc(l.stopped(r)))</p>")
            if !r.pendingNotes.isEmpty {
                out.append("<div class=\"notes\"><strong>\(esc(l(.reportPendingNotes, r.steps.count + 1)))</strong><ul>")
                out += r.pendingNotes.map { "<li>\(esc($0))</li>" }
                out.append("</ul></div>")
            }
        }
        out.append("</section>")
    }

    static func otherChoices(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("<section id=\"other\">")
        out.append("<h2>\(esc(l(.reportPart3)))</h2>")
        let steps = r.stepsWithExpertAlternatives
        if steps.isEmpty {
            out.append("<p>\(esc(r.expert.decisions == 0 ? l(.reportExpertNone) : l(.reportOtherNone)))</p>")
        } else {
            out.append("<p>\(esc(l(.reportOtherIntro)))</p>")
        }
        for step in steps {
            out.append("<div class=\"alt\">")
            out.append("<h3>\(esc(l.stepTitle(step.index, step.scene, stage: step.stage)))</h3>")
            out.append("<p><strong>\(esc(l(.reportChosen)))</strong> (\(esc(l(.reportOption, step.shown)))): \(esc(ReportText.oneLine(step.choice.text.value)))</p>")
            out.append("<ul>")
            for option in step.expertAlternatives {
                out.append("<li><strong>\(esc(l(.reportOtherExpert)))</strong> (\(esc(l.option(option, at: step)))): \(esc(ReportText.oneLine(option.text.value)))")
                if let feedback = option.feedback?.value {
                    out.append("<br><em>\(esc(l(.reportFeedback)))</em>: \(esc(ReportText.oneLine(feedback)))")
                }
                out.append("<br><em>\(esc(l(.reportOtherWouldShow)))</em>: \(esc(l.wouldShow(option)))</li>")
            }
            out.append("</ul>")
            out.append("</div>")
        }
        out.append("</section>")
    }

    static func questions(_ r: Reflection, _ l: Localizer, _ out: inout [String]) {
        out.append("<section id=\"questions\">")
        out.append("<h2>\(esc(l(.reportPart4)))</h2>")
        if let thenNow = ThenNowText(r, l) {
            out.append("<h3>\(esc(l(.reviewThenNowTitle)))</h3>")
            out.append("<p>\(esc(thenNow.intro))</p>")
            if !thenNow.steps.isEmpty {
                out.append("<ol class=\"then-now\">")
                out += thenNow.steps.map { "<li>\(esc($0))</li>" }
                out.append("</ol>")
            }
        }
        if !r.scenario.reflection.isEmpty {
            out.append("<h3>\(esc(l(.reportReflectionOwn)))</h3>")
            out.append("<ol>")
            out += r.scenario.reflection.map { "<li>\(esc(ReportText.oneLine($0.value)))</li>" }
            out.append("</ol>")
        }
        out.append("<h3>\(esc(l(.reportReflectionCycle)))</h3>")
        out.append("<ol>")
        out += l.cycleQuestions.map { "<li>\(esc($0))</li>" }
        out.append("</ol>")
        out.append("</section>")
    }
}
