import Foundation

/// Two hours from the next whole hour on Beijing's clock (to 23:59 when less is left), for
/// an event today that is not over yet; nil in the day's last hour. The end-to-end tests
/// keep their own (a test target sees no other's helpers).
enum LaterToday {
    static var hours: (start: String, end: String)? {
        let next = ((Int(Date().timeIntervalSince1970) / 3600 + 8) % 24) + 1
        if next > 23 { return nil }
        let start = String(format: "%02d:00", next)
        return (start, next <= 21 ? String(format: "%02d:00", next + 2) : "23:59")
    }
}
