import Foundation
import SiliconAlleyCore
import TerminalUI

/// The housing pane's `:` commands: export a table, show a view, choose a building.
extension HousingPane {
    public func completions(_ verb: Verb, _ ctx: ShellContext) -> [String] {
        switch verb {
        case .export: return HousingExporter.Table.allCases.map(\.rawValue)
        case .view: return HousingView.allCases.map(\.rawValue)
        case .building: return snapshot.buildings
        }
    }

    public func run(_ verb: Verb, argument: String, _ ctx: ShellContext) -> PaneOutcome {
        switch verb {
        case .export: return export(argument, ctx)
        case .view:
            guard let v = HousingView.named(argument) else {
                return .refuse(ctx.t("视图是 ", "views are ") + HousingView.allCases.map(\.rawValue).joined(separator: ", "))
            }
            view = v
            return .none
        case .building:
            if argument.trimmingCharacters(in: .whitespaces).isEmpty {
                building = nil
                return .say(ctx.t("全部楼栋", "every building"))
            }
            guard let b = resolveBuilding(argument) else {
                return .refuse(ctx.t("没有楼栋“", "no building “") + Sanitizer.clean(argument) + ctx.t("”（或不止一栋）", "” (or more than one)"))
            }
            building = b
            gridRows = TableState()
            gridColumn = currentGrid?.nearestColumn(in: 0, to: 0) ?? 0
            for v in HousingView.allCases where v != .grid { tables[v] = TableState() }
            return .none
        }
    }

    /// Where an export goes by default: `exports/` beside the journal.
    static func exportDirectory(_ ctx: ShellContext) -> String {
        (ctx.store.path as NSString).deletingLastPathComponent + "/exports"
    }

    /// `:export [units|leases|waiting] [FILE]`: the whole table (not the filtered view: the
    /// task force's sheets want every row), CSV with a BOM for Excel or JSON by the file's
    /// ending, in the interface language, every number masked. The full path is said.
    func export(_ argument: String, _ ctx: ShellContext) -> PaneOutcome {
        var table = view.exportTable
        var path = ""
        for word in argument.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            if let t = HousingExporter.Table(rawValue: word.lowercased()), path.isEmpty { table = t } else { path += (path.isEmpty ? "" : " ") + word }
        }
        if path.isEmpty {
            path = Self.exportDirectory(ctx) + "/housing-\(table.rawValue)-\(ctx.today).csv"
        } else {
            path = (path as NSString).expandingTildeInPath
            if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        }
        let format: HousingExporter.Format = path.lowercased().hasSuffix(".json") ? .json : .csv
        let state = ctx.store.state
        let bytes = HousingExporter.export(table, state: state, format: format, english: ctx.language == .en, bom: format == .csv, today: ctx.today)
        let count: Int
        switch table {
        case .units: count = HousingUnits.all(state).count
        case .leases: count = state.leases.count
        case .waiting: count = WaitingList.ordered(state).count
        }
        let what: Phrase
        switch table {
        case .units: what = Phrase("套公寓", "units")
        case .leases: what = Phrase("份租约", "leases")
        case .waiting: what = Phrase("位轮候", "applications")
        }
        let file = path
        return .saveFile(FileWrite(path: file, bytes: bytes) { ctx, result in
            switch result {
            case .success(let p):
                // The whole path, wrapped if need be: the status line would cut it.
                let l = ctx.language
                return .openDetail(title: l.t("已导出", "Exported"), lines: [
                    (l.t("文件", "File"), Sanitizer.clean(p)),
                    (l.t("内容", "Rows"), l.t("\(count) \(what.zh)；身份证号与手机号已脱敏", "\(count) \(what.en); resident IDs and mobiles masked")),
                    (l.t("格式", "Format"), format == .json ? "JSON" : l.t("CSV（UTF-8 带 BOM，可直接用 Excel 打开）", "CSV (UTF-8 with a BOM, opens in Excel)")),
                ])
            case .failure(let e):
                return .refuse(ctx.t("无法写入 ", "cannot write ") + Sanitizer.clean(file) + ": \(e)")
            }
        })
    }
}
