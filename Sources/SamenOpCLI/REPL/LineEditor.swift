internal import CReadline
import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Words that tab completion offers: command names in both languages, scenario ids and
/// participant names. Readline calls back from C, so the list lives at module level.
private let completionCandidates = Mutex<[String]>([])
/// Per command (by either name): the words that make sense after it, e.g. card ids after
/// `deel`. A command missing here gets all of `completionCandidates`.
private let argumentCandidates = Mutex<[String: [String]]>([:])
/// Per command: the words that make sense after its first argument (`start ID` -> the modes).
private let laterCandidates = Mutex<[String: [String]]>([:])
/// The matches for the word being completed, computed on readline's first call.
private let currentMatches = Mutex<[String]>([])

/// Reads the REPL's input lines: GNU readline on a terminal (editing, history, tab
/// completion), plain `Swift.readLine()` otherwise.
///
/// Readline echoes the prompt and the input when standard input is a pipe, so a script
/// driving the REPL would see its own input twice; plain lines avoid that and never write an
/// escape code. This is the only file that imports `CReadline`.
struct LineEditor {
    /// Whether readline is used (standard input is a terminal).
    let interactive: Bool
    /// Where the history is kept, or `nil` for none.
    let historyPath: String?

    init(interactive: Bool, historyPath: String?) {
        self.interactive = interactive
        self.historyPath = historyPath
        guard interactive else { return }
        samenop_rl_set_readline_name("samenop")
        samenop_rl_set_attempted_completion(complete)
        samenop_rl_clear_line_on_interrupt()
        if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
            read_history(historyPath)
        }
    }

    /// Replaces the words tab completion offers.
    /// `later` gives the words after a command's first argument (the second word on).
    static func setCompletions(
        _ words: [String], after arguments: [REPLCommand: [String]] = [:], later: [REPLCommand: [String]] = [:]
    ) {
        let unique = Array(Set(words)).sorted()
        completionCandidates.withLock { $0 = unique }
        func byName(_ table: [REPLCommand: [String]]) -> [String: [String]] {
            var byName: [String: [String]] = [:]
            for (command, words) in table {
                let sorted = Array(Set(words)).sorted()
                for name in REPLCommandNames.bundled.names(of: command) { byName[name] = sorted }
            }
            return byName
        }
        argumentCandidates.withLock { $0 = byName(arguments) }
        laterCandidates.withLock { $0 = byName(later) }
    }

    /// The words to offer for the word at the cursor: command names for the first word,
    /// else what fits after that command.
    static func candidates(lineBeforeCursor: String) -> [String] {
        let words = lineBeforeCursor.split(separator: " ", omittingEmptySubsequences: true)
        let completingFirst = words.isEmpty || (words.count == 1 && !lineBeforeCursor.hasSuffix(" "))
        if completingFirst { return Array(Set(REPLCommand.allNames)).sorted() }
        let command = words[0].lowercased()
        let index = lineBeforeCursor.hasSuffix(" ") ? words.count : words.count - 1
        if index >= 2, let later = laterCandidates.withLock({ $0[command] }) { return later }
        return argumentCandidates.withLock { $0[command] } ?? completionCandidates.withLock { $0 }
    }

    /// The next line without its newline, or `nil` at the end of input.
    ///
    /// `prompt` may hold escape codes wrapped in `\u{1}`...`\u{2}` (so readline can measure
    /// the visible width); it is shown only on a terminal.
    func readLine(prompt: String) -> String? {
        guard interactive else { return Swift.readLine(strippingNewline: true) }
        guard let buffer = readline(prompt) else { return nil }
        defer { free(buffer) }
        let line = String(cString: buffer)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { remember(line) }
        return line
    }

    /// Adds `line` to the history and appends it to the history file (mode 0600).
    private func remember(_ line: String) {
        add_history(line)
        guard let historyPath else { return }
        let folder = (historyPath as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: folder) { try? SecureFile.createPrivateFolder(folder) }
        if !FileManager.default.fileExists(atPath: historyPath) {
            let fd = open(historyPath, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
            if fd >= 0 { close(fd) }
        }
        // History is a convenience: a read-only disk must not stop the session.
        if append_history(1, historyPath) == 0 { history_truncate_file(historyPath, 1000) }
        chmod(historyPath, 0o600)
    }
}

/// Readline's completion hook: completes the word at the cursor from the candidates.
private func complete(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    samenop_rl_set_attempted_completion_over(1)
    return rl_completion_matches(text, nextMatch)
}

/// Readline's generator: called with `state` 0 first, then 1, 2, ... until it returns NULL.
/// Readline frees the strings it gets.
private func nextMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 {
        let prefix = text.map { String(cString: $0) } ?? ""
        let buffer = samenop_rl_line_buffer().map { String(cString: $0) } ?? ""
        let point = Int(samenop_rl_point())
        let before = String(decoding: Array(buffer.utf8).prefix(point), as: UTF8.self)
        let words = LineEditor.candidates(lineBeforeCursor: before)
        currentMatches.withLock { $0 = words.filter { $0.hasPrefix(prefix) } }
    }
    let index = Int(state)
    guard let word = currentMatches.withLock({ index < $0.count ? $0[index] : nil }) else { return nil }
    return strdup(word)
}
