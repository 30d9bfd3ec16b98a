/// The seven kinds of request older journals recorded as a ticket's `type`, before the
/// window's services were a published list (data/catalog/services.json). Each maps onto the
/// service whose `legacy` names it — 行政服务 → admin-general, 知识产权保护 → ip-general,
/// 政策申报 → policy-application, 人才服务 → talent-general, 空间选址 → space-general,
/// 党群服务 → party-general, 其他 → general-enquiry — with the same time limit and documents
/// those tickets were given. Tickets keep what they recorded; the list resolves it.
public enum TicketType: String, Codable, Sendable, CaseIterable {
    case administrative   // 行政服务
    case ipProtection     // 知识产权保护
    case policy           // 政策申报
    case talent           // 人才服务
    case space            // 空间选址
    case party            // 党群服务
    case other            // 其他

    public var zh: String {
        switch self {
        case .administrative: return "行政服务"
        case .ipProtection: return "知识产权保护"
        case .policy: return "政策申报"
        case .talent: return "人才服务"
        case .space: return "空间选址"
        case .party: return "党群服务"
        case .other: return "其他"
        }
    }

    public var en: String {
        switch self {
        case .administrative: return "administrative"
        case .ipProtection: return "IP protection"
        case .policy: return "policy application"
        case .talent: return "talent services"
        case .space: return "space / site"
        case .party: return "Party services"
        case .other: return "other"
        }
    }

    /// The service of the list this type maps onto.
    public func service(in catalog: Catalog = .plan) -> Service? {
        catalog.services.first { $0.legacy == rawValue }
    }
}
