import Foundation
import Testing

@Suite("Argument order")
struct ArgumentOrderTests {
    @Test("common options may come before the subcommand")
    func optionsFirst() throws {
        let folder = Binary.temporaryFolder()
        let store = folder.appendingPathComponent("s.sqlite").path
        let sessions = try Binary.run(["--lang", "en", "--store", store, "sessions"])
        #expect(sessions.status == 0)
        #expect(sessions.stderr == "")
        #expect(sessions.stdout == "No stored sessions yet.\n")
        let joined = try Binary.run(["--lang=en", "sessions"])
        #expect(joined.stdout == "No stored sessions yet.\n")
        // A value that happens to be a subcommand name stays a value: the store file "list".
        let value = try Binary.run(["--store", "list"], input: "stop\n", currentDirectory: folder)
        #expect(value.status == 0)
        #expect(value.stdout.hasPrefix("samenop - typ `hulp`"))
    }
}
