/// One of the six special actions (六大专项行动).
public struct SpecialAction: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let order: Int
    /// 科创街区焕新升级专项行动.
    public let zh: String
    /// 科创街区焕新升级.
    public let short: String
    public let en: String
    /// What it does (“通过…”).
    public let means: [String]
    /// What it mainly serves (“主要服务…”).
    public let serves: [String]
}
