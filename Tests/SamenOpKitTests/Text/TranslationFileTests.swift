import Foundation
import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpPrivacy

/// The translation files are data a translator edits; these tests keep them and the program's
/// `TextKey` constants in step, so that a missing or misspelt key never reaches a user.
@Suite("Translation files")
struct TranslationFileTests {
    static let bundled = Translations.bundled
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The `{n}` placeholders of a text, as a set.
    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{[0-9]+\}/).map { String(text[$0.range]) })
    }

    /// The entries a key needs in `table`: itself, or one per plural category.
    static func entries(of key: TextKey, in table: Translations.Table) -> [String] {
        TextKey.plurals.contains(key) ? table.plural.categories.map { "\(key.rawValue)_\($0)" } : [key.rawValue]
    }

    /// Every key the program looks up by an id from data, family by family.
    static var dynamicKeys: [TextKey] {
        var raw = Stage.allCases.map { "stage.\($0.rawValue)" } + Phase.allCases.map { "phase.\($0.rawValue)" }
        raw += CoreQuestion.allCases.map { "kernvraag.\($0.rawValue)" } + Element.allCases.map { "element.\($0.rawValue)" }
        raw += Pitfall.allCases.map { "pitfall.\($0.rawValue)" } + Profile.allCases.map { "profile.\($0.rawValue)" }
        raw += SessionMode.allCases.map { "mode.\($0.rawValue)" } + PhaseVerdict.allCases.map { "report.verdict.\($0.rawValue)" }
        raw += (1...5).map { "report.cycle.\($0)" }
        raw += PrivacyKind.allCases.flatMap { ["privacy.kind.\($0.rawValue)", "privacy.hint.\($0.rawValue)"] }
        return raw.map(TextKey.init)
    }

    @Test("Dutch and English are bundled, Dutch first, each with its label and plural rule")
    func bundledLanguages() {
        #expect(Self.bundled.languages == [.nl, .en])
        #expect(Localizer(.nl).languageName == "Nederlands")
        #expect(Localizer(.en).languageName == "English")
        #expect(Self.bundled.table(.nl)?.plural == .oneOther)
    }

    @Test("every key the program names is in every bundled file, with the same placeholders as in English")
    func everyKeyInEveryFile() throws {
        let en = try #require(Self.bundled.table(.en))
        var problems: [String] = []
        for language in Self.bundled.languages {
            let table = try #require(Self.bundled.table(language))
            for key in TextKey.all + Self.dynamicKeys {
                for entry in Self.entries(of: key, in: table) {
                    guard let text = table.entry(entry), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                        problems.append("\(language): \(entry) missing or empty"); continue
                    }
                    let english = en.entry(entry) ?? en.entry("\(key.rawValue)_other") ?? ""
                    if Self.placeholders(text) != Self.placeholders(english) {
                        problems.append("\(language): \(entry) has placeholders \(Self.placeholders(text).sorted()), English \(Self.placeholders(english).sorted())")
                    }
                }
            }
        }
        #expect(problems == [])
    }

    @Test("the Dutch and English files hold exactly the same keys, and none that the program does not name")
    func sameKeysNoOrphans() throws {
        let nl = try #require(Self.bundled.table(.nl)), en = try #require(Self.bundled.table(.en))
        #expect(nl.keys.symmetricDifference(en.keys).sorted() == [])
        var named = Set(["language.name", "language.plural"])
        for key in TextKey.all + Self.dynamicKeys { named.formUnion(Self.entries(of: key, in: en)) }
        #expect(en.keys.subtracting(named).sorted() == [])
    }

    @Test("the generated key constants are unique and match the files' plural entries")
    func generatedKeys() {
        #expect(Set(TextKey.all).count == TextKey.all.count)
        for key in TextKey.plurals {
            #expect(Self.bundled.table(.en)?.entry(key.rawValue) == nil, "\(key) is counted; a bare entry would be a third form")
        }
    }

    @Test("a made-up third language loads from one file, with its own plural rule and English for what it lacks")
    func thirdLanguage() throws {
        let translations = try Self.bundled.adding(file: Self.fixtures.appendingPathComponent("xx.json"))
        let xx = Language(code: "xx")
        #expect(translations.languages == [.nl, .en, xx])
        let l = Localizer(xx, translations: translations)
        #expect(l.languageName == "Xanadees")
        #expect(l(.kernvraag1) == "Wat gebeurde xa?")
        #expect(l.count(1, .checkError, 1) == "1 foutxa")
        #expect(l.count(3, .checkError, 3) == "3 foutxi")
        #expect(l.count(5, .checkError, 5) == "5 foutxo")
        #expect(l.count(22, .checkError, 22) == "22 foutxi")
        #expect(l.label(Stage.melding) == "Xmelding")
        // Not translated in the fixture: English, never a key.
        #expect(l(.kernvraag2) == "What is known?")
        // The bundled languages are unaffected.
        #expect(Localizer(.nl)(.kernvraag1) == "Wat is er gebeurd?")
    }

    @Test("a broken translation file is refused with its path and the reason")
    func brokenFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let nested = folder.appendingPathComponent("yy.json")
        try Data(#"{"a": {"b": "c"}}"#.utf8).write(to: nested)
        #expect(throws: Translations.LoadError.self) { try Self.bundled.adding(file: nested) }
        let rule = folder.appendingPathComponent("zz.json")
        try Data(#"{"language.plural": "seven-forms"}"#.utf8).write(to: rule)
        do {
            _ = try Self.bundled.adding(file: rule)
            Issue.record("an unknown plural rule was accepted")
        } catch {
            #expect("\(error)".contains("seven-forms"))
        }
    }

    @Test("plural rules give the categories their languages use")
    func pluralRules() {
        #expect([0, 1, 2].map(PluralRule.oneOther.category) == ["other", "one", "other"])
        #expect([0, 1, 2].map(PluralRule.zeroAndOneOther.category) == ["one", "one", "other"])
        #expect([1, 3, 5, 11, 21, 24].map(PluralRule.oneFewMany.category) == ["one", "few", "many", "many", "one", "few"])
        #expect([1, 4, 5].map(PluralRule.oneFewOther.category) == ["one", "few", "other"])
        #expect(PluralRule.other.category(1) == "other")
    }

    @Test("the language comes from --lang, else LC_ALL or LANG, else Dutch; an unknown --lang is nil")
    func languageChoice() {
        #expect(Localizer.language(option: "EN", environment: [:]) == .en)
        #expect(Localizer.language(option: "fr", environment: [:]) == nil)
        #expect(Localizer.language(option: nil, environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Localizer.language(option: nil, environment: ["LC_ALL": "nl_BE.UTF-8", "LANG": "en_US"]) == .nl)
        #expect(Localizer.language(option: nil, environment: ["LANG": "de_DE.UTF-8"]) == .nl)
        #expect(Localizer.language(option: nil, environment: [:]) == .nl)
    }

    @Test("arguments fill placeholders in one pass, and an unknown key shows itself")
    func formatting() {
        let l = Localizer(.en)
        #expect(l.format(.kernvraag1, []) == "What happened?")
        #expect(l.format(TextKey("no.such.key"), ["x"]) == "no.such.key")
        #expect(LocalizedMessage.fill("{0} and {1}", with: ["{1}", "b"]) == "{1} and b")
        #expect(Localizer(.nl).label(CoreQuestion.isHetNuVeilig) == "Is het NU veilig?")
        #expect(Localizer(.en).label(CoreQuestion.isHetNuVeilig) == "Is it safe NOW?")
    }
}
