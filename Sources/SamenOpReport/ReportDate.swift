import Foundation
import SamenOpEngine
import SamenOpModel
import SamenOpText

/// Dates in reports: always UTC, so a report reads the same wherever it is rendered.
enum ReportDate {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar
    }()

    private static func parts(_ date: Date) -> DateComponents {
        calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
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

    /// `2026-11-22 10:00 UTC`, for people.
    static func readable(_ date: Date) -> String {
        let c = parts(date)
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day)) \(pad(c.hour)):\(pad(c.minute)) UTC"
    }

    /// Seconds with one decimal in the language's notation: `5,1` (nl) or `5.1` (en).
    static func seconds(_ milliseconds: Int, _ language: Language) -> String {
        let tenths = (milliseconds + 50) / 100
        let text = "\(tenths / 10)\(language == .nl ? "," : ".")\(tenths % 10)"
        return text
    }
}
