import Foundation
import Testing
import SamenOpText
import SamenOpReport
import SamenOpStore
@testable import SamenOpCLI

/// The parts of the trainer trial's session findings that need no binary: reading `verslag`'s
/// words, keeping a command on one line, suggestions in the session's language, help in Dutch.
@Suite("Trainer trial: session units")
struct SessionTrialUnitTests {
    @Test("`verslag` words: a format, a quoted name with spaces, `~`, a PDF, too many words, an open quote")
    func reportArguments() {
        let home = "/home/trainer"
        #expect(ReportArguments("", home: home) == .report(format: nil, file: nil))
        #expect(ReportArguments("html", home: home) == .report(format: .html, file: nil))
        #expect(ReportArguments("verslag.html", home: home) == .report(format: .html, file: "verslag.html"))
        #expect(ReportArguments("x.htm", home: home) == .report(format: .html, file: "x.htm"))
        #expect(ReportArguments("html \"met spatie.html\"", home: home) == .report(format: .html, file: "met spatie.html"))
        #expect(ReportArguments("'mijn verslag.json'", home: home) == .report(format: .json, file: "mijn verslag.json"))
        #expect(ReportArguments("md ~/verslag.txt", home: home) == .report(format: .md, file: "/home/trainer/verslag.txt"))
        #expect(ReportArguments("x.pdf", home: home) == .pdf(file: "x.pdf"))
        #expect(ReportArguments("pdf ~/x.pdf", home: home) == .pdf(file: "/home/trainer/x.pdf"))
        #expect(ReportArguments("PDF", home: home) == .pdf(file: nil))
        #expect(ReportArguments("docx", home: home) == .unknownFormat("docx"))
        #expect(ReportArguments("html met spatie.html", home: home) == .tooManyWords)
        #expect(ReportArguments("html \"met spatie.html", home: home) == .unclosedQuote)
        #expect(ReportArguments("html it's.html", home: home) == .report(format: .html, file: "it's.html"))
    }

    @Test("a command in backticks stays on one line when text is wrapped")
    func backticksGlued() {
        let text = "Radar van Veilig Thuis · alleen voor Veilig Thuis; deel met de groep: `deel vt_radar`"
        #expect(TextWrap.wrap(text, width: 76) == "Radar van Veilig Thuis · alleen voor Veilig Thuis; deel met de groep:\n`deel vt_radar`")
        // An unclosed backtick glues no more than a short command's worth.
        let open = "a `b " + String(repeating: "woord ", count: 30)
        #expect(TextWrap.wrap(open, width: 40).split(separator: "\n").allSatisfy { $0.count <= 70 })
    }

    @Test("suggestions are named in the session's language: `stat` is `stand` in Dutch and `status` in English")
    func suggestionsInLanguage() {
        #expect(REPLCommand.suggestions(for: "stat", in: .nl) == ["stand"])
        #expect(REPLCommand.suggestions(for: "stat", in: .en) == ["status"])
        #expect(REPLCommand.suggestions(for: "kjik", in: .nl) == ["kijk"])
    }

    @Test("library ids: the start of an id or a typo is suggested; something unlike any id is not")
    func similarIDs() {
        let ids = ["wurging-op-vrijdag", "a-teenager-calls-112", "casus-baby-met-blauwe-plek"]
        #expect(ScenarioSource.similarIDs("wurging", in: ids) == ["wurging-op-vrijdag"])
        #expect(ScenarioSource.similarIDs("wurging-op-vrydag", in: ids) == ["wurging-op-vrijdag"])
        #expect(ScenarioSource.similarIDs("overdracht", in: ids) == [])
    }

    @Test("help in Dutch keeps ArgumentParser's description column")
    func helpColumns() {
        let l = Localizer(.nl)
        let text = "SUBCOMMANDS:\n  repl (default)          The interactive REPL (also what plain `samenop` starts)."
        #expect(HelpTranslation.translate(text, l, width: 80)
                == "OPDRACHTEN:\n  repl (standaard)        De interactieve sessie (ook wat `samenop` zonder\n                          opdracht start).")
        #expect(HelpTranslation.translate(text, Localizer(.en), width: 80) == text)
        #expect(HelpTranslation.translate("Error: Unknown option '--x'", l, width: .max) == "Fout: Onbekende optie '--x'")
    }

    @Test("every `cli.argHelp` English text is a help text of a command, so that none goes stale")
    func argHelpTextsUsed() {
        let english = Localizer(.en)
        let help = ([SamenOp.self] + SamenOp.configuration.subcommands).map { SamenOp.helpMessage(for: $0, columns: 100_000) }
            .joined(separator: "\n")
        for key in HelpTranslation.argHelpKeys where key != "cli.argHelp.lang" {
            #expect(help.contains(english(TextKey(key))), "\(key)")
        }
    }

    @Test("the resume hint repeats --store, quoted when it has a space")
    func storedHint() {
        let l = Localizer(.nl)
        #expect(REPL.storedHint("abcd2345", storeOption: nil, l) == "Sessie abcd2345 is bewaard. Verder gaan: samenop resume abcd2345")
        #expect(REPL.storedHint("abcd2345", storeOption: "/tmp/s.sqlite", l)
                == "Sessie abcd2345 is bewaard. Verder gaan: samenop resume abcd2345 --store /tmp/s.sqlite")
        #expect(REPL.storedHint("abcd2345", storeOption: "/tmp/mijn map/s.sqlite", l)
                == "Sessie abcd2345 is bewaard. Verder gaan: samenop resume abcd2345 --store '/tmp/mijn map/s.sqlite'")
    }

    @Test("local time is shown with its offset, UTC as UTC")
    func offsets() throws {
        let date = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 11:06:40 UTC
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        #expect(ReportDate.readable(date, in: amsterdam) == "2026-11-18 12:06 (UTC+01:00)")
        #expect(ReportDate.readable(date, in: try #require(TimeZone(identifier: "UTC"))) == "2026-11-18 11:06 UTC")
        #expect(ReportDate.offset(date, in: try #require(TimeZone(identifier: "America/St_Johns"))) == "(UTC-03:30)")
    }

    @Test("a session claimed by one lock is refused to another until released")
    func lock() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("s.sqlite").path
        var first: SessionLock? = try SessionLock.claim("abcd2345", storePath: store)
        #expect(throws: StoreError.sessionOpenElsewhere("abcd2345")) { try SessionLock.claim("abcd2345", storePath: store) }
        #expect(throws: Never.self) { try SessionLock.claim("efgh6789", storePath: store) }
        #expect(first != nil)
        first = nil
        #expect(throws: Never.self) { try SessionLock.claim("abcd2345", storePath: store) }
    }
}
