import Foundation
import Testing
import SamenOpStore
#if canImport(Glibc)
import Glibc
#endif

/// The HTML report in a real browser (Debian's `chromium`, installed by `.ci/setup`): printed
/// to PDF as a trainer would (`--print-to-pdf`, finding 24 of the trainer trial), and laid out
/// on a projector-size window (`--dump-dom` with a probe script, finding 25).
///
/// The three sessions are the trial's kinds, made by the built binary: a 13-step team session
/// of four people who all give reasons (het-plan-ligt-klaar), a 13-step self-study
/// (wurging-op-vrijdag) and an 11-step case review (casus-de-overdracht-die-escaleerde).
@Suite("Report: printed and projected in Chromium", .serialized, .timeLimit(.minutes(3)))
struct ReportPrintTests {
    /// The three reports as HTML files, keyed by kind.
    static func reports() throws -> [(kind: String, file: URL)] {
        let folder = Binary.temporaryFolder()
        let env = ["SAMENOP_STORE": folder.appendingPathComponent("store.sqlite").path]
        let scenarios = Binary.scenarios.path
        var team = "start \(scenarios)/het-plan-ligt-klaar.yaml team --in-order\n"
        team += ["Anna politie", "Bram veilig-thuis", "Cas wijkteam", "Dirk reclassering"].map { "deelnemer \($0)\n" }.joined()
        for choice in [1, 3, 3, 1, 2, 2, 2, 2, 1, 2, 1, 1, 1] {
            team += "stem Anna \(choice) dit is wat de politie zou doen\nstem Bram \(choice) ook Veilig Thuis kiest dit\n"
            team += "stem Cas 1 liever eerst praten\nstem Dirk \(choice)\n\(choice)\n"
        }
        let runs = [
            try Binary.run([], input: team + "quit\n", environment: env),
            try Binary.run(["play", "\(scenarios)/wurging-op-vrijdag.yaml", "--choices", "1,2,1,1,1,1,3,3,2,2,2,2,1"], environment: env),
            try Binary.run(["play", "\(scenarios)/casus-de-overdracht-die-escaleerde.yaml", "--mode", "review",
                            "--choices", "1,3,2,3,1,1,1,2,1,1,1"], environment: env),
        ]
        for run in runs { #expect(run.status == 0, "\(run.stderr)") }
        let stored = try SessionStore(path: env["SAMENOP_STORE"]!).sessions()
        var files: [(String, URL)] = []
        for (kind, scenario) in [("team", "het-plan-ligt-klaar"), ("self-study", "wurging-op-vrijdag"),
                                 ("review", "casus-de-overdracht-die-escaleerde")] {
            let id = try #require(stored.first { $0.scenario == scenario }?.id, "\(kind)")
            let file = folder.appendingPathComponent("\(kind).html")
            let report = try Binary.run(["report", id, "--format", "html", "--output", file.path], environment: env)
            #expect(report.status == 0, "\(report.stderr)")
            files.append((kind, file))
        }
        return files
    }

    @Test("printed on A4, the team, self-study and review reports take at most 14, 12 and 12 pages (18, 14 and 14 before)")
    func printedPages() async throws {
        let chromium = try #require(DevTools.executable, "needs chromium (installed by .ci/setup)")
        let reports = try Self.reports()
        #expect(reports.map(\.kind) == ["team", "self-study", "review"])
        let bounds = ["team": 14, "self-study": 12, "review": 12]
        for (kind, file) in reports {
            let pdf = file.deletingPathExtension().appendingPathExtension("pdf")
            let run = try await Self.chromium(chromium, ["--print-to-pdf=\(pdf.path)", file.absoluteString])
            #expect(run.status == 0, "\(kind): \(run.stderr)")
            let pages = try Self.pageCount(pdf)
            let bound = try #require(bounds[kind])
            // No report can be that short: a count of 0 or 1 means the PDF was not read right.
            #expect(pages > 4 && pages <= bound, "\(kind): \(pages) pages, at most \(bound)")
        }
    }

    @Test("on a 1280×800 window the report is set large and wide for a projector, with the chart as wide as the text")
    func projector() async throws {
        let chromium = try #require(DevTools.executable, "needs chromium (installed by .ci/setup)")
        let report = try #require(try Self.reports().last)
        let probe = try await Self.probe(chromium, report.file, window: "1280,800")
        #expect(try #require(probe["font"] as? Double) >= 18)
        #expect(try #require(probe["width"] as? Double) >= 1000)
        #expect(probe["chart"] as? Double == probe["width"] as? Double)
        // The strip of a review has its then/now row: three rows of cells, not two.
        #expect(probe["thenCells"] as? Int == 11)
        // A narrow window keeps a reading size and fills the width.
        let narrow = try await Self.probe(chromium, report.file, window: "600,800")
        #expect(narrow["font"] as? Double == 16)
        #expect(try #require(narrow["width"] as? Double) < 600)
    }

    @Test("a step's further scene paragraphs are folded on screen and unfolded by the print style sheet")
    func foldedScene() async throws {
        let chromium = try #require(DevTools.executable, "needs chromium (installed by .ci/setup)")
        let folder = Binary.temporaryFolder()
        // The first scene's text in two paragraphs (a literal block, indented like the line it replaces).
        let line = try #require(REPLFixture.yaml.split(separator: "\n").first { $0.hasSuffix("text: Er komt een melding binnen van huiselijk geweld in een gezin met twee kinderen.") })
        let indent = String(line.prefix { $0 == " " })
        let yaml = REPLFixture.yaml.replacingOccurrences(
            of: String(line), with: "\(indent)text: |\n\(indent)  Er komt een melding binnen.\n\n\(indent)  De buurvrouw hoort twee kinderen huilen.")
        let f = try REPLFixture.folder(yaml: yaml)
        let env = ["SAMENOP_STORE": f.store]
        #expect(try Binary.run(["play", f.scenario, "--choices", "1,1"], environment: env).status == 0)
        let id = try #require(try REPLFixture.sessionIDs(f.store).first)
        let file = folder.appendingPathComponent("report.html")
        #expect(try Binary.run(["report", id, "--format", "html", "--output", file.path], environment: env).status == 0)
        let html = try String(contentsOf: file, encoding: .utf8)
        try #require(html.contains("<details class=\"scene-more\">"), "the fixture's first scene has a second paragraph")
        let probe = try await Self.probe(chromium, file, window: "1280,800")
        #expect(probe["restOnScreen"] as? Bool == false)
        #expect(probe["restInPrint"] as? Bool == true)
        #expect(probe["summaryInPrint"] as? Bool == false)
    }

    // MARK: Chromium

    /// Runs headless Chromium on a thread of its own and awaits it.
    ///
    /// Printing takes tens of seconds on a loaded machine. Waiting for it on one of the few
    /// threads of Swift's cooperative pool (two on two cores) stalls every task in the test
    /// process meanwhile, such as the room's HTTP server that `RoomServerTests` runs in
    /// process, whose answers then time out.
    static func chromium(_ executable: String, _ arguments: [String]) async throws -> Binary.Result {
        try await withCheckedThrowingContinuation { done in
            Thread { done.resume(with: Result { try runChromium(executable, arguments) }) }.start()
        }
    }

    /// Runs headless Chromium with a fresh profile; killed after 60 seconds.
    static func runChromium(_ executable: String, _ arguments: [String]) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(Binary.temporaryFolder().path)"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let timer = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: timer)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        timer.cancel()
        return Binary.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The pages of a PDF: its `/Type /Page` objects (Chromium writes them uncompressed).
    static func pageCount(_ pdf: URL) throws -> Int {
        let text = String(decoding: try Data(contentsOf: pdf), as: Unicode.ASCII.self)
        return text.matches(of: try Regex(#"/Type\s*/Page(?![s\w])"#)).count
    }

    /// What a script measures in the report on a window of `window` ("W,H") pixels: the body's
    /// font size and content width, the chart's width, the then/now cells, and whether a folded
    /// scene paragraph shows on screen and once the print rules apply.
    static func probe(_ executable: String, _ report: URL, window: String) async throws -> [String: Any] {
        let script = """
            <pre id="probe"></pre><script>
            const b = document.body, cs = getComputedStyle(b);
            const rest = document.querySelector('details.scene-more p'), summary = document.querySelector('details.scene-more summary');
            const result = { font: parseFloat(cs.fontSize),
              width: b.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
              chart: document.querySelector('svg.chart').getBoundingClientRect().width,
              thenCells: document.querySelectorAll('svg.strip rect.t-same, svg.strip rect.t-different').length,
              restOnScreen: rest ? rest.checkVisibility() : null };
            // Print, as far as the style sheet goes: its print rules applied on screen.
            for (const sheet of document.styleSheets) for (const rule of [...sheet.cssRules])
              if (rule.media && rule.media.mediaText === 'print') for (const inner of [...rule.cssRules]) sheet.insertRule(inner.cssText, sheet.cssRules.length);
            result.restInPrint = rest ? rest.checkVisibility() : null;
            result.summaryInPrint = summary ? summary.checkVisibility() : null;
            document.getElementById('probe').textContent = JSON.stringify(result);
            </script>
            """
        let html = try String(contentsOf: report, encoding: .utf8)
        let probed = report.deletingLastPathComponent().appendingPathComponent("probe-\(UUID().uuidString).html")
        try html.replacingOccurrences(of: "</body>", with: script + "</body>").write(to: probed, atomically: true, encoding: .utf8)
        let run = try await chromium(executable, ["--window-size=\(window)", "--hide-scrollbars", "--dump-dom", probed.absoluteString])
        let match = try #require(run.stdout.firstMatch(of: #/<pre id="probe">([^<]*)</pre>/#), "\(run.stderr)")
        let json = String(match.1).replacingOccurrences(of: "&amp;", with: "&")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }
}
