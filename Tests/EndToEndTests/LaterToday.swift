import Foundation

/// An hour still ahead today on Beijing's clock, for a test that makes an event "today" and
/// needs it not yet over (a fixed 14:00–16:00 failed every afternoon from 16:00). Nil in the
/// day's last hour, when no such hour is left.
enum LaterToday {
    /// Two hours from the next whole hour (to 23:59 when less is left), and how long that is.
    static var hours: (start: String, end: String, twoHours: Bool)? {
        let hour = (Int(Date().timeIntervalSince1970) + 8 * 3600) / 3600 % 24
        guard hour < 23 else { return nil }
        func hh(_ h: Int) -> String { (h < 10 ? "0" : "") + String(h) }
        let start = hour + 1
        return start <= 21 ? (hh(start) + ":00", hh(start + 2) + ":00", true) : (hh(start) + ":00", "23:59", false)
    }
}
