import Foundation

/// How a request reached the window (受理渠道). Tickets accepted before channels were
/// recorded carry none; they were all taken at the window.
public enum TicketChannel: String, Codable, Sendable, CaseIterable {
    case window   // 窗口
    case phone    // 电话
    case online   // 网上平台

    public var zh: String {
        switch self {
        case .window: return "窗口"
        case .phone: return "电话"
        case .online: return "网上"
        }
    }

    public var en: String {
        switch self {
        case .window: return "window"
        case .phone: return "phone"
        case .online: return "online"
        }
    }

    public static func find(_ text: String) -> TicketChannel? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return allCases.first { $0.rawValue == t || $0.zh == t || $0.en == t.lowercased() }
    }
}
