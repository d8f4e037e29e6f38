import SamenOpAnalysis
import SamenOpScript

/// `check --explore`: the findings of `samenop paths` added to each file's diagnostics.
extension CheckCommand {
    /// `result` with the path findings of its scenario (none when it did not load cleanly).
    static func addingPathFindings(_ result: LoadResult) -> LoadResult {
        guard let scenario = result.scenario, !result.hasErrors else { return result }
        var result = result
        result.diagnostics += PathExplorer.explore(scenario).findings.map(\.diagnostic)
        return result
    }
}
