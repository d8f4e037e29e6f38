import Foundation
import Testing

/// Output meant for other programs is never translated or rewrapped, also in a Dutch session:
/// the package's man page is made from the help dump, and shells read the completion scripts.
@Suite("Machine-readable output")
struct MachineOutputTests {
    @Test("the help dump is valid JSON in a Dutch session")
    func helpDump() throws {
        let result = try Binary.run(["--experimental-dump-help"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["command"] != nil)
    }

    @Test("completion scripts come out as ArgumentParser writes them, in a Dutch session")
    func completionScripts() throws {
        for shell in ["bash", "zsh", "fish"] {
            let dutch = try Binary.run(["--generate-completion-script", shell])
            let english = try Binary.run(["--generate-completion-script", shell], environment: ["LANG": "en_GB.UTF-8"])
            #expect(dutch.status == 0)
            #expect(dutch.stdout == english.stdout, "\(shell)")
            #expect(dutch.stdout.contains("samenop"))
        }
    }
}
