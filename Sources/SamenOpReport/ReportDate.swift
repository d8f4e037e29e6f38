import Foundation
import SamenOpEngine
import SamenOpModel
import SamenOpText

/// Dates in reports and listings: for people in local time with its offset, for JSON in UTC.
///
/// A Dutch debrief reads "22:25 (UTC+01:00)", not a time an hour off marked UTC; `sessions`
/// and the reports use this one function, so they never disagree (trainer trial, finding 8).
/// The JSON report keeps the contract's ISO 8601 UTC (`Docs/scoring.md`).
package enum ReportDate {
    private static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    private static let utc = TimeZone(identifier: "UTC") ?? .current

    private static func parts(_ date: Date, in zone: TimeZone = utc) -> DateComponents {
        calendar(zone).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    private static func pad(_ value: Int?, _ width: Int = 2) -> String {
        let text = String(value ?? 0)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// `2026-11-22T10:00:00Z`, for the JSON report.
    static func iso(_ date: Date) -> String {
        let c = parts(date)
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
    }

    /// `2026-11-22 11:00 (UTC+01:00)` in the local time zone (`TZ`), or `2026-11-22 10:00 UTC`
    /// where local time is UTC; for people.
    package static func readable(_ date: Date, in zone: TimeZone = .current) -> String {
        let c = parts(date, in: zone)
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day)) \(pad(c.hour)):\(pad(c.minute)) " + offset(date, in: zone)
    }

    /// `UTC` or `(UTC+01:00)`, `(UTC-03:30)`: the zone's offset at `date`.
    package static func offset(_ date: Date, in zone: TimeZone) -> String {
        let seconds = zone.secondsFromGMT(for: date)
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(seconds) / 60
        return "(UTC\(seconds < 0 ? "-" : "+")\(pad(minutes / 60)):\(pad(minutes % 60)))"
    }

    /// Seconds with one decimal in the language's notation: `5,1` (nl) or `5.1` (en).
    static func seconds(_ milliseconds: Int, _ language: Language) -> String {
        let tenths = (milliseconds + 50) / 100
        let text = "\(tenths / 10)\(language == .nl ? "," : ".")\(tenths % 10)"
        return text
    }
}
