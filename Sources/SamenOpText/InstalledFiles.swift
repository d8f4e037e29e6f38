import Foundation

/// Where an installed samenop keeps its data: `<prefix>/share/samenop/`, beside the `bin`
/// folder that holds the executable.
///
/// The Debian package (`scripts/package-deb`) puts the binary in `/usr/bin` and its data in
/// `/usr/share/samenop`, but the binary never names `/usr`: it looks relative to itself, so
/// the package also works when it is extracted anywhere (`dpkg-deb -x`, a copy under
/// `/opt` or a home folder). The scenario library (`Scenarios`) and the translation files
/// (`Translations`) are found this way.
package enum InstalledFiles {
    /// `<prefix>/share/samenop/<name>` for the executable at `executablePath` (relative paths
    /// are taken from `currentDirectory`), if that folder exists. The path as given is tried
    /// first, then with its symbolic links resolved, so a link such as
    /// `/usr/local/bin/samenop -> /opt/samenop/usr/bin/samenop` finds the data of the package
    /// it points into when `/usr/local` has none.
    package static func folder(
        _ name: String, executablePath: String,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String? {
        guard !executablePath.isEmpty else { return nil }
        let executable = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
            .standardizedFileURL
        var tried: Set<String> = []
        for url in [executable, executable.resolvingSymlinksInPath()] {
            let candidate = url.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/samenop/\(name)").standardizedFileURL.path
            guard tried.insert(candidate).inserted else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        return nil
    }

    /// The running executable's path (on Linux, `/proc/self/exe`, so already without links).
    package static var executablePath: String {
        Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
    }
}
