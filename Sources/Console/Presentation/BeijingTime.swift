import Foundation
import SiliconAlleyCore

/// Journal times are UTC; operators read Beijing time (UTC+8, no daylight saving).
enum BeijingTime {
    /// "2026-11-29T20:53:22.715Z" → "2026-11-30 04:53:22"
    static func format(_ iso: String) -> String {
        let u = Array(iso.utf8)
        guard u.count >= 19, let date = LocalDate(String(decoding: u[0..<10], as: UTF8.self)),
              let h = Int(String(decoding: u[11..<13], as: UTF8.self)) else { return iso }
        let rest = String(decoding: u[13..<19], as: UTF8.self)  // ":MM:SS"
        var hour = h + 8
        var day = date
        if hour >= 24 { hour -= 24; day = date.adding(days: 1) }
        return "\(day) \(hour < 10 ? "0" : "")\(hour)\(rest)"
    }
}

extension BeijingTime {
    /// The wall clock now in Beijing, "HH:MM:SS" (for the message log).
    static func clock(_ date: Date) -> String {
        let s = (Int(date.timeIntervalSince1970) + 8 * 3600) % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))"
    }
}
