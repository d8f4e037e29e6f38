import SamenOpModel
import SamenOpText
/// Warning: the id differs from the file name, which makes a library hard to find one's way in.
struct FileNameCheck: ScenarioCheck {
    func check(_ scenario: Scenario) -> [Diagnostic] {
        let name = scenario.file.split(separator: "/").last.map(String.init) ?? scenario.file
        var base = name
        for ext in [".yaml", ".yml"] where base.hasSuffix(ext) { base.removeLast(ext.count) }
        guard !scenario.id.value.isEmpty, base != scenario.id.value else { return [] }
        return [.warning("SO080", at: scenario.id.location, .key(.diagSO080, scenario.id.value, name),
                         hint: .key(.diagSO080Hint, scenario.id.value))]
    }
}
