import Foundation
import SamenOpEngine
import SamenOpModel

/// Session files (`samenop-session/1`): stored sessions as JSON lines, one session a line, so
/// that trainers with their own laptops can pool sessions into one store (`export`, `import`).
///
/// A line holds the exact header and events as the store keeps them (dates as seconds since
/// 2001-01-01 UTC, Foundation's reference date, so nothing is rounded on the way), the
/// scenario's id and sha256, and when the session finished:
///
/// ```json
/// {"events":[…],"finishedAt":786297600.5,"format":"samenop-session/1","header":{…},
///  "scenario":{"id":"kermis","sha256":"…"}}
/// ```
public enum SessionFile {
    /// The value of every line's `format`.
    public static let format = "samenop-session/1"

    /// Why a session file was refused; `line` is 1-based.
    public enum Failure: Error, Equatable, Sendable {
        /// The line is not a JSON object.
        case notJSON(line: Int)
        /// The line's `format` is missing or not ``SessionFile/format``.
        case wrongFormat(line: Int, found: String?)
        /// The line is JSON of the right format but a field is missing or wrong.
        case invalid(line: Int, field: String)
        /// The same session id twice in one file.
        case duplicate(line: Int, id: String)
    }

    struct Line: Codable {
        struct ScenarioRef: Codable {
            var id: String
            var sha256: String
        }
        var format: String
        var header: SessionHeader
        var scenario: ScenarioRef
        var finishedAt: Date?
        var events: [SessionEvent]
    }

    /// One session as a line (without the newline). With `pseudonymise`, participant names
    /// become role labels (see ``pseudonymised(_:)``).
    public static func line(_ session: StoredSession, pseudonymise: Bool = false) -> String {
        let session = pseudonymise ? pseudonymised(session) : session
        let line = Line(
            format: format, header: session.header,
            scenario: .init(id: session.header.scenarioID, sha256: session.header.scenarioSHA256),
            finishedAt: session.finishedAt, events: session.events)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values of these types cannot fail.
        return (try? encoder.encode(line)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The sessions in a session file, in file order; blank lines are skipped. Refuses the
    /// whole file at the first malformed line, naming its number.
    public static func parse(_ text: String, scenarioPath: (SessionHeader) -> String) throws(Failure) -> [StoredSession] {
        let decoder = JSONDecoder()
        var sessions: [StoredSession] = []
        var seen: Set<String> = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = i + 1
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            let data = Data(text.utf8)
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw .notJSON(line: number)
            }
            guard let found = object["format"] as? String, found == format else {
                throw .wrongFormat(line: number, found: object["format"] as? String)
            }
            for field in ["header", "scenario", "events"] where object[field] == nil {
                throw .invalid(line: number, field: field)
            }
            let line: Line
            do {
                line = try decoder.decode(Line.self, from: data)
            } catch {
                throw .invalid(line: number, field: fieldName(of: error))
            }
            let header = line.header
            guard isValidID(header.id) else { throw .invalid(line: number, field: "header.id") }
            guard line.scenario.id == header.scenarioID, line.scenario.sha256 == header.scenarioSHA256 else {
                throw .invalid(line: number, field: "scenario")
            }
            guard seen.insert(header.id).inserted else { throw .duplicate(line: number, id: header.id) }
            sessions.append(StoredSession(
                header: header, scenarioPath: scenarioPath(header), events: line.events, finishedAt: line.finishedAt))
        }
        return sessions
    }

    /// `session` with every participant's name replaced by a label made from their role
    /// (`politie`, and `politie 2` for a second participant with that role), in `join` and
    /// `vote` events alike, so that it still replays. Notes and vote reasons are free text and
    /// stay as written.
    public static func pseudonymised(_ session: StoredSession) -> StoredSession {
        var labels: [String: String] = [:]
        var perRole: [String: Int] = [:]
        var copy = session
        copy.events = session.events.map { event in
            switch event {
            case .join(let name, let role, let at):
                if labels[name] == nil {
                    perRole[role, default: 0] += 1
                    let n = perRole[role]!
                    labels[name] = n == 1 ? role : "\(role) \(n)"
                }
                return .join(name: labels[name]!, role: role, at: at)
            case .vote(let name, let shown, let reason, let at):
                return .vote(name: labels[name] ?? name, shown: shown, reason: reason, at: at)
            default:
                return event
            }
        }
        return copy
    }

    /// A session id as the store makes them, or as tests and older builds did: letters,
    /// digits, `-` and `_`, 1-64 characters.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// The dotted coding path of a decoding error, for the message.
    static func fieldName(of error: any Error) -> String {
        guard let error = error as? DecodingError else { return "?" }
        let path: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default: path = []
        }
        return path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
