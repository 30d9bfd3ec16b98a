/// One of the plan's three spatial tiers (三级空间布局).
public struct Tier: Sendable, Hashable, Codable, Identifiable {
    /// "showcase", "extension" or "radiation".
    public let id: String
    /// 1 = 展示区, 2 = 扩展区, 3 = 辐射区.
    public let level: Int
    /// Short name: 展示区.
    public let zh: String
    /// Full name as in the plan: “青龙”硅巷展示区.
    public let name: String
    public let en: String
    public let enName: String
    /// Which stage of the plan builds it: 第一阶段，立足东城.
    public let stage: String
    public let summary: String
    /// Only the showcase zone has a stated area (0.495 km²).
    public let areaKm2: Double?
    /// Only the showcase zone has stated boundary streets.
    public let boundary: Boundary?
    /// The axis, belts and poles of the extension zone, etc.
    public let components: [Component]

    /// Streets bounding the showcase zone on each side.
    public struct Boundary: Sendable, Hashable, Codable {
        public let north: String
        public let south: String
        public let east: String
        public let west: String
    }

    public struct Component: Sendable, Hashable, Codable {
        /// "axis", "belt", "pole" or "network".
        public let kind: String
        public let zh: String
        public let en: String
    }
}
