import Foundation
import Testing
@testable import SamenOpKit

@Suite("Localization")
struct LocalizationTests {
    static let parts: [(name: String, table: [String: LocalizedText])] = [
        ("vocabulary", Strings.vocabulary), ("cli", Strings.cli), ("repl", Strings.repl),
        ("report", Strings.report), ("privacy", Strings.privacy), ("review", Strings.review),
        ("team", Strings.team), ("diagnostics", Strings.diagnostics),
    ]

    /// The `{n}` placeholders of a template, as a set.
    static func placeholders(_ text: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"\{[0-9]+\}"#)
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).map { String(text[Range($0.range, in: text)!]) })
    }

    @Test("no key is defined in two parts of the table (the second would be ignored)")
    func keysAreUnique() {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for (name, table) in Self.parts {
            for key in table.keys {
                if let first = owner[key] { clashes.append("\(key): \(first) and \(name)") } else { owner[key] = name }
            }
        }
        #expect(clashes.sorted() == [])
        #expect(Strings.table.count == Self.parts.reduce(0) { $0 + $1.table.count })
    }

    @Test("every entry has Dutch and English text with the same placeholders")
    func entriesAreComplete() {
        var problems: [String] = []
        for (key, entry) in Strings.table {
            if entry.nl.trimmingCharacters(in: .whitespaces).isEmpty || entry.en.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("\(key): empty text")
            }
            if Self.placeholders(entry.nl) != Self.placeholders(entry.en) {
                problems.append("\(key): placeholders differ")
            }
        }
        #expect(problems.sorted() == [])
    }

    @Test("every vocabulary id has a label in both languages")
    func vocabularyLabels() {
        var keys = Stage.allCases.map { "stage.\($0.rawValue)" } + Phase.allCases.map { "phase.\($0.rawValue)" }
        keys += CoreQuestion.allCases.map { "kernvraag.\($0.rawValue)" } + Element.allCases.map { "element.\($0.rawValue)" }
        keys += Pitfall.allCases.map { "pitfall.\($0.rawValue)" } + Profile.allCases.map { "profile.\($0.rawValue)" }
        #expect(keys.filter { Strings.table[$0] == nil } == [])
        #expect(Localizer(.nl).label(CoreQuestion.isHetNuVeilig) == "Is het NU veilig?")
        #expect(Localizer(.en).label(CoreQuestion.isHetNuVeilig) == "Is it safe NOW?")
    }

    @Test("arguments fill placeholders in one pass, and an unknown key shows itself")
    func formatting() {
        let l = Localizer(.en)
        #expect(l.format("kernvraag.1", []) == "What happened?")
        #expect(l.format("no.such.key", ["x"]) == "no.such.key")
        #expect(LocalizedMessage.fill("{0} and {1}", with: ["{1}", "b"]) == "{1} and b")
    }

    @Test("the language comes from --lang, else LC_ALL or LANG, else Dutch")
    func languageChoice() {
        #expect(Localizer.language(option: "EN", environment: [:]) == .en)
        #expect(Localizer.language(option: "fr", environment: [:]) == nil)
        #expect(Localizer.language(option: nil, environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Localizer.language(option: nil, environment: ["LC_ALL": "nl_BE.UTF-8", "LANG": "en_US"]) == .nl)
        #expect(Localizer.language(option: nil, environment: [:]) == .nl)
    }
}
