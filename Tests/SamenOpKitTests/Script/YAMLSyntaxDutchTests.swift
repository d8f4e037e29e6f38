import Testing
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

@Suite("YAML syntax in Dutch")
struct YAMLSyntaxDutchTests {
    @Test("the common libyaml errors are worded in Dutch, with libyaml's own text kept for searching")
    func dutchWording() {
        let colon = ScenarioLoader.load(yaml: "format: samenop/1\nid: x\ntitle: Een melding: iemand belt\n", file: "s.yaml")
        let tick = ScenarioLoader.load(yaml: "format: samenop/1\nid: `x\n", file: "s.yaml")
        #expect(colon.diagnostics.map { $0.message(in: .nl) }
            == ["YAML-syntaxis: hier mag geen ': ' (dubbele punt en spatie) staan (mapping values are not allowed in this context)"])
        #expect(colon.diagnostics.map { $0.message(in: .en) } == ["YAML syntax: mapping values are not allowed in this context"])
        #expect(tick.diagnostics.map { $0.message(in: .nl) }
            == ["YAML-syntaxis: met dit teken kan hier niets beginnen, vaak een tab, ` of @ (found character that cannot start any token)"])
    }
}
