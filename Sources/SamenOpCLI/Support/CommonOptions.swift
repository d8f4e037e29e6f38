import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// Options every subcommand understands: language, store, scenario library, colour.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the program's text: \(Localizer(.en).either(Language.allCases.map(\.rawValue))) (default from LANG, else nl).")
    var lang: String?

    @Option(name: .long, help: "The session store (default $XDG_DATA_HOME/samenop/samenop.sqlite; also SAMENOP_STORE).")
    var store: String?

    @Option(name: .long, help: "The scenario library folder (default SAMENOP_SCENARIOS, ./Scenarios, then the bundled scenarios).")
    var scenarios: String?

    @Flag(name: .customLong("no-color"), help: "No colour, also on a terminal (NO_COLOR does the same).")
    var noColor = false

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            // The asked-for language is unknown, so the message takes LANG's.
            let l = Localizer(Localizer.language(option: nil, environment: ProcessInfo.processInfo.environment) ?? .nl)
            throw ValidationError(l(.cliLangInvalid, lang, l.either(Language.allCases.map(\.rawValue))))
        }
    }

    /// The program's language for this run.
    var language: Language {
        Localizer.language(option: lang, environment: ProcessInfo.processInfo.environment) ?? .nl
    }

    var localizer: Localizer { Localizer(language) }

    /// The store path: `--store`, else `SAMENOP_STORE`, else the XDG data folder.
    var storePath: String {
        let env = ProcessInfo.processInfo.environment
        if let store { return store }
        if let path = env["SAMENOP_STORE"], !path.isEmpty { return path }
        let data = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (env["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return data + "/samenop/samenop.sqlite"
    }

    /// Whether standard error (diagnostics) may be coloured.
    var colorOnStderr: Bool { Terminal.colorAllowed(fileDescriptor: 2, disabledByFlag: noColor) }
    /// Whether standard output may be coloured.
    var colorOnStdout: Bool { Terminal.colorAllowed(fileDescriptor: 1, disabledByFlag: noColor) }
}

extension Localizer {
    /// `a, b or c` in this language (`cli.list.or`): the choices there are, named in a sentence,
    /// such as the languages `--lang` accepts, which depend on the translation files.
    func either(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return self(.cliListOr, items.dropLast().joined(separator: ", "), last)
    }
}
