import SamenOpEngine
import SamenOpModel
import SamenOpText

/// The room's own safety judgements in part 1: per step that asked for them, the spread per
/// role beside the scenario's own `veiligheid` at that moment. Roles and numbers only, never
/// names: it shows where agencies judge differently, not who was "right" (Docs/room.md).
extension ReportDocument {
    static func scaleSpread(_ r: Reflection, _ l: Localizer) -> [Block] {
        let steps = r.record.filter { !$0.undone && $0.scales.contains { !$0.replaced } }
        guard !steps.isEmpty else { return [] }
        var blocks: [Block] = []
        for step in steps {
            blocks.append(.paragraph([.text(l(.reportScaleLine, step.index, l.label(step.stage), step.safetyBefore))]))
            let spread = ScaleSpread.perRole(step.scales, roles: r.scenario.roles.map(\.id))
            blocks.append(.list(List(spread.map { line in
                ListItem([.text(l(.reportScaleRole, l.roleName(line.role, in: r.scenario),
                                  line.values.map(String.init).joined(separator: ", ")))])
            })))
        }
        return [.subsection(Subsection(title: l(.reportScaleTitle), level: 3, blocks: blocks))]
    }
}
