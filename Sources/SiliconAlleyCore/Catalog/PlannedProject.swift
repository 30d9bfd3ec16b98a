/// A project the plan names under 产业配套提升“5+N” or 空间改造赋能“5+N”.
/// This is the catalogue entry; progress and milestones live elsewhere.
public struct PlannedProject: Sendable, Hashable, Codable, Identifiable {
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case industry5N
        case space5N
    }

    public let id: String
    public let category: Category
    /// The special action (六大专项行动) that supports it. The plan says the six actions
    /// "支撑" the 5+N projects without pairing them one by one; the pairing follows what each
    /// action "主要服务": space renewal → 科创街区焕新升级, the service platform and partner
    /// plan → 吸引集聚 (营商环境, 招商), the institute, fund and data centre → 联动协同
    /// (成果转化, 增值服务), the contest → 人才服务 (发现科创人才), the digital museum → 生态氛围.
    public let action: String?
    /// One of the named five (true) or an “N” item taken in as it comes (false).
    public let core: Bool
    public let zh: String
    public let en: String
    /// The plan's own words about it.
    public let summary: String
    /// Place id, when the plan says where.
    public let placeId: String?
    /// Tier id, when known.
    public let tier: String?
    /// Partners the plan names: 中关村发展集团, 金隅投资物业.
    public let partners: [String]
    /// Space renewal goes through the urban-renewal approval track (城市更新审批).
    public let approvalTrack: Bool
}
