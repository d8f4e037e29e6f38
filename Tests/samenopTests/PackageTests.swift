import Foundation
import Testing

/// The Debian package of `scripts/package-deb`, built once per test run and extracted into a
/// temporary folder, as a trainer's laptop without Swift would have it.
///
/// The release build takes minutes, so every test here shares the one build (a lazily built
/// static); without `dpkg-deb` the suite is skipped with that reason.
enum DebianPackage {
    /// `dpkg-deb`, if this machine has it (it comes with `dpkg` on every Debian).
    static let dpkgDeb: String? = ["/usr/bin/dpkg-deb", "/bin/dpkg-deb"].first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Built {
        /// The `.deb` file.
        var deb: URL
        /// The package extracted with `dpkg-deb -x` (holds `usr/bin/samenop`).
        var root: URL
        var executable: URL { root.appendingPathComponent("usr/bin/samenop") }
        var share: URL { root.appendingPathComponent("usr/share") }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Builds the package with its own SwiftPM scratch folder (`swift test` holds `.build`)
    /// and extracts it.
    static let built: Result<Built, Failure> = {
        let output = Binary.temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            Binary.packageRoot.appendingPathComponent("scripts/package-deb").path,
            "--output", output.path,
            "--scratch-path", Binary.packageRoot.appendingPathComponent(".build/package-deb").path,
        ]
        process.currentDirectoryURL = Binary.packageRoot
        guard let result = try? Binary.collect(process) else { return .failure(Failure(description: "scripts/package-deb did not start")) }
        guard result.status == 0, let last = result.stdout.split(separator: "\n").last else {
            return .failure(Failure(description: "scripts/package-deb failed (\(result.status)):\n\(result.stderr.suffix(4000))"))
        }
        let deb = URL(fileURLWithPath: String(last))
        let root = Binary.temporaryFolder().appendingPathComponent("extracted")
        guard let extract = try? run(dpkgDeb ?? "dpkg-deb", ["-x", deb.path, root.path]), extract.status == 0 else {
            return .failure(Failure(description: "dpkg-deb -x \(deb.path) failed"))
        }
        return .success(Built(deb: deb, root: root))
    }()

    /// A machine without Swift: only the system's folders on the path; options in authored
    /// order, so that a transcript's numbers name the options it recorded.
    static let environmentWithoutSwift: [String: String] = [
        "PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TERM": "dumb", "LANG": "nl_NL.UTF-8", "SAMENOP_SHUFFLE": "off",
    ]

    /// Runs `executable` with `arguments` in `environmentWithoutSwift` (plus a fresh home
    /// and store, and `extra`), from `folder` (a fresh empty folder unless given).
    static func run(
        _ executable: String, _ arguments: [String], extra: [String: String] = [:], in folder: URL? = nil
    ) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = environmentWithoutSwift
        environment["HOME"] = Binary.temporaryFolder().path
        environment["SAMENOP_STORE"] = Binary.temporaryFolder().appendingPathComponent("store.sqlite").path
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.currentDirectoryURL = folder ?? Binary.temporaryFolder()
        return try Binary.collect(process)
    }

    /// The bundled scenario files, by name, from the repository.
    /// The bundled scenario files (their `.test.yaml` files ship too, but are no scenarios).
    static var scenarioFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Binary.scenarios.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".test.yaml") }.sorted()
    }

    /// The recorded path through a bundled scenario (`choices: 1,2,...` in its transcript).
    static func recordedChoices(_ id: String) throws -> String {
        let file = Binary.packageRoot.appendingPathComponent("Tests/SamenOpKitTests/Scenarios/Transcripts/\(id).txt")
        let first = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").first ?? ""
        return try #require(first.hasPrefix("choices: ") ? String(first.dropFirst("choices: ".count)) : nil)
    }
}

@Suite(
    "Debian package", .serialized,
    .enabled(if: DebianPackage.dpkgDeb != nil, "dpkg-deb is not installed (Debian's dpkg package); the .deb cannot be built or extracted"))
struct PackageTests {
    func built() throws -> DebianPackage.Built {
        try DebianPackage.built.get()
    }

    @Test("the package holds the binary, scenarios, translations, a man page and bash, zsh and fish completions")
    func contents() throws {
        let package = try built()
        let files = FileManager.default
        #expect(files.isExecutableFile(atPath: package.executable.path))
        let scenarios = try files.contentsOfDirectory(atPath: package.share.appendingPathComponent("samenop/Scenarios").path).sorted()
        #expect(scenarios.filter { !$0.hasSuffix(".test.yaml") } == DebianPackage.scenarioFiles)
        let translations = try files.contentsOfDirectory(atPath: package.share.appendingPathComponent("samenop/Translations").path).sorted()
        #expect(translations == ["en.json", "nl.json"])

        let manual = try DebianPackage.run("/bin/gzip", ["-dc", package.share.appendingPathComponent("man/man1/samenop.1.gz").path])
        #expect(manual.status == 0)
        #expect(manual.stdout.contains(".Dt SAMENOP 1"))
        for subcommand in ["check", "list", "play", "sessions", "resume", "report"] {
            #expect(manual.stdout.contains(subcommand), "man page lacks \(subcommand)")
        }
        let completions = [
            ("bash-completion/completions/samenop", "complete"),
            ("zsh/vendor-completions/_samenop", "#compdef samenop"),
            ("fish/vendor_completions.d/samenop.fish", "complete -c 'samenop'"),
        ]
        for (path, marker) in completions {
            let text = try String(contentsOf: package.share.appendingPathComponent(path), encoding: .utf8)
            #expect(text.contains(marker), "\(path) lacks '\(marker)'")
            #expect(text.contains("scenarios"), "\(path) does not complete --scenarios")
        }
    }

    @Test("the control file states the version the binary reports and depends on readline and SQLite, not on Swift")
    func control() throws {
        let package = try built()
        let version = try DebianPackage.run(package.executable.path, ["--version"])
        #expect(version.status == 0)
        let fields = try DebianPackage.run(try #require(DebianPackage.dpkgDeb), ["-f", package.deb.path, "Package", "Version", "Depends"])
        let lines = fields.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Package: samenop")
        #expect(lines.dropFirst().first == "Version: " + version.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let depends = lines.first { $0.hasPrefix("Depends: ") } ?? ""
        #expect(depends.contains("libreadline8"))
        #expect(depends.contains("libsqlite3-0"))
        #expect(!depends.lowercased().contains("swift"))
        #expect(package.deb.lastPathComponent.hasPrefix("samenop_\(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines))_"))
    }

    @Test("extracted into a temporary folder, it lists, plays and checks the bundled scenarios with no Swift on the path")
    func runsWithoutSwift() throws {
        let package = try built()
        let swift = try DebianPackage.run("/bin/sh", ["-c", "command -v swift"])
        #expect(swift.status != 0, "swift is on PATH=/usr/bin:/bin: \(swift.stdout)")
        let libraries = try DebianPackage.run("/usr/bin/ldd", [package.executable.path])
        #expect(libraries.status == 0)
        #expect(!libraries.stdout.contains("swift") && !libraries.stdout.contains("Foundation"), "links Swift: \(libraries.stdout)")

        let samenop = package.executable.path
        let installed = package.share.appendingPathComponent("samenop/Scenarios").path
        let list = try DebianPackage.run(samenop, ["list", "--json"])
        #expect(list.status == 0, "\(list.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == DebianPackage.scenarioFiles.count)
        let files = entries.compactMap { $0["file"] as? String }
        #expect(files.count == entries.count && files.allSatisfy { $0.hasPrefix(installed + "/") }, "\(files)")
        let table = try DebianPackage.run(samenop, ["list"])
        #expect(table.stdout.hasPrefix("id "))
        #expect(table.stdout.contains("\nwurging-op-vrijdag "))

        let choices = try DebianPackage.recordedChoices("wurging-op-vrijdag")
        let play = try DebianPackage.run(samenop, ["play", "wurging-op-vrijdag", "--choices", choices, "--report", "json"])
        #expect(play.status == 0, "\(play.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(play.stdout.utf8)) as? [String: Any])
        #expect((report["scenario"] as? [String: Any])?["id"] as? String == "wurging-op-vrijdag")
        #expect((report["session"] as? [String: Any])?["finishedAt"] is String)
        #expect((report["steps"] as? [Any])?.count == choices.split(separator: ",").count)

        let check = try DebianPackage.run(samenop, ["check", installed, "--strict"])
        #expect(check.status == 0)
        #expect(check.stderr == "0 fouten, 0 waarschuwingen in \(DebianPackage.scenarioFiles.count) bestanden\n")
        let broken = Binary.temporaryFolder().appendingPathComponent("kapot.yaml")
        try Data("format: [\n".utf8).write(to: broken)
        let refused = try DebianPackage.run(samenop, ["check", broken.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("\(broken.path):2:1: error: "), "\(refused.stderr)")
    }

    @Test("the options and SAMENOP_SCENARIOS still come before the packaged library, and ./Scenarios too")
    func libraryOrder() throws {
        let package = try built()
        let own = Binary.temporaryFolder()
        try Data(CheckCommandTests.valid.utf8).write(to: own.appendingPathComponent("kort.yaml"))
        let ids = { (result: Binary.Result) in
            ((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        let samenop = package.executable.path
        #expect(ids(try DebianPackage.run(samenop, ["list", "--json", "--scenarios", own.path])) == ["kort"])
        #expect(ids(try DebianPackage.run(samenop, ["list", "--json"], extra: ["SAMENOP_SCENARIOS": own.path])) == ["kort"])
        let project = Binary.temporaryFolder()
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Scenarios"), withIntermediateDirectories: true)
        try Data(CheckCommandTests.valid.utf8).write(to: project.appendingPathComponent("Scenarios/kort.yaml"))
        #expect(ids(try DebianPackage.run(samenop, ["list", "--json"], in: project)) == ["kort"])
    }

    @Test("moved elsewhere or linked from another bin folder, it uses the scenarios and translations it was shipped with")
    func relocated() throws {
        let package = try built()
        // A second copy, with one English text changed, so that only its own files can give it.
        let moved = Binary.temporaryFolder().appendingPathComponent("opt/samenop")
        try FileManager.default.createDirectory(at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: package.root, to: moved)
        let english = moved.appendingPathComponent("usr/share/samenop/Translations/en.json")
        let text = try String(contentsOf: english, encoding: .utf8)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])["list.header.id"]
        #expect(header == "id")
        try Data(text.replacingOccurrences(of: "\"list.header.id\": \"id\"", with: "\"list.header.id\": \"scenario-id\"").utf8).write(to: english)

        let bin = Binary.temporaryFolder().appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let link = bin.appendingPathComponent("samenop")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: moved.appendingPathComponent("usr/bin/samenop"))
        for executable in [moved.appendingPathComponent("usr/bin/samenop"), link] {
            let list = try DebianPackage.run(executable.path, ["list", "--lang", "en"])
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.hasPrefix("scenario-id "), "\(executable.path): \(list.stdout.prefix(200))")
            #expect(list.stdout.split(separator: "\n").count == DebianPackage.scenarioFiles.count + 1)
        }
    }
}
