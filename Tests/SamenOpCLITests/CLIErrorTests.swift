import Foundation
import Testing
@testable import SamenOpCLI
import SamenOpText
import SamenOpModel

/// A command's failure is thrown as a ``CLIError`` and said once, by `SamenOp.main`.
@Suite("CLI error")
struct CLIErrorTests {
    @Test("wrong input is status 1; a failure already said has no message")
    func statuses() {
        #expect(CLIError("kapot").status == 1)
        #expect(CLIError.failed() == CLIError("", status: 1))
        #expect(CLIError("x", status: 2).description == "x")
    }

    @Test("a session id without a store is refused with the shell's wording, and no store is made")
    func unknownSessionFromShell() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samenop-cli-\(UUID().uuidString)")
        let store = folder.appendingPathComponent("s.sqlite").path
        #expect(throws: CLIError("Geen bewaarde sessie 'abc' (zie `samenop sessions`).")) {
            _ = try SessionOpener.openFromShell("abc", storePath: store, scenariosOption: nil, Localizer(.nl), resume: true)
        }
        #expect(throws: CLIError("No stored session 'abc' (see `samenop sessions`).")) {
            _ = try SessionOpener.openFromShell("abc", storePath: store, scenariosOption: nil, Localizer(.en), resume: false)
        }
        #expect(!FileManager.default.fileExists(atPath: store))
    }
}
