import Foundation

/// One xAPI 1.0.3 statement, as much of it as samenop fills in.
///
/// Plain `Codable` values in the shape of the specification's JSON (`actor`, `verb`,
/// `object`, `result`, `context`, `timestamp`), so that encoding gives a statement a learning
/// record store accepts and tests can decode what the store gives back.
public struct XAPIStatement: Codable, Sendable, Hashable {
    public var id: String
    public var actor: Actor
    public var verb: Verb
    public var object: Activity
    public var result: Result?
    public var context: Context
    /// ISO 8601 in UTC with milliseconds.
    public var timestamp: String
    /// The xAPI version the statement is written for.
    public var version: String = "1.0.3"

    /// A pseudonymous agent: an account at samenop's home page named after the session, never
    /// after a person.
    public struct Actor: Codable, Sendable, Hashable {
        public var objectType: String
        public var account: Account
    }

    public struct Account: Codable, Sendable, Hashable {
        public var homePage: String
        public var name: String
    }

    public struct Verb: Codable, Sendable, Hashable {
        public var id: String
        public var display: [String: String]
    }

    public struct Activity: Codable, Sendable, Hashable {
        public var objectType: String
        public var id: String
        public var definition: Definition?
    }

    public struct Definition: Codable, Sendable, Hashable {
        public var name: [String: String]?
        public var type: String?
    }

    public struct Result: Codable, Sendable, Hashable {
        public var response: String?
        public var success: Bool?
        public var completion: Bool?
        /// ISO 8601 duration, e.g. `PT12.5S`.
        public var duration: String?
        public var extensions: [String: ExtensionValue]?
    }

    public struct Context: Codable, Sendable, Hashable {
        /// The session, as a UUID (the same for all statements of a session).
        public var registration: String
        public var platform: String
        public var language: String
        public var contextActivities: ContextActivities?
        public var extensions: [String: ExtensionValue]?
    }

    public struct ContextActivities: Codable, Sendable, Hashable {
        public var parent: [Activity]?
        public var grouping: [Activity]?
    }
}

/// The value of an extension: the few shapes samenop uses.
public enum ExtensionValue: Codable, Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case ints([Int])
    case strings([String])

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let v): try c.encode(v)
        case .int(let v): try c.encode(v)
        case .bool(let v): try c.encode(v)
        case .ints(let v): try c.encode(v)
        case .strings(let v): try c.encode(v)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Bool.self) { self = .bool(v) }
        else if let v = try? c.decode(Int.self) { self = .int(v) }
        else if let v = try? c.decode(String.self) { self = .string(v) }
        else if let v = try? c.decode([Int].self) { self = .ints(v) }
        else { self = .strings(try c.decode([String].self)) }
    }
}
