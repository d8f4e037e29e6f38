import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpEngine
import SamenOpStore
import SamenOpXAPI

/// `samenop xapi [ID…|--group NAME|--all] (--output FILE.json | --lrs URL --user U --password P)`:
/// xAPI 1.0.3 statements of sessions, to a file or to a learning record store (Docs/cohorts.md).
struct XAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xapi",
        abstract: "xAPI 1.0.3 statements of sessions, to a file or a learning record store.")

    @OptionGroup var selection: SessionSelection

    @Option(name: .long, help: "Write the statements as one JSON array to this file (mode 0600).")
    var output: String?

    @Option(name: .long, help: "The LRS endpoint, e.g. https://lrs.example.org/xAPI (statements go to URL/statements).")
    var lrs: String?

    @Option(name: .long, help: "The LRS user (HTTP basic authentication).")
    var user: String?

    @Option(name: .long, help: "The LRS password (or SAMENOP_LRS_PASSWORD).")
    var password: String?

    @Option(name: .long, help: "The IRI that activity, account and extension ids start with.")
    var base: String = "https://samenop.invalid/xapi"

    @OptionGroup var common: CommonOptions

    func validate() throws {
        let l = common.localizer
        let password = self.password ?? ProcessInfo.processInfo.environment["SAMENOP_LRS_PASSWORD"]
        let toFile = output != nil && lrs == nil
        let toStore = output == nil && lrs != nil && user != nil && password != nil
        if !toFile && !toStore { throw ValidationError(l(.cliXapiTarget)) }
    }

    func run() throws {
        let l = common.localizer
        let store: SessionStore?
        do { store = try SessionOpener.existingStore(at: common.storePath) } catch { throw CLIError(error.message(l)) }
        let stored = try selection.sessions(in: store, l)
        guard !stored.isEmpty else { throw CLIError(l(.cliSelectEmpty)) }
        var replayer = SessionReplayer(scenariosOption: common.scenarios, language: common.language)
        let (sessions, skipped) = replayer.replay(stored)
        for message in skipped { Terminal.printError(message) }
        let builder = XAPIStatements(base: base)
        let statements = sessions.flatMap(builder.statements(for:))
        if let output {
            do {
                try SecureFile.writeReport(XAPIStatements.json(statements, pretty: true) + Data("\n".utf8), to: output)
            } catch {
                throw CLIError(l(.replReportFailed, error.path, SystemErrorText.translate(error.reason, l)))
            }
            Terminal.printError(l.count(statements.count, .cliXapiWritten, statements.count, output))
            return
        }
        guard let lrs, let url = URL(string: lrs), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw CLIError(l(.cliXapiBadUrl, lrs ?? ""), status: 2)
        }
        let client = LRSClient(
            endpoint: url, user: user ?? "",
            password: password ?? ProcessInfo.processInfo.environment["SAMENOP_LRS_PASSWORD"] ?? "")
        switch client.send(statements) {
        case .success(let stored):
            print(l(.cliXapiSent, lrs, stored, statements.count - stored))
        case .failure(.refused(let status, let body)):
            throw CLIError(l(.cliXapiRefused, lrs, status, body))
        case .failure(.unreachable(let tries, let reason)):
            throw CLIError(l(.cliXapiUnreachable, lrs, tries, reason))
        }
    }
}
