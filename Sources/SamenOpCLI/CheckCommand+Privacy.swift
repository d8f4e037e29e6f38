import Foundation
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

/// `check --privacy`: the privacy findings join each file's diagnostics as errors.
extension CheckCommand {
    /// `results` with each file's privacy findings added (in file order), and each file's
    /// text with the identifiers masked, for the formatter to echo instead of the real lines.
    func addingPrivacyFindings(to results: [LoadResult]) -> (results: [LoadResult], redacted: [String: String]) {
        var redacted: [String: String] = [:]
        let checked = results.map { result -> LoadResult in
            guard let data = FileManager.default.contents(atPath: result.file) else { return result }
            let check = PrivacyScanner.check(result, source: String(decoding: data, as: UTF8.self))
            redacted[result.file] = check.redactedSource
            let merged = (result.diagnostics + check.diagnostics).enumerated().sorted { a, b in
                let la = a.element.location, lb = b.element.location
                let pa = (la?.line ?? 0, la?.column ?? 0), pb = (lb?.line ?? 0, lb?.column ?? 0)
                return pa != pb ? pa < pb : a.offset < b.offset
            }.map(\.element)
            return LoadResult(file: result.file, scenario: result.scenario, diagnostics: merged)
        }
        return (checked, redacted)
    }
}
