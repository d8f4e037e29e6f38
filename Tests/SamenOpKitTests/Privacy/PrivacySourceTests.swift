import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// A scenario whose title, summary and scene texts are the given values, located where a
/// loader would locate them (the value's first character, or a block scalar's indicator).
func privacyScenario(title: Located<String>, summary: Located<String>, texts: [Located<String>]) -> Scenario {
    let at = SourceLocation(file: "case.yaml", line: 1, column: 1)
    let scenes = texts.enumerated().map { n, text in
        Scene(
            id: "s\(n)", stage: Located(.melding, at: at), phase: nil, time: nil, role: nil, text: text, prompt: nil,
            reveal: [], choices: [], isEnd: true, outcome: nil, location: at)
    }
    return Scenario(
        file: "case.yaml", sha256: "", id: Located("case", at: at), title: title, language: .nl, summary: summary,
        kind: .pastCase, anonymised: Located(true, at: at), profiles: [], roles: [], variables: [],
        phaseBands: .standard, cards: [], start: Located("s0", at: at), reflection: [], scenes: scenes, location: at)
}

func located(_ value: String, _ line: Int, _ column: Int) -> Located<String> {
    Located(value, at: SourceLocation(file: "case.yaml", line: line, column: column))
}

@Suite("Privacy: positions in the file")
struct PrivacySourceTests {
    static let source = """
        format: samenop/1
        title: Casus mevrouw Jansen
        summary: "Een gezin met twee kinderen;
          moeder Sanne belt vaak."
        scenes:
          a:
            text: >
              Moeder belt om 23:40 vanaf 06
              12345678 en zegt dat Sanne
              bang is.
          b:
            text: |
              Melding 12-03-2015.
                BSN 123456782, zoon Daan.
              Sanne belt, later belt Sanne weer.
        # casus van de familie Bakker-de Vries, Dorpsstraat 12
        """

    static let scenario = privacyScenario(
        title: located("Casus mevrouw Jansen", 2, 8),
        summary: located("Een gezin met twee kinderen; moeder Sanne belt vaak.", 3, 10),
        texts: [
            located("Moeder belt om 23:40 vanaf 06 12345678 en zegt dat Sanne bang is.\n", 7, 11),
            located("Melding 12-03-2015.\n  BSN 123456782, zoon Daan.\nSanne belt, later belt Sanne weer.\n", 12, 11),
        ])

    @Test("each finding is at the identifier's line and column in plain, quoted, folded and literal scalars")
    func positions() {
        let found = PrivacyScanner.scan(Self.scenario, source: Self.source)
        #expect(found.map { "\($0.location?.description ?? "-") \($0.code)" } == [
            "case.yaml:2:22 SO107",  // plain: mevrouw Jansen
            "case.yaml:4:10 SO108",  // quoted, second line: Sanne
            "case.yaml:8:34 SO101",  // folded, broken over two lines: 06 12345678
            "case.yaml:9:28 SO108",  // folded: Sanne
            "case.yaml:13:15 SO106",  // literal: 12-03-2015
            "case.yaml:14:13 SO100",  // literal, more indented: BSN
            "case.yaml:14:29 SO108",  // Daan
            "case.yaml:15:7 SO108",  // Sanne, first of two on the line
            "case.yaml:15:30 SO108",  // Sanne, second
            "case.yaml:16:24 SO109",  // comment: Bakker
            "case.yaml:16:31 SO109",  // comment: de Vries
            "case.yaml:16:41 SO110",  // comment: Dorpsstraat 12
        ])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test("messages name the kind, mask the identifier and suggest a placeholder")
    func messages() throws {
        let found = PrivacyScanner.scan(Self.scenario, source: Self.source)
        let phone = try #require(found.first { $0.code == "SO101" })
        #expect(phone.message(in: .nl) == "telefoonnummer in de tekst: 06 ••••••78 (dit kan een gezin herkenbaar maken)")
        #expect(phone.hint(in: .nl) == "vervang het nummer door [telefoon]; 112 en 0800-nummers van organisaties mogen blijven")
        let bsn = try #require(found.first { $0.code == "SO100" })
        #expect(bsn.message == "citizen service number (BSN) in the text: 12•••••82 (this could identify a family)")
        #expect(bsn.hint == "replace the number with [BSN]")
    }

    @Test("the redacted file keeps every column and hides every identifier")
    func redacted() {
        let redacted = PrivacyScanner.redact(Self.scenario, source: Self.source)
        let lines = redacted.split(separator: "\n", omittingEmptySubsequences: false)
        let original = Self.source.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == original.count)
        #expect(zip(lines, original).allSatisfy { $0.unicodeScalars.count == $1.unicodeScalars.count })
        #expect(lines[1] == "title: Casus mevrouw J•••••")
        #expect(lines[7] == "      Moeder belt om 23:40 vanaf 06")
        #expect(lines[8] == "      ••••••78 en zegt dat S••••")
        #expect(lines[13] == "        BSN 12•••••82, zoon D•••.")
        for identifier in ["Jansen", "Sanne", "12345678", "123456782", "12-03-2015", "Daan", "Bakker", "Vries", "Dorpsstraat"] {
            #expect(!redacted.contains(identifier))
        }
    }

    @Test("a file that did not load is scanned line by line")
    func wholeFile() {
        let found = PrivacyScanner.scan(source: "title: [\nmevrouw Jansen 06-12345678", file: "broken.yaml")
        #expect(found.map { "\($0.location?.description ?? "-") \($0.code)" } == [
            "broken.yaml:2:9 SO107", "broken.yaml:2:16 SO101",
        ])
    }
}

extension PrivacySourceTests {
    @Test("an occurrence that is not a finding is skipped when placing a later one")
    func skipsNonFindings() {
        let source = "text: >\n  Bakker belde om 9 uur.\n  Toen kwam Bakker ook.\n"
        let scenario = privacyScenario(
            title: located("Titel", 1, 1), summary: located("Samenvatting", 1, 1),
            texts: [located("Bakker belde om 9 uur. Toen kwam Bakker ook.\n", 1, 7)])
        let found = PrivacyScanner.scan(scenario, source: source)
        #expect(found.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)" } == ["3:13 SO109"])
    }
}
