import Foundation
import Testing

/// The layers of Docs/architecture.md, checked on the sources: each target imports only the
/// modules its layer may use.
///
/// Package.swift already refuses an import of a target that is not a declared dependency when
/// built with `--explicit-target-dependency-import-check=error`, but a plain `swift build` can
/// find a module that happens to be built already. This test holds the rule itself, so that
/// adding a dependency to Package.swift is a visible decision, not a side effect.
@Suite("Architecture")
struct LayerImportTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    /// What each target may import besides the system (Foundation, Glibc, Darwin,
    /// Synchronization, Dispatch).
    static let allowed: [String: Set<String>] = [
        "SamenOpText": [],
        "SamenOpModel": ["SamenOpText"],
        "SamenOpScript": ["SamenOpModel", "SamenOpText", "Yams"],
        "SamenOpEngine": ["SamenOpModel", "SamenOpText"],
        "SamenOpReport": ["SamenOpEngine", "SamenOpModel", "SamenOpText"],
        "SamenOpStore": ["SamenOpEngine", "SamenOpModel", "GRDB"],
        "SamenOpPrivacy": ["SamenOpScript", "SamenOpModel", "SamenOpText"],
        "SamenOpAnalysis": ["SamenOpEngine", "SamenOpModel", "SamenOpText", "SamenOpReport"],
        "SamenOpMap": ["SamenOpEngine", "SamenOpModel", "SamenOpText"],
        "SamenOpCohort": ["SamenOpEngine", "SamenOpModel", "SamenOpText"],
        "SamenOpXAPI": ["SamenOpEngine", "SamenOpModel"],
        "SamenOpRoom": ["SamenOpEngine", "SamenOpModel", "SamenOpText", "FlyingFox", "FlyingSocks", "CQRencode"],
        // FoundationNetworking (URLSession on Linux) only here: sending xAPI statements to a store.
        "SamenOpCLI": ["SamenOpText", "SamenOpModel", "SamenOpScript", "SamenOpEngine", "SamenOpReport",
                       "SamenOpStore", "SamenOpPrivacy", "SamenOpAnalysis", "SamenOpMap", "SamenOpCohort", "SamenOpXAPI",
                       "SamenOpRoom", "ArgumentParser", "CReadline", "FoundationNetworking"],
        "samenop": ["SamenOpCLI"],
    ]
    static let system: Set<String> = ["Foundation", "FoundationEssentials", "Glibc", "Darwin", "Synchronization", "Dispatch"]

    /// The modules imported by the Swift files under `Sources/target`, with the files.
    static func imports(of target: String) throws -> [String: [String]] {
        let folder = root.appendingPathComponent("Sources/\(target)")
        var found: [String: [String]] = [:]
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /(?m)^(?:@testable |@_exported |internal |public |package |private )*import (?:struct |enum |class |func )?([A-Za-z_][A-Za-z0-9_]*)/) {
                found[String(match.output.1), default: []].append(file)
            }
        }
        return found
    }

    @Test("each target imports only the layers below it", arguments: allowed.keys.sorted())
    func layers(target: String) throws {
        let imports = try Self.imports(of: target)
        #expect(!imports.isEmpty || target == "SamenOpText", "no imports found in Sources/\(target)")
        for (module, files) in imports where !Self.system.contains(module) {
            #expect(Self.allowed[target]!.contains(module), "\(target) imports \(module) in \(files.sorted().joined(separator: ", "))")
        }
    }

    @Test("every source folder is a target of a layer")
    func everyFolderIsKnown() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Sources").path)
        let known = Set(Self.allowed.keys).union(["CReadline", "CQRencode", "samenop-bench", "samenop-hello"])
        #expect(Set(folders).subtracting(known).sorted() == [])
    }

    @Test("Yams only in Script, GRDB only in Store, ArgumentParser and readline only in the CLI, FlyingFox and libqrencode only in the room")
    func dependenciesStayInTheirLayer() throws {
        for (module, owner) in [("Yams", "SamenOpScript"), ("GRDB", "SamenOpStore"), ("ArgumentParser", "SamenOpCLI"), ("CReadline", "SamenOpCLI"),
                                 ("FlyingFox", "SamenOpRoom"), ("FlyingSocks", "SamenOpRoom"), ("CQRencode", "SamenOpRoom")] {
            for target in Self.allowed.keys where target != owner {
                #expect(try Self.imports(of: target)[module] == nil, "\(target) imports \(module)")
            }
        }
    }

    @Test("the executable is one call")
    func thinMain() throws {
        let main = try String(contentsOf: Self.root.appendingPathComponent("Sources/samenop/main.swift"), encoding: .utf8)
        let code = main.split(separator: "\n").filter { !$0.hasPrefix("import") && !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("//") }
        #expect(code == ["SamenOp.main()"])
    }
}
