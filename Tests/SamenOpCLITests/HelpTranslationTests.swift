import Foundation
import Testing
import SamenOpText
@testable import SamenOpCLI

/// Every command's help in Dutch (issue 17; trainer trial, finding 14): a new option whose help
/// text has no `cli.argHelp.*` translation fails here, not in front of a trainer.
@Suite("Help in Dutch")
struct HelpTranslationTests {
    /// The English help texts in ArgumentParser's description of a command (`_dumpHelp`, what
    /// the man page is made from): its abstract and discussion, and each of its arguments',
    /// options' and flags' help and discussion.
    static func englishTexts(dump: String) throws -> [String] {
        let json = try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any]
        let info = try #require(json?["command"] as? [String: Any])
        var texts = [info["abstract"], info["discussion"]].compactMap { $0 as? String }
        for argument in info["arguments"] as? [[String: Any]] ?? [] {
            texts += [argument["abstract"], argument["discussion"]].compactMap { $0 as? String }
        }
        return texts.filter { !$0.isEmpty }
    }

    @Test("in Dutch no English help text of any command, argument, option or flag is left")
    func everyTextTranslated() throws {
        let nl = Localizer(.nl)
        var checked = 0
        for command in HelpTranslation.commands() {
            let help = HelpTranslation.translate(SamenOp.helpMessage(for: command, columns: 100_000), nl, width: .max)
            for text in try Self.englishTexts(dump: command._dumpHelp()) {
                #expect(!help.contains(text), "\(command.configuration.commandName ?? ""): \(text)")
                checked += 1
            }
        }
        // Every subcommand was reached, and with it its options and the common ones.
        let names = Set(HelpTranslation.commands().compactMap { $0.configuration.commandName })
        #expect(names.isSuperset(of: ["samenop", "repl", "delete", "graph", "proof", "paths", "test", "stats", "export", "import", "xapi"]))
        #expect(checked > 150)
    }

    @Test("ArgumentParser's own words after a help text are Dutch too: values, default, <subcommand>")
    func ownWords() {
        let nl = Localizer(.nl)
        #expect(HelpTranslation.translate("  --format <format>       x. (values: md, html, json; default: md)", nl, width: .max)
                == "  --format <format>       x. (waarden: md, html, json; standaard: md)")
        #expect(HelpTranslation.translate("  --seed <seed>           x. (default: 0)", nl, width: .max)
                == "  --seed <seed>           x. (standaard: 0)")
        #expect(HelpTranslation.translate("USAGE: samenop <subcommand>", nl, width: .max) == "GEBRUIK: samenop <opdracht>")
    }

    @Test("Dutch help keeps within 80 columns and every description starts in ArgumentParser's column")
    func columns() {
        let nl = Localizer(.nl), column = HelpTranslation.descriptionColumn
        for command in HelpTranslation.commands() {
            let help = HelpTranslation.translate(SamenOp.helpMessage(for: command, columns: 100_000), nl, width: 80)
            var inList = false
            for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                #expect(line.count <= 80, "\(command.configuration.commandName ?? ""): \(line)")
                if line.hasSuffix(":"), !line.hasPrefix(" ") { inList = ["ARGUMENTEN:", "OPTIES:", "OPDRACHTEN:"].contains(line) }
                guard inList, line.hasPrefix("  ") else { continue }
                let indent = line.prefix { $0 == " " }.count
                if indent == 2, let gap = line.dropFirst(2).range(of: "  ") {
                    // A name, then its description at the column.
                    let start = line.distance(from: line.startIndex, to: gap.lowerBound)
                        + line[gap.lowerBound...].prefix { $0 == " " }.count
                    #expect(start == column, "\(command.configuration.commandName ?? ""): \(line)")
                } else if indent != 2 {
                    #expect(indent == column, "\(command.configuration.commandName ?? ""): \(line)")
                }
            }
        }
    }
}
