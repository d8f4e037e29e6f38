import Foundation
import SamenOpScript
import SamenOpModel
import SamenOpText

/// The privacy check of a whole scenario: every text and id, then every other line, each
/// finding placed at its line and column in the file.
extension PrivacyScanner {
    /// A finding placed in a scenario file.
    struct Placed: Hashable {
        var kind: PrivacyKind
        var masked: String
        var location: SourceLocation
        /// Offsets (Unicode scalars) of the identifier's characters in the file.
        var positions: [Int]
        var visible: [Bool]
    }

    /// Every privacy finding in `scenario` as an error at the identifier's line and column,
    /// sorted by position. `source` is the text of the file the scenario was loaded from.
    public static func scan(_ scenario: Scenario, source: String) -> [Diagnostic] {
        place(scenario, source: source).map { diagnostic($0.kind, masked: $0.masked, at: $0.location) }
    }

    /// The privacy findings of a loaded scenario, reading its file again for exact positions
    /// (for commands that refuse a past case with findings). When the file cannot be read,
    /// each finding is placed at the start of the text that holds it.
    public static func scan(_ scenario: Scenario) -> [Diagnostic] {
        let source = FileManager.default.contents(atPath: scenario.file).map { String(decoding: $0, as: UTF8.self) }
        return scan(scenario, source: source ?? "")
    }

    /// The file's text with every identifier the check finds masked in place, so that a
    /// diagnostic printer can echo source lines without repeating them (columns are kept).
    public static func redact(_ scenario: Scenario, source: String) -> String {
        redact(place(scenario, source: source), source: PrivacySource(source))
    }

    /// The whole-file check, for files that did not load: every line is scanned as text.
    public static func scan(source: String, file: String) -> [Diagnostic] {
        placeLines(PrivacySource(source), file: file)
            .map { diagnostic($0.kind, masked: $0.masked, at: $0.location) }
    }

    /// The error for one finding, in Dutch and English (``Diagnostic/message(in:)``).
    public static func diagnostic(_ kind: PrivacyKind, masked: String, at location: SourceLocation?) -> Diagnostic {
        .error(
            kind.code, at: location, .key(.privacyFound, LocalizedMessage.key(TextKey("privacy.kind.\(kind.rawValue)")), masked),
            hint: .key(TextKey("privacy.hint.\(kind.rawValue)"), kind.placeholder))
    }

    private static func redact(_ placed: [Placed], source: PrivacySource) -> String {
        var hidden = Set<Int>()
        for finding in placed {
            for (position, visible) in zip(finding.positions, finding.visible) where !visible {
                let scalar = source.scalars[position]
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hidden.insert(position) }
            }
        }
        return source.masking(hidden)
    }

    /// The scenario's texts: everything a trainee or a report can show.
    static func texts(of scenario: Scenario) -> [Located<String>] {
        var texts = [scenario.title, scenario.summary]
        for role in scenario.roles {
            texts.append(role.name)
            if let description = role.description { texts.append(description) }
        }
        for card in scenario.cards {
            texts += [card.title, card.text]
            if let source = card.source { texts.append(source) }
        }
        texts += scenario.reflection
        for scene in scenario.scenes {
            texts += [scene.time, scene.prompt, scene.outcome].compactMap { $0 }
            texts.append(scene.text)
            for choice in scene.choices {
                texts.append(choice.text)
                if let feedback = choice.feedback { texts.append(feedback) }
            }
        }
        return texts
    }

    static func place(_ scenario: Scenario, source text: String) -> [Placed] {
        let source = PrivacySource(text)
        var placed: [Placed] = []
        var spans: [ClosedRange<Int>] = []
        for value in texts(of: scenario) {
            let start = source.offset(line: value.location.line, column: value.location.column)
            if let span = source.span(of: value.value, from: start) { spans.append(span) }
            let findings = scan(text: value.value)
            for (finding, located) in zip(findings, source.locate(findings, in: value.value, from: start)) {
                let positions = located ?? []
                var location = value.location
                if let first = positions.first {
                    let (line, column) = source.position(of: first)
                    location = SourceLocation(file: scenario.file, line: line, column: column)
                }
                let identifier = positions.map { Character(source.scalars[$0]) }
                placed.append(Placed(
                    kind: finding.kind, masked: finding.masked, location: location, positions: positions,
                    visible: PrivacyMask.visibility(of: identifier, kind: finding.kind)))
            }
        }
        // Every line on its own as well: comments, `x-` keys and mistyped keys hold text that
        // no scenario field holds, and their lines are echoed under other diagnostics. Inside
        // a scenario text the text's own scan decides (it sees sentences across line breaks,
        // such as `het Emma` + `Kinderziekenhuis` on the next line).
        placed += placeIDs(scenario, source: source)
        var inText = [Bool](repeating: false, count: source.scalars.count)
        for span in spans {
            for i in span { inText[i] = true }
        }
        let covered = Set(placed.flatMap(\.positions))
        placed += placeLines(source, file: scenario.file, skipping: inText).filter { line in
            !line.positions.contains(where: covered.contains)
        }
        return placed
            .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    /// Findings in the file's lines, each line scanned as text on its own; the parts of lines
    /// marked in `skipping` (scenario texts, already scanned whole) are left out.
    static func placeLines(_ source: PrivacySource, file: String, skipping: [Bool] = []) -> [Placed] {
        var placed: [Placed] = []
        for (n, lineStart) in source.lineStarts.enumerated() {
            let lineEnd = n + 1 < source.lineStarts.count ? source.lineStarts[n + 1] : source.scalars.count
            var runStart = lineStart
            while runStart < lineEnd {
                if runStart < skipping.count, skipping[runStart] {
                    runStart += 1
                    continue
                }
                var runEnd = runStart
                while runEnd < lineEnd, !(runEnd < skipping.count && skipping[runEnd]) { runEnd += 1 }
                placed += placeRun(source, runStart..<runEnd, line: n + 1, lineStart: lineStart, file: file)
                runStart = runEnd
            }
        }
        return placed
    }

    /// Findings in one stretch of a line.
    private static func placeRun(_ source: PrivacySource, _ run: Range<Int>, line: Int, lineStart: Int, file: String) -> [Placed] {
        guard source.scalars[run].contains(where: { !$0.properties.isWhitespace }) else { return [] }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: source.scalars[run])
        let text = String(view)
        return scan(text: text).map { finding in
            let offset = run.lowerBound + text.unicodeScalars.distance(from: text.startIndex, to: finding.range.lowerBound)
            let positions = Array(offset..<offset + text[finding.range].unicodeScalars.count)
            let identifier = positions.map { Character(source.scalars[$0]) }
            return Placed(
                kind: finding.kind, masked: finding.masked,
                location: SourceLocation(file: file, line: line, column: offset - lineStart + 1),
                positions: positions, visible: PrivacyMask.visibility(of: identifier, kind: finding.kind))
        }
    }

    /// The privacy findings of a loaded file, and its text with the identifiers masked.
    ///
    /// A file that loaded is scanned text by text; a file that did not load (a YAML error)
    /// is scanned line by line, so a broken file is still checked.
    public static func check(_ result: LoadResult, source: String) -> PrivacyCheck {
        let src = PrivacySource(source)
        let placed: [Placed]
        if let scenario = result.scenario {
            placed = place(scenario, source: source)
        } else {
            placed = placeLines(src, file: result.file)
        }
        return PrivacyCheck(
            diagnostics: placed.map { diagnostic($0.kind, masked: $0.masked, at: $0.location) },
            redactedSource: redact(placed, source: src))
    }

    /// Loads the scenario file at `path` and returns its privacy findings only (its load
    /// errors are the loader's to report); an unreadable file has none.
    public static func scan(path: String) -> [Diagnostic] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let source = String(decoding: data, as: UTF8.self)
        return check(ScenarioLoader.load(data: data, file: path), source: source).diagnostics
    }
}

/// The outcome of the privacy check of one file.
public struct PrivacyCheck: Sendable, Hashable {
    /// One error per finding, in file order.
    public var diagnostics: [Diagnostic]
    /// The file's text with every identifier found masked in place (same lines and columns),
    /// for echoing source lines under diagnostics.
    public var redactedSource: String
}
