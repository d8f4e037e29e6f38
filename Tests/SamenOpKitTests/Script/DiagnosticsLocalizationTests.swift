import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

/// Every diagnostic is available in Dutch and English through the one localisation table.
@Suite("DiagnosticsLocalization")
struct DiagnosticsLocalizationTests {
    /// The `diag.*` keys whose constants (`.diagSO022Scene`) are used in SamenOpScript.
    static func keysInSources() throws -> Set<String> {
        var text = ""
        for folder in ["Sources/SamenOpScript", "Sources/SamenOpScript/Validation"] {
            let url = DiagnosticsDocTests.root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") {
                text += try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            }
        }
        let used = Set(text.matches(of: /\.(diag[A-Z0-9][A-Za-z0-9]*)/).map { String($0.output.1) })
        return Set(Strings.table.keys.filter { $0.hasPrefix("diag.") && used.contains(constantName($0)) })
    }

    /// The generated constant's name for a key (scripts/generate-text-keys): `diag.SO022.scene` -> `diagSO022Scene`.
    static func constantName(_ key: String) -> String {
        let parts = key.split(whereSeparator: { ".-_".contains($0) }).map(String.init)
        return parts[0] + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The `{n}` placeholders of a text, sorted.
    static func placeholders(_ text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "\\{[0-9]+\\}")
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range, in: text).map { String(text[$0]) } }.sorted()
    }

    @Test("every diagnostic key in the sources has a Dutch and an English text with the same placeholders, and no key is unused")
    func tableIsComplete() throws {
        let used = try Self.keysInSources()
        #expect(used.count > 150)
        let table = Strings.table.filter { $0.key.hasPrefix("diag.") }
        #expect(used.subtracting(table.keys).sorted() == [])
        #expect(Set(table.keys).subtracting(used).sorted() == [])
        for (key, text) in table {
            #expect(!text.nl.isEmpty && !text.en.isEmpty, "\(key)")
            #expect(Self.placeholders(text.nl) == Self.placeholders(text.en), "\(key)")
            // Only a quoted YAML key reads the same in both languages.
            if key != "diag.what.quoted" { #expect(text.nl != text.en, "\(key) is not translated") }
        }
    }

    /// Broken files that between them give every code the loader finds in a file's text.
    static var corpus: [(file: String, yaml: String)] {
        func condition(_ source: String) -> String {
            Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: '\(source.replacingOccurrences(of: "'", with: "''"))'")
        }
        func phases(_ text: String) -> String { Fixture.replacing("start: begin", with: "phases:\n\(text)start: begin") }
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let yamls = [
            Fixture.replacing("title: Test", with: "title: Test: oops"),
            "a: *nowhere\n",
            "a: [b\n",
            Fixture.replacing("    text: Het plan.\n", with: "    text: Het plan.\n    stage: opvolgen\n"),
            "format: " + String(repeating: "[", count: 2_000) + "\n",
            bomb,
            "",
            "format: samenop/1\n" + (0..<1_100).map { "k\($0): v\n" }.joined(),
            Fixture.replacing("    stage: melding", with: "    stgae: melding"),
            Fixture.replacing("        goto: plan\n        expert", with: "        goto: plan\n        weight: 3\n        expert"),
            Fixture.replacing("stage: melding", with: "stage: [melding]"),
            Fixture.replacing("        expert: true", with: "        expert: ja"),
            Fixture.replacing("reveal: [mutatie]", with: "reveal: mutatie"),
            Fixture.replacing("add: {veiligheid: 3}", with: "add: {veiligheid: veel}"),
            Fixture.replacing("  veiligheid: 2", with: "  veiligheid: [2]"),
            Fixture.replacing("title: Test", with: "title:"),
            "- a\n- b\n",
            "? [a]\n: b\n",
            Fixture.replacing("roles:\n  politie:", with: "roles:\n  [politie]:"),
            Fixture.replacing("cards:\n", with: "cards: [x]\nx-cards:\n"),
            Fixture.replacing("      - text: Alleen gaan\n        goto: plan\n", with: "      - Alleen gaan\n      - goto: plan\n"),
            Fixture.replacing("  gesproken", with: "\tgesproken"),
            "a:\n  b: 1\n c: 2\n",
            "x: {a: 1, a: 2}\n",
            Fixture.replacing("stage: melding", with: "stage: {a: 1}"),
            Fixture.replacing("reveal: [mutatie]", with: "reveal:"),
            Fixture.replacing("    title: Mutatie", with: "    titel: Mutatie"),
            Fixture.replacing("    name: Politie", with: "    naam: Politie"),
            Fixture.replacing("add: {veiligheid: 3}", with: "set: [a]"),
            Fixture.replacing("samenop/1", with: "samenop/2"),
            Fixture.replacing("  plan:\n", with: "  Plan:\n").replacingOccurrences(of: "goto: plan", with: "goto: Plan"),
            Fixture.replacing("  mutatie:", with: "  2mutatie:").replacingOccurrences(of: "[mutatie]", with: "[2mutatie]"),
            Fixture.replacing("  politie:", with: "  Politie:").replacingOccurrences(of: "role: politie", with: "role: Politie"),
            Fixture.replacing("  status: open", with: "  status-2: open"),
            Fixture.replacing("stage: melding", with: "stage: erop_af"),
            Fixture.replacing("language: nl", with: "language: de\nkind: pastcase\nprofiles: [intiem-terror]"),
            Fixture.replacing("        expert: true", with: "        expert: true\n        kernvragen: [1, 6]\n        elements: [samen_op]\n        pitfalls: [incidentfocus]\n        phase: acuutt"),
            phases("  herstel: [9]\n"),
            phases("  acuut: [2, 0]\n"),
            phases("  acuut: [0, 0]\n"),
            phases("  acuut: [0, 3]\n"),
            phases("  herstel: [8, 9]\n"),
            condition("veiligheid >= 2 && !gesproken"),
            condition("veiligheid ="),
            condition("veiligheid >= 2 and"),
            condition("veiligheid >= 2 gesproken"),
            condition("veiligheid >= 2 and or"),
            condition("(veiligheid > 1"),
            condition("1 < veiligheid < 3"),
            condition("status == \"open"),
            condition("status == 'open'"),
            condition("visited(begin"),
            condition("revealed(mutatie"),
            condition("visited()"),
            condition("revealed()"),
            condition("2abc > 1"),
            condition("99999999999999999999 > 1"),
            condition(String(repeating: "not ", count: 70) + "gesproken"),
            condition("veiligheidd > 1"),
            condition("onbekend > 1"),
            condition(""),
            condition("visited(bgin)"),
            condition("revealed(mutatei)"),
            condition("veiligheid == true"),
            condition("not veiligheid"),
            condition("veiligheid and gesproken"),
            condition("gesproken or status"),
            condition("status < 3"),
            condition("2 > status"),
            condition("veiligheid + 1"),
            condition("status"),
            Fixture.replacing("goto: plan", with: "goto: plna"),
            Fixture.replacing("start: begin", with: "start: bgin"),
            Fixture.replacing("start: begin", with: "start: elders"),
            String(Fixture.valid[..<Fixture.valid.range(of: "scenes:\n")!.lowerBound]) + "scenes: {}\n",
            Fixture.replacing("reveal: [mutatie]", with: "reveal: [zzz]"),
            Fixture.replacing("role: politie", with: "role: agent"),
            Fixture.replacing("add: {veiligheid: 3}", with: "add: {zzz: 3}"),
            Fixture.replacing("reveal: [mutatie]", with: "reveal: [mutatei]"),
            Fixture.replacing("cards:\n  mutatie:\n    title: Mutatie\n    text: Eerdere melding.\n    role: politie\n", with: ""),
            Fixture.replacing("role: politie", with: "role: polite"),
            Fixture.replacing("roles:\n  politie:\n    name: Politie\n", with: ""),
            Fixture.replacing("add: {veiligheid: 3}", with: "add: {veiligheid: 3}\n        set: {gesprokn: true, status: 1}"),
            Fixture.replacing("add: {veiligheid: 3}", with: "add: {veiligheid: 3, status: 2}"),
            Fixture.replacing("variables:\n  veiligheid: 2\n  gesproken: false\n  status: open\n", with: "variables: {}\n"),
            Fixture.replacing("  veiligheid: 2\n", with: ""),
            Fixture.replacing("veiligheid: 2", with: "veiligheid: 11"),
            Fixture.replacing("veiligheid: 2", with: "veiligheid: true"),
            Fixture.replacing("add: {veiligheid: 3}", with: "set: {veiligheid: 11}"),
            Fixture.valid + "  los:\n    stage: opvolgen\n    text: Los.\n    end: true\n    outcome: Niets.\n",
            Fixture.replacing("goto: plan\n        expert: true", with: "goto: lus\n        expert: true")
                + "  lus:\n    stage: opvolgen\n    text: Lus.\n    choices:\n      - text: Weer\n        goto: lus\n",
            Fixture.replacing("    end: true\n", with: ""),
            Fixture.replacing("    outcome: Het gezin heeft een plan.\n", with: "    choices:\n      - text: Opnieuw\n        goto: begin\n"),
            Fixture.replacing("language: nl", with: "language: nl\nkind: past-case\nanonymised: false"),
            Fixture.replacing("        expert: true\n", with: "        expert: true\n        actual: true\n"),
            Fixture.replacing("        expert: true\n", with: ""),
            Fixture.replacing("stage: veiligheidsplan", with: "stage: veiligstellen"),
            ValidationLintTests.Broken.lengthCue,
            ValidationLintTests.Broken.bandCut,
            ValidationLintTests.Broken.bandCutEqual,
            ValidationLintTests.Broken.incident,
            ValidationLintTests.Broken.card,
            ValidationLintTests.Broken.credit,
            Fixture.replacing("if: veiligheid >= 3 and not gesproken",
                              with: "if: " + Array(repeating: "gesproken", count: 300).joined(separator: " and ")),
            "format: samenop/1\nid: `x\n",
            "- a\nb: 1\n",
            "a:\n  - x\n  y\n",
        ]
        return yamls.map { ("test.yaml", $0) } + [
            ("Test_Case.yaml", Fixture.replacing("id: test", with: "id: Test_Case")),
            ("andere-naam.yaml", Fixture.valid),
        ]
    }

    /// Every diagnostic the corpus gives, with the unreadable files and the library check.
    static func corpusDiagnostics() throws -> [Diagnostic] {
        var diagnostics = corpus.flatMap { ScenarioLoader.load(yaml: $0.yaml, file: $0.file).diagnostics }
        diagnostics += ScenarioLoader.load(path: "/nonexistent/x.yaml").diagnostics
        diagnostics += ScenarioLoader.load(path: NSTemporaryDirectory()).diagnostics
        diagnostics += ScenarioLoader.load(path: "/dev/null").diagnostics
        diagnostics += ScenarioLoader.load(data: Data("title: caf".utf8) + Data([0xE9]), file: "x.yaml").diagnostics
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-l10n-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = folder.appendingPathComponent("large.txt")
        try Data(repeating: UInt8(ascii: "#"), count: ScenarioLoader.maximumFileSize + 1).write(to: large)
        diagnostics += ScenarioLoader.load(path: large.path).diagnostics
        try FileManager.default.removeItem(at: large)
        try Data(Fixture.valid.utf8).write(to: folder.appendingPathComponent("a.yaml"))
        try Data(Fixture.valid.utf8).write(to: folder.appendingPathComponent("test.yaml"))
        diagnostics += ScenarioLibrary(folder: folder.path).diagnostics
        return diagnostics
    }

    @Test("every code from a corpus of broken files comes from table keys, and its Dutch differs from its English")
    func everyCodeIsLocalized() throws {
        let diagnostics = try Self.corpusDiagnostics()
        var codes = Set<String>()
        for diagnostic in diagnostics {
            codes.insert(diagnostic.code)
            let parts = [diagnostic.localizedMessage] + (diagnostic.localizedHint.map { [$0] } ?? [])
            for part in parts {
                #expect(part.key != nil, "\(diagnostic.code): '\(part)' is not from the table")
                for key in part.keys { #expect(Strings.table[key.rawValue] != nil, "\(diagnostic.code): \(key) missing") }
                #expect(part.text(in: .nl) != part.text(in: .en), "\(diagnostic.code): '\(part)' reads the same in Dutch")
            }
        }
        let documented = try String(contentsOf: DiagnosticsDocTests.root.appendingPathComponent("Docs/diagnostics.md"), encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("## SO0") }.map { String($0.dropFirst(3)) }
        #expect(Set(documented).subtracting(codes).sorted() == [])
        // Every key is reached but an unreadable file (the tests run as any user, root included),
        // the fallback for a vocabulary added without its own message, and an alias node (Yams
        // resolves aliases before the builder sees them).
        let reached = Set(diagnostics.flatMap { $0.localizedMessage.keys + ($0.localizedHint?.keys ?? []) }.map(\.rawValue))
        #expect(Set(Strings.table.keys.filter { $0.hasPrefix("diag.") }).subtracting(reached).sorted()
            == [TextKey.diagNodeAlias, .diagSO001ReadError, .diagSO001Unreadable, .diagSO024Value].map(\.rawValue).sorted())
    }

    @Test("Dutch messages and hints, word for word")
    func dutch() {
        func first(_ yaml: String, file: String = "test.yaml") -> (String, String?) {
            let d = Fixture.load(yaml, file: file).diagnostics.first
            return (d?.message(in: .nl) ?? "", d?.hint(in: .nl))
        }
        #expect(first(Fixture.replacing("summary:", with: "sumary:")).0 == "sleutel 'summary' ontbreekt in het scenario")
        #expect(Fixture.load(Fixture.replacing("summary:", with: "sumary:")).diagnostics.map { $0.message(in: .nl) }
            == ["sleutel 'summary' ontbreekt in het scenario", "onbekende sleutel 'sumary' in het scenario"])
        #expect(Fixture.load(Fixture.replacing("summary:", with: "sumary:")).diagnostics[1].hint(in: .nl) == "bedoel je 'summary'?")
        #expect(first(Fixture.replacing("start: begin", with: "start: bgin")) == ("de startscène 'bgin' bestaat niet", "bedoel je 'begin'?"))
        let noCards = Fixture.replacing("cards:\n  mutatie:\n    title: Mutatie\n    text: Eerdere melding.\n    role: politie\n", with: "")
        #expect(first(noCards) == ("onbekende kaart 'mutatie'", "er zijn geen kaarten gedefinieerd"))
        #expect(first(Fixture.replacing("role: politie", with: "role: agent")) == ("onbekende rol 'agent'", "gedefinieerde rollen: politie"))
        #expect(first(Fixture.replacing("title: Test", with: "title:")).0 == "'title' heeft geen waarde")
        #expect(first(Fixture.replacing("stage: melding", with: "stage: [melding]")).0 == "'stage' moet tekst zijn, niet een lijst")
        #expect(Fixture.load(Fixture.replacing("      - text: Alleen gaan\n        goto: plan\n", with: "      - Alleen gaan\n      - goto: plan\n"))
            .diagnostics.first { $0.code == "SO010" }?.message(in: .nl)
            == "keuze 2 van scène 'begin' moet een mapping van sleutels naar waarden zijn, niet 'Alleen gaan'")
        #expect(first(Fixture.replacing("stage: melding", with: "stage: erop_af")) == ("onbekende stap van de mantra 'erop_af'", "bedoel je 'erop-af'?"))
        #expect(first(Fixture.replacing("language: nl", with: "language: de")) == ("onbekende taal 'de'", "mogelijke waarden: nl, en"))
        #expect(first(Fixture.replacing("  plan:\n", with: "  Plan:\n").replacingOccurrences(of: "goto: plan", with: "goto: Plan"))
            == ("scène-id 'Plan' moet met een kleine letter beginnen en mag alleen a-z, 0-9, '_' en '-' bevatten", "bijvoorbeeld 'plan'"))
        #expect(first(Fixture.replacing("veiligheid >= 3 and not", with: "veiligheid == true and not"))
            == ("'==' vergelijkt een getal met true of false", "beide kanten moeten van hetzelfde type zijn"))
        #expect(first(Fixture.replacing("veiligheid >= 3 and not gesproken", with: "veiligheid >= 2 &&"))
            == ("onverwachte '&&' in de voorwaarde", "schrijf 'and'"))
        #expect(first(Fixture.replacing("add: {veiligheid: 3}", with: "set: {gesproken: 1}"))
            == ("'set' geeft 'gesproken' een getal, maar die begint als true of false", "een variabele houdt het type van zijn beginwaarde (false)"))
        #expect(first(Fixture.replacing("start: begin", with: "phases:\n  acuut: [0, 0]\nstart: begin")).0
            == "de fasebanden sluiten niet aan: 'directe-veiligheid' begint bij 3 en laat 1 tot en met 2 zonder fase")
        #expect(first(Fixture.valid, file: "andere.yaml") == ("het id 'test' wijkt af van de bestandsnaam 'andere.yaml'", "noem het bestand 'test.yaml'"))
        // The same diagnostics keep their English word for word.
        #expect(Fixture.load(noCards).diagnostics.first?.message == "unknown card 'mutatie'")
        #expect(Fixture.load(noCards).diagnostics.first?.hint == "no cards are defined")
        #expect(Fixture.load(Fixture.replacing("start: begin", with: "phases:\n  acuut: [0, 0]\nstart: begin")).diagnostics.first?.message
            == "the phase bands do not fit: 'directe-veiligheid' starts at 3 and leaves 1 to 2 without a phase")
    }

    @Test("the Dutch example in Docs/diagnostics.md is what the loader says")
    func documentedExample() throws {
        let doc = try String(contentsOf: DiagnosticsDocTests.root.appendingPathComponent("Docs/diagnostics.md"), encoding: .utf8)
        let yaml = Fixture.replacing("summary:", with: "sumary:").replacingOccurrences(of: "goto: plan", with: "goto: plna")
        let diagnostics = Fixture.load(yaml).diagnostics.filter { ["SO008", "SO060"].contains($0.code) }
        #expect(diagnostics.count == 3)
        for diagnostic in diagnostics {
            #expect(doc.contains(": error: \(diagnostic.message(in: .nl)) [\(diagnostic.code)]\n"), "\(diagnostic.message(in: .nl))")
            #expect(doc.contains("  hint: \(diagnostic.hint(in: .nl) ?? "-")\n"), "\(diagnostic.hint(in: .nl) ?? "-")")
            #expect(doc.contains("`\(diagnostic.message)`"), "\(diagnostic.message)")
        }
    }

    @Test("the formatter prints the message and hint in its language and keeps the frame")
    func formatter() {
        let yaml = Fixture.replacing("goto: plan\n        expert: true", with: "goto: plna\n        expert: true")
        let diagnostic = Fixture.load(yaml).diagnostics.first { $0.code == "SO060" }!
        let dutch = DiagnosticFormatter(language: .nl, sources: ["test.yaml": yaml])
        #expect(dutch.format(diagnostic) == """
            test.yaml:25:15: error: 'goto' verwijst naar een onbekende scène 'plna' [SO060]
                    goto: plna
                          ^
              hint: bedoel je 'plan'?
            """)
        #expect(DiagnosticFormatter(sources: ["test.yaml": yaml]).format(diagnostic).hasPrefix(
            "test.yaml:25:15: error: 'goto' leads to an unknown scene 'plna' [SO060]"))
    }

    @Test("JSON keeps message and hint in English and adds them in the run's language")
    func json() throws {
        let result = Fixture.load(Fixture.replacing("goto: plan\n        expert: true", with: "goto: plna\n        expert: true"))
        let text = DiagnosticFormatter.json([result], language: .nl)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let goto = try #require(array.first { $0["code"] as? String == "SO060" })
        #expect(goto["message"] as? String == "'goto' leads to an unknown scene 'plna'")
        #expect(goto["hint"] as? String == "did you mean 'plan'?")
        #expect(goto["messageLocalized"] as? String == "'goto' verwijst naar een onbekende scène 'plna'")
        #expect(goto["hintLocalized"] as? String == "bedoel je 'plan'?")
        let english = try #require(try JSONSerialization.jsonObject(with: Data(DiagnosticFormatter.json([result]).utf8)) as? [[String: Any]])
        #expect(english.first { $0["code"] as? String == "SO060" }?["messageLocalized"] as? String == "'goto' leads to an unknown scene 'plna'")
    }

    @Test("a message renders its arguments in the same language; verbatim text and plain-string diagnostics stay as written")
    func messages() {
        let nested = LocalizedMessage.key(.diagSO008, "stgae", LocalizedMessage.key(.diagWhatChoice, 2, "begin"))
        #expect(nested.text(in: .nl) == "onbekende sleutel 'stgae' in keuze 2 van scène 'begin'")
        #expect(nested.text(in: .en) == "unknown key 'stgae' in choice 2 of scene 'begin'")
        #expect("\(nested)" == "unknown key 'stgae' in choice 2 of scene 'begin'")
        #expect(nested.keys == [.diagSO008, .diagWhatChoice])
        #expect(LocalizedMessage.verbatim("vrije tekst").text(in: .en) == "vrije tekst")
        // A key written as a placeholder in the file is shown as written, not filled in again.
        let braces = Fixture.load(Fixture.replacing("title: Test", with: "title: Test\n'{1}': x\n'{0}': y"))
        #expect(braces.diagnostics.map { $0.message(in: .nl) }
            == ["onbekende sleutel '{1}' in het scenario", "onbekende sleutel '{0}' in het scenario"])
        #expect(braces.diagnostics.first?.message == "unknown key '{1}' in the scenario")
        let plain = Diagnostic.error("SO100", at: nil, .verbatim("al vertaald"), hint: .verbatim("tip"))
        #expect(plain.message(in: .en) == "al vertaald" && plain.message(in: .nl) == "al vertaald")
        #expect(plain.hint(in: .nl) == "tip" && plain.localizedMessage.key == nil)
    }
}
