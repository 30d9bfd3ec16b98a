/// The panes, in tab order, each on its digit.
public enum PaneID: Int, CaseIterable, Sendable, Hashable {
    case dashboard = 1, projects, enterprises, housing, events, window, journal

    public func title(_ l: Language) -> String {
        switch self {
        case .dashboard: return l.t("总览", "Overview")
        case .projects: return l.t("项目", "Projects")
        case .enterprises: return l.t("企业", "Enterprises")
        case .housing: return l.t("人才公寓", "Housing")
        case .events: return l.t("活动", "Events")
        case .window: return l.t("服务窗口", "Service window")
        case .journal: return l.t("日志", "Journal")
        }
    }

    /// Names accepted by `:goto`.
    public var names: [String] {
        switch self {
        case .dashboard: return ["dashboard", "总览"]
        case .projects: return ["projects", "项目"]
        case .enterprises: return ["enterprises", "企业"]
        case .housing: return ["housing", "人才公寓"]
        case .events: return ["events", "活动"]
        case .window: return ["window", "服务窗口"]
        case .journal: return ["journal", "日志"]
        }
    }
}
