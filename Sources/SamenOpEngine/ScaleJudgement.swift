import Foundation

/// One participant's own safety judgement (0-10, with one line of why) at a decision that asks
/// for it (`scale: true`).
///
/// Agencies judge risk differently; the room collects everyone's number so that the spread per
/// role can be set beside the scenario's own `veiligheid`. It is never a ranking of people:
/// the report shows roles and numbers, not who was "right". A later judgement by the same
/// person replaces the earlier one; both stay in the record, the earlier one marked `replaced`.
public struct ScaleJudgement: Codable, Sendable, Hashable {
    public var name: String
    public var role: String
    /// 0-10, like `veiligheid`.
    public var value: Int
    public var reason: String?
    /// Given from a phone in the room rather than typed by the trainer.
    public var phone: Bool
    public var at: Date
    public var replaced: Bool

    public init(name: String, role: String, value: Int, reason: String?, phone: Bool, at: Date, replaced: Bool = false) {
        self.name = name
        self.role = role
        self.value = value
        self.reason = reason
        self.phone = phone
        self.at = at
        self.replaced = replaced
    }
}

/// Where a vote came from: typed by the trainer, or cast from a phone in the room. Both count
/// the same; the source is kept only in the event (Docs/room.md).
public enum VoteSource: String, Codable, Sendable {
    case typed
    case room
}
