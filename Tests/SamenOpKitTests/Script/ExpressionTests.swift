import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("Expressions")
struct ExpressionTests {
    func parse(_ source: String) -> Expression? {
        if case .success(let parsed) = ExpressionParser.parse(source) { return parsed.expression }
        return nil
    }

    func problem(_ source: String) -> String? {
        if case .failure(let problem) = ExpressionParser.parse(source) { return "\(problem.offset): \(problem.message)" }
        return nil
    }

    func check(_ source: String) -> [String] {
        guard case .success(let parsed) = ExpressionParser.parse(source) else { return ["parse failed"] }
        var checker = ExpressionChecker(
            variables: ["veiligheid": .int, "gesproken": .bool, "status": .string],
            scenes: ["erop-af", "begin"], cards: ["mutatie"])
        checker.checkCondition(parsed)
        return checker.problems.map { "\($0.offset): \($0.message) [\($0.code)]" }
    }

    @Test("precedence: not binds tighter than and, and tighter than or; comparisons above sums")
    func precedence() {
        #expect(parse("not a or b and c == 1 + 2 - 3")
            == .binary(.or, .not(.variable("a")),
                       .binary(.and, .variable("b"),
                               .binary(.equal, .variable("c"),
                                       .binary(.minus, .binary(.plus, .literal(.int(1)), .literal(.int(2))), .literal(.int(3)))))))
        #expect(parse("(a or b) and c") == .binary(.and, .binary(.or, .variable("a"), .variable("b")), .variable("c")))
        #expect(parse("not not true") == .not(.not(.literal(.bool(true)))))
    }

    @Test("atoms: numbers, text, booleans, visited() and revealed() with hyphenated ids")
    func atoms() {
        #expect(parse("status != \"in \\\"behandeling\\\"\"") == .binary(.notEqual, .variable("status"), .literal(.string("in \"behandeling\""))))
        #expect(parse("visited( erop-af ) and revealed(mutatie)") == .binary(.and, .visited("erop-af"), .revealed("mutatie")))
        #expect(parse("veiligheid-1 >= 0") == .binary(.greaterOrEqual, .binary(.minus, .variable("veiligheid"), .literal(.int(1))), .literal(.int(0))))
        #expect(parse("false") == .literal(.bool(false)))
    }

    @Test("syntax errors point at the offending token")
    func syntaxErrors() {
        #expect(problem("") == "0: expected a value, found the end of the condition")
        #expect(problem("a and") == "5: expected a value after 'and', found the end of the condition")
        #expect(problem("a && b") == "2: unexpected '&&' in the condition")
        #expect(problem("a = 1") == "2: unexpected '=' in the condition")
        #expect(problem("(a or b") == "7: missing ')' to match the '('")
        #expect(problem("a b") == "2: expected an operator such as 'and', 'or' or '==', found 'b'")
        #expect(problem("1 < 2 < 3") == "6: comparisons cannot be chained")
        #expect(problem("\"open") == "0: the text starting here has no closing '\"'")
        #expect(problem("visited(begin") == "13: expected ')' after 'visited(begin'")
        #expect(problem("revealed()") == "9: 'revealed()' needs a card id")
        #expect(problem("3x") == "0: a name cannot start with a digit")
        #expect(problem("99999999999999999999") == "0: the number 99999999999999999999 is too large")
        #expect(problem(String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100))
            == "64: the condition is nested too deeply (over 64 levels)")
        #expect(problem(String(repeating: "not ", count: 10_000) + "a")
            == "256: the condition is nested too deeply (over 64 levels)")
    }

    @Test("a well-typed condition has no problems")
    func wellTyped() {
        #expect(check("veiligheid + 1 >= 3 and not gesproken or status == \"open\" and visited(erop-af) and revealed(mutatie)") == [])
    }

    @Test("unknown names are reported at the name")
    func unknownNames() {
        #expect(check("veiligheidd > 2 or visited(bgin) or revealed(x)") == [
            "0: unknown variable 'veiligheidd' [SO041]",
            "27: visited() names an unknown scene 'bgin' [SO042]",
            "45: revealed() names an unknown card 'x' [SO043]",
        ])
    }

    @Test("type mismatches are reported at the operator")
    func mismatches() {
        #expect(check("veiligheid == true") == ["11: '==' compares a number with true or false [SO044]"])
        #expect(check("status < 3") == ["7: '<' needs numbers on both sides, but the left side is text [SO044]"])
        #expect(check("gesproken and 1") == ["10: 'and' needs true or false on both sides, but the right side is a number [SO044]"])
        #expect(check("not status") == ["0: 'not' needs true or false, but gets text [SO044]"])
        #expect(check("gesproken + 1 == 2") == ["10: '+' needs numbers on both sides, but the left side is true or false [SO044]"])
    }

    @Test("a condition must be true or false as a whole")
    func notBool() {
        #expect(check("veiligheid + 1") == ["0: the condition is a number, not true or false [SO045]"])
        #expect(check("status") == ["0: the condition is text, not true or false [SO045]"])
    }

    @Test("columns inside plain and quoted if values point into the file; block scalars point at the value")
    func columnsInFile() {
        let plain = Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: veiligheid >= 3 and not gesprokn")
        #expect(Fixture.lines(plain) == ["31:37: error: unknown variable 'gesprokn' [SO041]"])
        let quoted = Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: \"status == open\"")
        #expect(Fixture.lines(quoted) == ["31:24: error: unknown variable 'open' [SO041]"])
        let single = Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: 'status == true'")
        #expect(Fixture.lines(single) == ["31:21: error: '==' compares text with true or false [SO044]"])
        let escaped = Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: \"status == \\\"x\\\" and y\"")
        #expect(Fixture.lines(escaped) == ["31:13: error: unknown variable 'y' [SO041]"])
        let block = Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: >-\n          veiligheid >= 3\n          and nope")
        #expect(Fixture.lines(block) == ["31:13: error: unknown variable 'nope' [SO041]"])
    }

    @Test("each condition code from a whole file: SO040 to SO045, with hints")
    func codesInFile() {
        func result(_ condition: String) -> LoadResult {
            Fixture.load(Fixture.replacing("if: veiligheid >= 3 and not gesproken", with: "if: \(condition)"))
        }
        let syntax = result("veiligheid >= 2 && not gesproken")
        #expect(Fixture.lines(syntax) == ["31:29: error: unexpected '&&' in the condition [SO040]"])
        #expect(syntax.diagnostics.first?.hint == "write 'and'")
        let unknown = result("veiligheidd >= 2")
        #expect(Fixture.lines(unknown) == ["31:13: error: unknown variable 'veiligheidd' [SO041]"])
        #expect(unknown.diagnostics.first?.hint == "did you mean 'veiligheid'?")
        let scene = result("visited(bgin)")
        #expect(Fixture.lines(scene) == ["31:21: error: visited() names an unknown scene 'bgin' [SO042]"])
        #expect(scene.diagnostics.first?.hint == "did you mean 'begin'?")
        let card = result("revealed(mutatei)")
        #expect(Fixture.lines(card) == ["31:22: error: revealed() names an unknown card 'mutatei' [SO043]"])
        #expect(card.diagnostics.first?.hint == "did you mean 'mutatie'?")
        let mismatch = result("veiligheid == true")
        #expect(Fixture.lines(mismatch) == ["31:24: error: '==' compares a number with true or false [SO044]"])
        #expect(mismatch.diagnostics.first?.hint == "both sides must be of the same type")
        let notBool = result("veiligheid + 1")
        #expect(Fixture.lines(notBool) == ["31:13: error: the condition is a number, not true or false [SO045]"])
        #expect(notBool.diagnostics.first?.hint == "compare it, for example 'veiligheid >= 5'")
        #expect(result("veiligheid + 1 > 2").scenario?.scenes[0].choices[1].condition?.source == "veiligheid + 1 > 2")
    }
}
