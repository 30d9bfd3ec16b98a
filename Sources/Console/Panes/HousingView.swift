import SiliconAlleyCore

/// The talent housing pane's views, in the order `v` steps through them.
enum HousingView: String, CaseIterable, Sendable {
    case grid, expiring, vacant, waiting, occupancy

    var title: Phrase {
        switch self {
        case .grid: return Phrase("入住图", "grid")
        case .expiring: return Phrase("60天内到期", "ending ≤60 days")
        case .vacant: return Phrase("空置", "vacant")
        case .waiting: return Phrase("轮候", "waiting list")
        case .occupancy: return Phrase("入住率", "occupancy")
        }
    }

    /// The words `view=…` (the overview's targets) and `:view` accept.
    private var names: [String] {
        switch self {
        case .grid: return ["grid", "map", "入住图"]
        case .expiring: return ["expiring", "ending", "到期", "60天内到期"]
        case .vacant: return ["vacant", "空置"]
        case .waiting: return ["waiting", "queue", "轮候", "轮候名单"]
        case .occupancy: return ["occupancy", "buildings", "入住率"]
        }
    }

    static func named(_ text: String) -> HousingView? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { $0.names.contains(t) }
    }

    var next: HousingView { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    var previous: HousingView {
        Self.allCases[(Self.allCases.firstIndex(of: self)! + Self.allCases.count - 1) % Self.allCases.count]
    }

    /// The table `:export` writes from this view when none is named.
    var exportTable: HousingExporter.Table {
        switch self {
        case .expiring: return .leases
        case .waiting: return .waiting
        case .grid, .vacant, .occupancy: return .units
        }
    }
}
