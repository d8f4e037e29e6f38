import Foundation
import SamenOpModel
import SamenOpText

/// The outcome of loading one scenario file: the model when it could be built, and every
/// problem found on the way.
public struct LoadResult: Sendable {
    /// The file as the caller named it.
    public var file: String
    /// Non-nil whenever the model could be built, possibly with validation errors.
    public var scenario: Scenario?
    /// Sorted by position in the file.
    public var diagnostics: [Diagnostic]

    /// A result as the loader builds it (public for tests and tools that add diagnostics).
    public init(file: String, scenario: Scenario?, diagnostics: [Diagnostic]) {
        self.file = file
        self.scenario = scenario
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error; a scenario with errors must not be played.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// How many diagnostics are errors.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// How many diagnostics are warnings.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// Reads scenario files (`samenop/1`) into the model, with diagnostics at file positions.
///
/// Walks Yams' node tree rather than decoding, so that every problem can name its line and
/// column; then runs every validation check. It never throws and never traps on bad input.
public enum ScenarioLoader {
    /// Files larger than this are refused before parsing: no scenario comes near it.
    public static let maximumFileSize = 16 << 20
    /// At most this many diagnostics are reported per file; the rest are summed up in one.
    public static let maximumDiagnostics = 1000

    /// Reads, parses and validates one file (sha256 of the bytes into `Scenario.sha256`).
    /// `path` is kept as given for messages.
    public static func load(path: String) -> LoadResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return unreadable(path, .key(.diagSO001Missing))
        }
        if isDirectory.boolValue {
            return unreadable(path, .key(.diagSO001Folder), hint: .key(.diagSO001FolderHint))
        }
        // Non-blocking, so that a FIFO (or a device) named like a scenario never stalls the
        // library; only regular files are read, and their size is judged before reading.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { return unreadable(path, .key(.diagSO001Unreadable)) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            return unreadable(path, .key(.diagSO001ReadError, String(cString: strerror(errno))))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return unreadable(path, .key(.diagSO001NotRegular)) }
        if Int64(info.st_size) > Int64(maximumFileSize) { return tooLarge(path) }
        let data: Data
        do {
            // One byte more than the limit, for a file that grew after it was measured.
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            return unreadable(path, .key(.diagSO001ReadError, error.localizedDescription))
        }
        if data.count > maximumFileSize { return tooLarge(path) }
        return load(data: data, file: path)
    }

    /// Same from text (tests); `file` names it in diagnostics.
    public static func load(yaml: String, file: String) -> LoadResult {
        load(data: Data(yaml.utf8), file: file)
    }

    /// Same from bytes, which must be UTF-8.
    public static func load(data: Data, file: String) -> LoadResult {
        guard let text = String(validatingUTF8Bytes: data) else {
            return LoadResult(file: file, scenario: nil, diagnostics: [invalidUTF8(data, file: file)])
        }
        let (root, composeProblems) = YAMLComposer.compose(text, file: file)
        guard let root else { return LoadResult(file: file, scenario: nil, diagnostics: composeProblems) }
        var builder = ScenarioBuilder(file: file, source: SourceText(text))
        let scenario = builder.build(root, sha256: SHA256.hex(data))
        var diagnostics = builder.reader.diagnostics
        if let scenario { diagnostics += Validator.check(scenario, source: builder.reader.source) }
        diagnostics = sorted(diagnostics)
        let over = builder.reader.dropped + max(0, diagnostics.count - maximumDiagnostics)
        if over > 0 {
            diagnostics.removeLast(max(0, diagnostics.count - maximumDiagnostics))
            diagnostics.append(.error("SO007", at: nil, .key(.diagSO007, over), hint: .key(.diagSO007Hint)))
        }
        return LoadResult(file: file, scenario: scenario, diagnostics: diagnostics)
    }

    /// Diagnostics in file order; errors before warnings at one position.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            if (la?.line ?? 0, la?.column ?? 0) != (lb?.line ?? 0, lb?.column ?? 0) {
                return (la?.line ?? 0, la?.column ?? 0) < (lb?.line ?? 0, lb?.column ?? 0)
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    private static func tooLarge(_ path: String) -> LoadResult {
        LoadResult(file: path, scenario: nil, diagnostics: [.error("SO011", at: nil, .key(.diagSO011, maximumFileSize >> 20))])
    }

    private static func unreadable(_ path: String, _ message: LocalizedMessage, hint: LocalizedMessage? = nil) -> LoadResult {
        LoadResult(file: path, scenario: nil, diagnostics: [.error("SO001", at: nil, message, hint: hint)])
    }

    /// The position of the first byte that is not UTF-8 (binary files, Latin-1 exports).
    private static func invalidUTF8(_ data: Data, file: String) -> Diagnostic {
        let bytes = [UInt8](data)
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            if length == 0 || index + length > bytes.count
                || String(validatingUTF8Bytes: Data(bytes[index..<index + length])) == nil {
                break
            }
            if byte == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
            index += length
        }
        let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1
        return .error("SO001", at: SourceLocation(file: file, line: line, column: column),
                      .key(.diagSO001NotUtf8, String(bytes[min(index, bytes.count - 1)], radix: 16)),
                      hint: .key(.diagSO001NotUtf8Hint))
    }
}

extension String {
    /// The bytes as text when they are valid UTF-8, `nil` otherwise (never repairs them).
    init?(validatingUTF8Bytes data: Data) {
        guard let text = String(bytes: data, encoding: .utf8) else { return nil }
        self = text
    }
}
