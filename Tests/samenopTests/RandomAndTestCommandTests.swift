import Foundation
import Testing

/// `samenop play --random` and `samenop test`, end to end through the binary.
@Suite("RandomAndTestCommand")
struct RandomAndTestCommandTests {
    @Test("the same seed prints the same bytes; another seed other runs")
    func sameSeed() throws {
        let first = try Binary.run(["play", "middag-na-school", "--random", "200", "--seed", "7"])
        let second = try Binary.run(["play", "middag-na-school", "--random", "200", "--seed", "7"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.hasPrefix("200 willekeurige rondes van middag-na-school (seed 7)\nbereikte eindes:\n"))
        let other = try Binary.run(["play", "middag-na-school", "--random", "200", "--seed", "8"])
        #expect(other.stdout != first.stdout)
        let json = try Binary.run(["play", "middag-na-school", "--random", "200", "--seed", "7", "--json"])
        #expect(json.stdout == (try Binary.run(["play", "middag-na-school", "--random", "200", "--seed", "7", "--json"])).stdout)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(summary["format"] as? String == "samenop-random/1")
        let endings = try #require(summary["endings"] as? [String: Int])
        #expect(endings.values.reduce(0, +) + (summary["stuck"] as? Int ?? -1) == 200)
        #expect(summary["stuck"] as? Int == 0)
    }

    @Test("--random with --choices, a count below 1, or --seed without --random is a usage error")
    func usage() throws {
        let both = try Binary.run(["play", "middag-na-school", "--random", "5", "--choices", "1", "--lang", "en"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("give either --choices or --random, not both"))
        let zero = try Binary.run(["play", "middag-na-school", "--random", "0", "--lang", "en"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--random takes a positive number of runs, not 0"))
        let seed = try Binary.run(["play", "middag-na-school", "--seed", "3", "--lang", "en"])
        #expect(seed.status == 2)
        #expect(seed.stderr.contains("--seed and --json go with --random"))
        let shuffle = try Binary.run(["play", "middag-na-school", "--random", "5", "--shuffle", "3", "--lang", "en"])
        #expect(shuffle.status == 2)
        #expect(shuffle.stderr.contains("--shuffle does not go with --random"))
    }

    @Test("samenop test passes on the library: one line per test, then the summary")
    func library() throws {
        let result = try Binary.run(["test", "--lang", "en"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 31)
        #expect(lines.first == "PASS a-teenager-calls-112: expert path")
        #expect(lines.last == "30 passed, 0 failed")
    }

    @Test("a wrong expectation fails at its line with the value found; exit 1")
    func failing() throws {
        let folder = Binary.temporaryFolder()
        let scenario = try String(contentsOf: Binary.scenarios.appendingPathComponent("zij-mag-niet-kiezen.yaml"), encoding: .utf8)
        try scenario.write(to: folder.appendingPathComponent("zij-mag-niet-kiezen.yaml"), atomically: true, encoding: .utf8)
        let test = """
            format: samenop-test/1
            tests:
              - name: lost path
                choices: 1,2
                expect:
                  ending.scene: einde-weg
                  kernvragen.missing: [1, 2]
                  steps.1.phase.verdict: aligned
                  steps.9.scene: melding
              - name: too many choices
                choices: 1,2,1
                expect: {}

            """
        let file = folder.appendingPathComponent("zij-mag-niet-kiezen.test.yaml")
        try test.write(to: file, atomically: true, encoding: .utf8)
        let result = try Binary.run(["test", folder.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            FAIL zij-mag-niet-kiezen: lost path
              \(file.path):7:7: expected [1, 2] at 'kernvragen.missing', found [1, 2, 5]
              \(file.path):9:7: expected "melding" at 'steps.9.scene', found nothing (no such field)
            FAIL zij-mag-niet-kiezen: too many choices
              \(file.path):11:14: the choices do not play: The scenario had already ended before step 3: --choices has 1 too many.
            0 passed, 2 failed

            """)
    }

    @Test("a test file with a mistake is reported at its line; 'shuffle' plays in that seed's order")
    func badFile() throws {
        let folder = Binary.temporaryFolder()
        let scenario = try String(contentsOf: Binary.scenarios.appendingPathComponent("zij-mag-niet-kiezen.yaml"), encoding: .utf8)
        try scenario.write(to: folder.appendingPathComponent("zij-mag-niet-kiezen.yaml"), atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("zij-mag-niet-kiezen.test.yaml")
        try "format: samenop-test/1\ntests:\n  - name: x\n    choices: 1,a\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try Binary.run(["test", file.path, "--lang", "en"])
        #expect(bad.status == 1)
        #expect(bad.stdout == "\(file.path):4:14: 'choices' must be numbers separated by commas, like 1,2,1\n0 passed, 1 failed\n")
        // With `shuffle: 4` the numbers are those that seed shows, as with `play --shuffle 4`:
        // 1,1 there is the lost path that 1,2 is in the authored order.
        try """
            format: samenop-test/1
            tests:
              - name: shuffled
                choices: 1,1
                shuffle: 4
                expect:
                  ending.scene: einde-weg
                  steps.1.choice: 3
              - name: authored
                choices: 1,2
                expect:
                  ending.scene: einde-weg
                  steps.1.choice: 1

            """.write(to: file, atomically: true, encoding: .utf8)
        let shuffled = try Binary.run(["test", file.path, "--lang", "en"])
        #expect(shuffled.status == 0)
        #expect(shuffled.stdout == "PASS zij-mag-niet-kiezen: shuffled\nPASS zij-mag-niet-kiezen: authored\n2 passed, 0 failed\n")
    }
}
