import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpEngine
import SamenOpStore

/// `samenop export [ID…|--group NAME|--all] --output FILE.jsonl [--pseudonymise]`: stored
/// sessions as a session file (`samenop-session/1`), for pooling with `import`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write sessions to a session file (JSON lines, samenop-session/1).")

    @OptionGroup var selection: SessionSelection

    @Option(name: .long, help: "The session file to write (mode 0600).")
    var output: String

    @Flag(name: [.customLong("pseudonymise"), .customLong("pseudonymize")],
          help: "Replace participants' names by their role labels.")
    var pseudonymise = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let l = common.localizer
        let sessions = try selection.sessions(in: try existingStore(l), l)
        guard !sessions.isEmpty else { throw CLIError(l(.cliSelectEmpty)) }
        let text = sessions.map { SessionFile.line($0, pseudonymise: pseudonymise) + "\n" }.joined()
        do {
            try SecureFile.writeReport(Data(text.utf8), to: output)
        } catch {
            throw CLIError(l(.replReportFailed, error.path, SystemErrorText.translate(error.reason, l)))
        }
        Terminal.printError(l.count(sessions.count, .cliExportWritten, sessions.count, output))
    }

    func existingStore(_ l: Localizer) throws -> SessionStore? {
        do { return try SessionOpener.existingStore(at: common.storePath) } catch { throw CLIError(error.message(l)) }
    }
}

/// `samenop import FILE.jsonl`: adds the sessions of a session file to the store, all or
/// nothing, skipping ids already there.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the sessions of a session file to the store (all or nothing).")

    @Argument(help: "A session file written by `samenop export`.")
    var file: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let l = common.localizer
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError(l(.cliImportUnreadable, file)) }
        let sessions: [StoredSession]
        var paths: [String: String] = [:]
        do {
            sessions = try SessionFile.parse(String(decoding: data, as: UTF8.self)) { header in
                // Resume and report find the scenario in this machine's library by id.
                if let path = paths[header.scenarioID] { return path }
                let path = (try? ScenarioSource.load(header.scenarioID, scenariosOption: common.scenarios, language: common.language)
                    .get().path).map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? header.scenarioID
                paths[header.scenarioID] = path
                return path
            }
        } catch {
            throw CLIError(Self.message(error, file: file, l))
        }
        do {
            let outcome = try SessionStore(path: common.storePath).importSessions(sessions)
            print(l(.cliImportDone, outcome.added.count, outcome.skipped.count))
        } catch {
            throw CLIError(error.message(l))
        }
    }

    static func message(_ failure: SessionFile.Failure, file: String, _ l: Localizer) -> String {
        switch failure {
        case .notJSON(let line): l(.cliImportNotJson, file, line)
        case .wrongFormat(let line, _): l(.cliImportWrongFormat, file, line)
        case .invalid(let line, let field): l(.cliImportInvalid, file, line, field)
        case .duplicate(let line, let id): l(.cliImportDuplicate, file, line, id)
        }
    }
}
