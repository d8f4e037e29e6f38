import Foundation
import SamenOpEngine
import SamenOpModel

/// A lean reader of the JSON the store itself writes for headers and events.
///
/// `JSONDecoder` costs more per event than everything `stats` does with the event afterwards
/// (issue 17: ten thousand sessions in under a second). The store writes its JSON in one known
/// form (``SessionStore/json(_:)``: sorted keys, dates as seconds since 2001, absent optionals
/// left out), so this reader walks the bytes once and builds the very same values. It accepts
/// only that form: anything else (an unknown key, a number written otherwise, a practice
/// start, a hand-edited row) makes it give up with ``Unexpected``, and the caller decodes that
/// row with `JSONDecoder` instead, which stays the judge of what a row means.
struct StoredJSONReader {
    /// The row is not in the form this reader knows; decode it with `JSONDecoder`.
    struct Unexpected: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The events of a session, as `[event,event,...]` (the store's `group_concat`).
    static func events(_ text: String) throws -> [SessionEvent] {
        var text = text
        return try text.withUTF8 { buffer in
            var reader = StoredJSONReader(buffer)
            var events: [SessionEvent] = []
            try reader.expect(UInt8(ascii: "["))
            if try reader.peek() == UInt8(ascii: "]") { reader.i += 1; try reader.end(); return events }
            while true {
                events.append(try reader.event())
                let next = try reader.next()
                if next == UInt8(ascii: "]") { break }
                guard next == UInt8(ascii: ",") else { throw Unexpected() }
            }
            try reader.end()
            return events
        }
    }

    /// A session header; a practice start is left to `JSONDecoder`.
    static func header(_ text: String) throws -> SessionHeader {
        var text = text
        return try text.withUTF8 { buffer in
            var reader = StoredJSONReader(buffer)
            var id, scenarioID, sha, group: String?
            var mode: SessionMode?
            var startedAt: Double?
            var accepted: Bool?
            var seed: UInt64?
            try reader.object { key, r throws(Unexpected) in
                switch key {
                case "acceptedPrivacyRisk": try Self.put(&accepted, r.bool())
                case "group": if try !r.null() { try Self.put(&group, r.string()) }
                case "id": try Self.put(&id, r.string())
                case "mode":
                    guard let value = SessionMode(rawValue: try r.string()) else { throw Unexpected() }
                    try Self.put(&mode, value)
                case "scenarioID": try Self.put(&scenarioID, r.string())
                case "scenarioSHA256": try Self.put(&sha, r.string())
                case "shuffleSeed": if try !r.null() { try Self.put(&seed, r.unsigned()) }
                case "startedAt": try Self.put(&startedAt, r.double())
                default: throw Unexpected()  // `practice`, or a key of a newer build
                }
            }
            try reader.end()
            guard let id, let scenarioID, let sha, let mode, let startedAt, let accepted else { throw Unexpected() }
            return SessionHeader(
                id: id, scenarioID: scenarioID, scenarioSHA256: sha, mode: mode,
                startedAt: Date(timeIntervalSinceReferenceDate: startedAt), acceptedPrivacyRisk: accepted,
                shuffleSeed: seed, group: group)
        }
    }

    // MARK: - Events

    /// One event: `{"case":{fields}}`, the synthesised `Codable` form of ``SessionEvent``.
    private mutating func event() throws(Unexpected) -> SessionEvent {
        var event: SessionEvent?
        try object { name, r throws(Unexpected) in
            guard event == nil else { throw Unexpected() }
            var scene, text, name2, role, reason, card: String?
            var shown, choice, value: Int?
            var phone: Bool?
            var at: Double?
            try r.object { key, r throws(Unexpected) in
                switch key {
                case "at": try Self.put(&at, r.double())
                case "scene": try Self.put(&scene, r.string())
                case "shown": try Self.put(&shown, r.int())
                case "choice": try Self.put(&choice, r.int())
                case "text": if try !r.null() { try Self.put(&text, r.string()) }
                case "name": try Self.put(&name2, r.string())
                case "role": try Self.put(&role, r.string())
                case "reason": if try !r.null() { try Self.put(&reason, r.string()) }
                case "card": try Self.put(&card, r.string())
                case "value": try Self.put(&value, r.int())
                case "phone": try Self.put(&phone, r.bool())
                default: throw Unexpected()
                }
            }
            guard let at else { throw Unexpected() }
            let date = Date(timeIntervalSinceReferenceDate: at)
            // Each case takes exactly its own fields: any other field present means another form.
            let present = [scene, text, name2, role, reason, card].count { $0 != nil }
                + [shown, choice, value].count { $0 != nil } + (phone == nil ? 0 : 1)
            func only(_ count: Int) throws(Unexpected) {
                guard present == count else { throw Unexpected() }
            }
            switch name {
            case "choose":
                guard let scene, let shown, let choice else { throw Unexpected() }
                try only(text == nil ? 3 : 4)
                event = .choose(scene: scene, shown: shown, choice: choice, text: text, at: date)
            case "note":
                guard let text else { throw Unexpected() }
                try only(1)
                event = .note(text: text, at: date)
            case "undo":
                try only(0)
                event = .undo(at: date)
            case "resume":
                try only(0)
                event = .resume(at: date)
            case "reveal":
                try only(0)
                event = .reveal(at: date)
            case "join":
                guard let name2, let role else { throw Unexpected() }
                try only(2)
                event = .join(name: name2, role: role, at: date)
            case "vote", "roomVote":
                guard let name2, let shown else { throw Unexpected() }
                try only(reason == nil ? 2 : 3)
                event = name == "vote"
                    ? .vote(name: name2, shown: shown, reason: reason, at: date)
                    : .roomVote(name: name2, shown: shown, reason: reason, at: date)
            case "share":
                guard let card else { throw Unexpected() }
                try only(1)
                event = .share(card: card, at: date)
            case "scale":
                guard let name2, let value, let phone else { throw Unexpected() }
                try only(reason == nil ? 3 : 4)
                event = .scale(name: name2, value: value, reason: reason, phone: phone, at: date)
            default:
                throw Unexpected()
            }
        }
        guard let event else { throw Unexpected() }
        return event
    }

    // MARK: - Values

    private static func put<T>(_ slot: inout T?, _ value: T) throws(Unexpected) {
        guard slot == nil else { throw Unexpected() }  // a key twice
        slot = value
    }

    /// Reads `{"key":value,...}`, handing each key to `body`, which must read its value.
    private mutating func object(_ body: (String, inout StoredJSONReader) throws(Unexpected) -> Void) throws(Unexpected) {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") { i += 1; return }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try body(key, &self)
            let next = try next()
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw Unexpected() }
        }
    }

    private mutating func null() throws(Unexpected) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func bool() throws(Unexpected) -> Bool {
        if try peek() == UInt8(ascii: "t") { try literal("true"); return true }
        try literal("false")
        return false
    }

    private mutating func literal(_ word: StaticString) throws(Unexpected) {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { throw Unexpected() }
        for k in 0..<count where bytes[i + k] != word.utf8Start[k] { throw Unexpected() }
        i += count
    }

    /// A plain integer: an optional minus and digits, nothing else.
    private mutating func int() throws(Unexpected) -> Int {
        guard let value = Int(try numberText(integer: true)) else { throw Unexpected() }
        return value
    }

    private mutating func unsigned() throws(Unexpected) -> UInt64 {
        guard let value = UInt64(try numberText(integer: true)) else { throw Unexpected() }
        return value
    }

    /// A JSON number, parsed as `Double` parses text (correctly rounded, like `JSONDecoder`).
    private mutating func double() throws(Unexpected) -> Double {
        guard let value = Double(try numberText(integer: false)), value.isFinite else { throw Unexpected() }
        return value
    }

    /// The text of a number as JSON writes it (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`),
    /// without fraction or exponent when `integer`.
    private mutating func numberText(integer: Bool) throws(Unexpected) -> String {
        _ = try peek()
        let start = i
        func digits() -> Int {
            let from = i
            while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
            return i - from
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        let first = i
        let whole = digits()
        guard whole > 0, whole == 1 || bytes[first] != UInt8(ascii: "0") else { throw Unexpected() }
        if !integer, i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw Unexpected() }
        }
        if !integer, i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw Unexpected() }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }

    /// A string with JSON escapes undone.
    private mutating func string() throws(Unexpected) -> String {
        try expect(UInt8(ascii: "\""))
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
            guard bytes[i] >= 0x20 else { throw Unexpected() }
            i += 1
        }
        guard i < bytes.count else { throw Unexpected() }
        if bytes[i] == UInt8(ascii: "\"") {
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while true {
            guard i < bytes.count else { throw Unexpected() }
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { break }
            guard b >= 0x20 else { throw Unexpected() }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard i < bytes.count else { throw Unexpected() }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    // A surrogate pair; a lone half is left to JSONDecoder.
                    try literal("\\u")
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw Unexpected() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw Unexpected() }
                out.append(contentsOf: String(unicode).utf8)
            default: throw Unexpected()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hex4() throws(Unexpected) -> UInt32 {
        guard i + 4 <= bytes.count else { throw Unexpected() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            i += 1
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw Unexpected()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: - Bytes

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func peek() throws(Unexpected) -> UInt8 {
        skipSpace()
        guard i < bytes.count else { throw Unexpected() }
        return bytes[i]
    }

    private mutating func next() throws(Unexpected) -> UInt8 {
        let b = try peek()
        i += 1
        return b
    }

    private mutating func expect(_ byte: UInt8) throws(Unexpected) {
        guard try next() == byte else { throw Unexpected() }
    }

    private mutating func end() throws(Unexpected) {
        skipSpace()
        guard i == bytes.count else { throw Unexpected() }
    }
}
