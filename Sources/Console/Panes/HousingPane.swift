import Foundation
import SiliconAlleyCore
import TerminalUI

/// 人才公寓: the occupancy grid per building (floors × units, a symbol per status), leases
/// ending within 60 days, vacant units, the waiting list in order and occupancy per
/// building (`v` steps through them); forms for units, talents, the waiting list and
/// leases. Resident IDs and mobiles are masked on every screen; an admin's reveal (`#`)
/// shows one number in an overlay that closes with it, and is journaled first.
public final class HousingPane: Pane {
    public static let spec = PaneSpec(HousingPane.self, id: .housing, digit: 4,
                                      title: Phrase("人才公寓", "Talent housing"), short: Phrase("公寓", "Hous"),
                                      summary: Phrase("人才公寓：入住图、到期、空置、轮候、入住率；登记、分配、租约；证件号与手机号脱敏",
                                                      "talent housing: occupancy grid, leases ending, vacant units, waiting list, occupancy; allocation and leases; numbers masked"),
                                      make: HousingPane.init)

    public enum Action: PaneAction {
        case detail, view, viewBack, building, buildingBack, unitLeft, unitRight
        case allocate, sign, checkIn, checkOut, renew, endEarly
        case addUnit, setStatus, retire, register, apply, withdraw, reveal

        public var binding: KeyBinding {
            switch self {
            case .detail: return KeyBinding([.enter], "Enter", legend: Phrase("详情", "details"),
                                            help: Phrase("详情：租约、经过与日志（入住率视图：打开该楼入住图）", "details: leases, timeline, journal (occupancy: opens the grid)"))
            case .view: return KeyBinding([.char("v")], "v", legend: Phrase("视图", "view"),
                                          help: Phrase("下一个视图（入住图、到期、空置、轮候、入住率）", "next view: grid, ending, vacant, waiting, occupancy"))
            case .viewBack: return KeyBinding([.char("V")], "V", help: Phrase("上一个视图", "previous view"))
            case .building: return KeyBinding([.char("b")], "b", legend: Phrase("楼栋", "building"),
                                              help: Phrase("下一栋楼（入住图换楼；到期、空置按楼栋筛选）", "next building (the grid; filters ending and vacant)"))
            case .buildingBack: return KeyBinding([.char("B")], "B", help: Phrase("上一栋楼", "previous building"))
            case .unitLeft: return KeyBinding([.left], "←", help: Phrase("入住图：左边一套（↑↓ 换楼层）", "grid: the unit to the left (↑↓ change floors)"))
            case .unitRight: return KeyBinding([.right], "→", help: Phrase("入住图：右边一套", "grid: the unit to the right"))
            case .allocate: return KeyBinding([.char("a")], "a", help: Phrase("分配所选空置公寓给轮候首位符合条件者（先显示是谁）", "allocate the vacant unit to the first eligible (shows who)"))
            case .sign: return KeyBinding([.char("l")], "l", help: Phrase("签约：把所选公寓直接租给一位人才", "sign a lease of the selected unit to a talent"))
            case .checkIn: return KeyBinding([.char("i")], "i", help: Phrase("入住（记录房屋状况）", "check in (note the unit's condition)"))
            case .checkOut: return KeyBinding([.char("o")], "o", help: Phrase("退房（记录房屋状况，公寓空出）", "check out (note the condition; the unit is free again)"))
            case .renew: return KeyBinding([.char("e")], "e", help: Phrase("续签租约", "renew the lease"))
            case .endEarly: return KeyBinding([.char("E")], "E", help: Phrase("提前结束租约（写明原因，记录保留）", "end the lease early (with a reason; kept on record)"))
            case .addUnit: return KeyBinding([.char("n")], "n", help: Phrase("新增公寓", "add a unit"))
            case .setStatus: return KeyBinding([.char("s")], "s", help: Phrase("设为维修或预留，或恢复空置", "put under maintenance or reserve, or set vacant again"))
            case .retire: return KeyBinding([.char("x")], "x", help: Phrase("停用公寓（记录保留）", "retire the unit (kept on record)"))
            case .register: return KeyBinding([.char("t")], "t", help: Phrase("登记人才（证件号、手机、工作单位）", "register a talent (resident ID, mobile, employer)"))
            case .apply: return KeyBinding([.char("p")], "p", help: Phrase("申请轮候（优先级 1–5）", "apply for the waiting list (priority 1–5)"))
            case .withdraw: return KeyBinding([.char("w")], "w", help: Phrase("撤回所选轮候申请", "withdraw the selected application"))
            case .reveal: return KeyBinding([.char("#")], "#", help: Phrase("查看完整证件号或手机号（仅管理员，写明原因，记入日志）", "see a full ID or mobile (admin, with a reason, journaled)"))
            }
        }

        /// The word in the pane's own key line, which lists the keys that act in each view.
        var hint: Phrase {
            switch self {
            case .detail: return Phrase("详情", "details")
            case .view, .viewBack: return Phrase("视图", "view")
            case .building, .buildingBack: return Phrase("楼栋", "building")
            case .unitLeft, .unitRight: return Phrase("选房", "move")
            case .allocate: return Phrase("分配", "allocate")
            case .sign: return Phrase("签约", "sign")
            case .checkIn: return Phrase("入住", "check in")
            case .checkOut: return Phrase("退房", "check out")
            case .renew: return Phrase("续签", "renew")
            case .endEarly: return Phrase("提前退租", "end early")
            case .addUnit: return Phrase("新增", "add")
            case .setStatus: return Phrase("维修/预留", "hold")
            case .retire: return Phrase("停用", "retire")
            case .register: return Phrase("登记人才", "register")
            case .apply: return Phrase("申请轮候", "apply")
            case .withdraw: return Phrase("撤回", "withdraw")
            case .reveal: return Phrase("完整号码", "full number")
            }
        }

        /// The role the action's command needs (nil: it writes nothing).
        var requiredRole: Role? {
            switch self {
            case .detail, .view, .viewBack, .building, .buildingBack, .unitLeft, .unitRight: return nil
            case .allocate: return AllocateApartment(apartment: "", start: "", end: "").requiredRole
            case .sign: return SignLease(apartment: "", talent: "", start: "", end: "").requiredRole
            case .checkIn: return CheckInLease(lease: "", date: "", note: "").requiredRole
            case .checkOut: return CheckOutLease(lease: "", date: "", note: "").requiredRole
            case .renew: return RenewLease(lease: "", end: "").requiredRole
            case .endEarly: return EndLeaseEarly(lease: "", date: "", reason: "").requiredRole
            case .addUnit: return AddApartment(building: "", unit: "", floor: "", layout: "", area: "", rent: "").requiredRole
            case .setStatus: return SetApartmentStatus(apartment: "", status: .maintenance).requiredRole
            case .retire: return RetireApartment(apartment: "", reason: "").requiredRole
            case .register: return RegisterTalent(name: "", idNumber: "", phone: "", employer: "", category: "").requiredRole
            case .apply: return ApplyForHousing(talent: "", priority: "").requiredRole
            case .withdraw: return WithdrawApplication(application: "", reason: "").requiredRole
            case .reveal: return RevealPersonalData(record: "", number: .residentID, reason: "").requiredRole
            }
        }

        /// The keys worth listing in each view's key line, most used first.
        static func hinted(in view: HousingView) -> [Action] {
            switch view {
            case .grid: return [.detail, .allocate, .sign, .checkIn, .checkOut, .renew, .endEarly, .setStatus, .retire, .addUnit, .reveal]
            case .expiring: return [.detail, .renew, .checkOut, .endEarly, .checkIn, .reveal]
            case .vacant: return [.detail, .allocate, .sign, .setStatus, .retire, .addUnit]
            case .waiting: return [.detail, .apply, .register, .withdraw, .reveal]
            case .occupancy: return [.detail, .addUnit]
            }
        }
    }

    public enum Verb: PaletteVerb {
        case export, view, building

        public var info: PaletteInfo {
            switch self {
            case .export: return PaletteInfo("export", argument: Phrase("[units|leases|waiting] [文件.csv|文件.json]", "[units|leases|waiting] [FILE.csv|FILE.json]"),
                                             help: Phrase("导出公寓、租约或轮候表（号码脱敏；默认存入日志旁的 exports/）", "export units, leases or the waiting list (numbers masked; default: exports/ beside the journal)"))
            case .view: return PaletteInfo("view", argument: Phrase("grid|expiring|vacant|waiting|occupancy", "grid|expiring|vacant|waiting|occupancy"),
                                           help: Phrase("切换人才公寓视图", "show a talent housing view"))
            case .building: return PaletteInfo("building", argument: Phrase("[楼栋]", "[BUILDING]"),
                                               help: Phrase("选择楼栋（不写：全部楼栋）", "choose a building (none: every building)"))
            }
        }
    }

    var snapshot = HousingSnapshot()
    var builtAt = -1
    var builtToday = LocalDate(year: 2000, month: 1, day: 1)!
    var builtReloads = -1
    var view = HousingView.grid
    /// The grid's building, and the filter of the ending and vacant lists (nil: every
    /// building; the grid then shows the first).
    var building: String? {
        didSet { if building != oldValue { refreshRows() } }
    }
    /// The grid's selection: `selected` is the floor row; and the place on it.
    var gridRows = TableState()
    var gridColumn = 0
    var tables: [HousingView: TableState] = [:]
    public internal(set) var filter = ""
    // The lists as shown: the building filter and `/` applied.
    var expiringRows: [LeaseExpiry.Entry] = []
    var vacantRows: [UnitSummary] = []
    var waitingRows: [WaitingList.Entry] = []
    var occupancyRows: [BuildingOccupancy] = []

    init(_ ctx: ShellContext) {
        rebuild(ctx)
        if let g = currentGrid { gridColumn = g.nearestColumn(in: 0, to: 0) }
    }

    // MARK: What is selected

    /// The building the grid shows.
    var gridBuilding: String? { building ?? snapshot.buildings.first }
    var currentGrid: OccupancyGrid? { gridBuilding.flatMap { snapshot.grids[$0] } }

    func table(_ v: HousingView) -> TableState { tables[v] ?? TableState() }

    func rowCount(_ v: HousingView) -> Int {
        switch v {
        case .grid: return currentGrid?.rows.count ?? 0
        case .expiring: return expiringRows.count
        case .vacant: return vacantRows.count
        case .waiting: return waitingRows.count
        case .occupancy: return occupancyRows.count
        }
    }

    func row(_ v: HousingView) -> Int? {
        let n = rowCount(v)
        return n == 0 ? nil : table(v).clampedSelection(rowCount: n)
    }

    /// The unit the keys act on: the grid's cell, or the selected row's unit.
    var selectedUnit: UnitSummary? {
        switch view {
        case .grid: return currentGrid?.unit(row: gridRows.clampedSelection(rowCount: rowCount(.grid)), column: gridColumn)
        case .vacant: return row(.vacant).map { vacantRows[$0] }
        case .expiring: return row(.expiring).flatMap { snapshot.units[expiringRows[$0].unit.id] }
        case .waiting, .occupancy: return nil
        }
    }

    /// The running lease the lease keys act on.
    var selectedLease: Lease? {
        if view == .expiring { return row(.expiring).map { expiringRows[$0].lease } }
        return selectedUnit?.lease
    }

    /// The person `#` and Enter are about: the tenant (or the last one), or the applicant.
    var selectedTalent: TalentSummary? {
        switch view {
        case .waiting: return row(.waiting).map { waitingRows[$0].talent }
        case .expiring: return row(.expiring).map { expiringRows[$0].tenant }
        default: return selectedUnit.flatMap { $0.tenant ?? $0.lastTenant }
        }
    }

    var selectedEntry: WaitingList.Entry? { view == .waiting ? row(.waiting).map { waitingRows[$0] } : nil }

    // MARK: Layout (the same for keys and drawing)

    /// Headline and view tabs on top, the view's key line at the bottom, the view between.
    func regions(_ area: Rect, _ ctx: ShellContext) -> (head: Rect, tabs: Rect, body: Rect, hints: Rect) {
        let hintLines = max(1, hintRows(width: area.width, ctx).count)
        let (top, rest) = area.splitTop(2)
        let (body, hints) = rest.splitBottom(min(hintLines, max(0, rest.height - 3)))
        return (top.row(0), top.row(1), body, hints)
    }

    /// The grid's rows: under the status legend, above the selected unit's lines.
    static let unitLineCount = 4
    func gridLayout(_ area: Rect, _ ctx: ShellContext) -> HousingGridLayout? {
        guard let g = currentGrid else { return nil }
        let body = regions(area, ctx).body
        // A blank line under the legend and above the selected unit's lines.
        let rows = Rect(x: body.x, y: body.y + 2, width: body.width, height: max(1, body.height - 3 - Self.unitLineCount))
        return HousingGridLayout(g, in: rows)
    }

    func page(_ area: Rect, _ ctx: ShellContext) -> Int {
        if view == .grid { return gridLayout(area, ctx)?.visibleRows ?? 1 }
        return max(1, regions(area, ctx).body.height - 1)
    }

    // MARK: Keys

    /// ↑↓ (and the other list moves) go through floors on the grid, rows in the lists; ←→
    /// are the `unitLeft`/`unitRight` actions.
    public func handle(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome? {
        if view == .grid { return moveInGrid(key, area, ctx) }
        var t = table(view)
        guard t.handle(key, rowCount: rowCount(view), page: page(area, ctx)) else { return nil }
        tables[view] = t
        return PaneOutcome.none
    }

    private func moveInGrid(_ key: Key, _ area: Rect, _ ctx: ShellContext) -> PaneOutcome? {
        guard ListMove(key) != nil else { return nil }
        guard let g = currentGrid, !g.rows.isEmpty else { return .refuse(noUnits(ctx)) }
        _ = gridRows.handle(key, rowCount: g.rows.count, page: page(area, ctx))
        gridColumn = g.nearestColumn(in: gridRows.selected, to: gridColumn)
        return PaneOutcome.none
    }

    func noUnits(_ ctx: ShellContext) -> String {
        ctx.t("还没有公寓：按 n 新增", "no units yet: n adds one")
    }

    public func unavailable(_ action: Action, _ ctx: ShellContext) -> String? {
        if let needed = action.requiredRole, ctx.store.role < needed {
            return ctx.t("\(ctx.store.actor) 的角色是\(ctx.store.role.zh)，此操作需要\(needed.zh)",
                         "\(ctx.store.actor) is \(ctx.store.role.en); this needs \(needed.en)")
        }
        let here = ctx.t(view.title.zh, view.title.en)
        switch action {
        case .view, .viewBack, .addUnit, .register: return nil
        case .unitLeft, .unitRight:
            if view != .grid { return ctx.t("←→ 在入住图中选房；v 切换视图", "←→ move between units on the grid; v changes the view") }
            return currentGrid == nil ? noUnits(ctx) : nil
        case .building, .buildingBack:
            if snapshot.buildings.isEmpty { return noUnits(ctx) }
            if view == .waiting { return ctx.t("轮候名单不分楼栋", "the waiting list is not by building") }
            if view == .occupancy { return ctx.t("入住率列出每栋楼：↑↓ 选择，Enter 打开该楼入住图", "occupancy lists every building: ↑↓ choose, Enter opens its grid") }
            if view == .grid && snapshot.buildings.count == 1 { return ctx.t("只有一栋楼", "there is only one building") }
            return nil
        case .detail:
            if view == .occupancy { return occupancyRows.isEmpty ? noUnits(ctx) : nil }
            if view == .waiting { return selectedEntry == nil ? ctx.t("轮候名单为空：按 p 申请轮候", "the waiting list is empty: p adds an application") : nil }
            return selectedUnit == nil ? nothingSelected(ctx) : nil
        case .apply:
            return nil
        case .withdraw:
            guard view == .waiting else { return ctx.t("在轮候视图中选择申请（按 v 切换到轮候）", "choose the application on the waiting list (v changes the view)") }
            return selectedEntry == nil ? ctx.t("轮候名单为空", "the waiting list is empty") : nil
        case .reveal:
            return selectedTalent == nil ? ctx.t("所选没有人才：在入住图、到期或轮候中选择一位", "no person selected: choose one on the grid, the ending list or the waiting list") : nil
        case .allocate, .sign, .setStatus, .retire:
            guard view == .grid || view == .vacant || view == .expiring else {
                return ctx.t("在入住图或空置视图中选择公寓（\(here)中没有公寓）", "choose a unit on the grid or the vacant list (\(here) shows none)")
            }
            guard let u = selectedUnit else { return nothingSelected(ctx) }
            let name = Sanitizer.clean(u.apartment.unit)
            switch action {
            case .allocate:
                if u.status != .vacant { return ctx.t("\(name) 是\(u.status.zh)：只有空置公寓可以分配", "\(name) is \(u.status.en): only vacant units are allocated") }
                if snapshot.waiting.isEmpty { return ctx.t("轮候名单为空：按 p 申请轮候", "the waiting list is empty: p adds an application") }
                return nil
            case .sign:
                if let l = u.lease { return ctx.t("\(name) 已有租约（\(l.status.zh)）", "\(name) already has a lease (\(l.status.en))") }
                if u.status == .maintenance { return ctx.t("\(name) 维修中，不能签约（s 恢复空置）", "\(name) is under maintenance; no lease (s sets it vacant)") }
                return nil
            case .setStatus, .retire:
                if let l = u.lease {
                    return ctx.t("\(name) 有租约（\(l.status.zh)），退房或结束租约后才能\(action == .retire ? "停用" : "设状态")",
                                 "\(name) has a lease (\(l.status.en)); check out or end it first")
                }
                return nil
            default: return nil
            }
        case .checkIn, .checkOut, .renew, .endEarly:
            guard let lease = selectedLease else {
                if view == .waiting || view == .occupancy {
                    return ctx.t("在入住图或到期视图中选择租约（\(here)中没有租约）", "choose a lease on the grid or the ending list (\(here) shows none)")
                }
                guard let u = selectedUnit else { return nothingSelected(ctx) }
                return ctx.t("\(Sanitizer.clean(u.apartment.unit)) 没有租约（\(u.status.zh)）", "\(Sanitizer.clean(u.apartment.unit)) has no lease (\(u.status.en))")
            }
            if action == .checkIn && lease.status != .signed { return ctx.t("租约\(lease.status.zh)，不是待入住", "the lease is \(lease.status.en), not awaiting check-in") }
            if action == .checkOut && lease.status != .occupied { return ctx.t("租约\(lease.status.zh)：尚未入住，可提前结束（E）", "the lease is \(lease.status.en): not moved in yet; E ends it") }
            return nil
        }
    }

    private func nothingSelected(_ ctx: ShellContext) -> String {
        snapshot.units.isEmpty ? noUnits(ctx) : ctx.t("没有选中的公寓", "no unit selected")
    }

    public func perform(_ action: Action, in area: Rect, _ ctx: ShellContext) -> PaneOutcome {
        switch action {
        case .view, .viewBack:
            view = action == .view ? view.next : view.previous
            return .none
        case .building, .buildingBack:
            stepBuilding(action == .building ? 1 : -1, area, ctx)
            return .none
        case .unitLeft, .unitRight:
            guard let g = currentGrid else { return .none }
            let row = gridRows.clampedSelection(rowCount: g.rows.count)
            // At the end of a floor the selection stays: nothing further that way.
            if let c = g.nextColumn(in: row, from: gridColumn, step: action == .unitLeft ? -1 : 1) { gridColumn = c }
            return .none
        case .detail: return detail(ctx)
        case .addUnit:
            return .openForm(HousingForms.addUnit(building: gridBuilding, ctx) { [unowned self] ctx, id in
                self.select(id, area: area, ctx)
            })
        case .register:
            return .openForm(HousingForms.register(ctx))
        case .apply:
            return .openForm(HousingForms.apply(talent: nil, ctx))
        case .reveal:
            guard let t = selectedTalent else { return .none }
            return .openForm(HousingForms.reveal(t, ctx))
        case .withdraw:
            guard let e = selectedEntry else { return .none }
            return .openForm(HousingForms.withdraw(e, ctx))
        case .allocate, .sign, .setStatus, .retire:
            guard let u = selectedUnit else { return .none }
            switch action {
            case .allocate: return .openForm(HousingForms.allocate(u, ctx))
            case .sign: return .openForm(HousingForms.sign(u, ctx))
            case .setStatus: return .openForm(HousingForms.setStatus(u, ctx))
            default: return .openForm(HousingForms.retire(u, ctx))
            }
        case .checkIn, .checkOut, .renew, .endEarly:
            guard let lease = selectedLease, let unit = snapshot.units[lease.apartment] ?? selectedUnit else { return .none }
            switch action {
            case .checkIn: return .openForm(HousingForms.checkIn(lease, unit: unit.apartment, ctx))
            case .checkOut: return .openForm(HousingForms.checkOut(lease, unit: unit.apartment, ctx))
            case .renew: return .openForm(HousingForms.renew(lease, unit: unit.apartment, ctx))
            default: return .openForm(HousingForms.endEarly(lease, unit: unit.apartment, ctx))
            }
        }
    }

    private func detail(_ ctx: ShellContext) -> PaneOutcome {
        let state = ctx.store.state
        if view == .occupancy, let i = row(.occupancy) {
            building = occupancyRows[i].building
            view = .grid
            gridRows = TableState()
            gridColumn = currentGrid?.nearestColumn(in: 0, to: 0) ?? 0
            return .none
        }
        if view == .waiting, let e = selectedEntry, let d = TalentDetail.make(e.talent.id, in: state) {
            return .openDetail(title: e.talent.name, lines: HousingPresenter.talentDetail(d, history: history(d.historyEntities, ctx), state: state, ctx.language))
        }
        guard let u = selectedUnit, let d = ApartmentDetail.make(u.apartment.id, in: state) else { return .none }
        return .openDetail(title: HousingPresenter.label(u.apartment),
                           lines: HousingPresenter.unitDetail(d, history: history(d.historyEntities, ctx), state: state, today: ctx.today, ctx.language))
    }

    /// The journal lines about these records, in journal order.
    private func history(_ entities: [String], _ ctx: ShellContext) -> [JournalLine] {
        entities.flatMap { ctx.journal.history(of: $0) }.sorted { $0.seq < $1.seq }
    }

    private func stepBuilding(_ step: Int, _ area: Rect, _ ctx: ShellContext) {
        let names = snapshot.buildings
        if view == .grid {
            let i = gridBuilding.flatMap { names.firstIndex(of: $0) } ?? 0
            building = names[(i + step + names.count) % names.count]
            gridRows = TableState()
            gridColumn = currentGrid?.nearestColumn(in: 0, to: 0) ?? 0
        } else {
            let options: [String?] = [nil] + names
            let i = options.firstIndex(of: building) ?? 0
            building = options[(i + step + options.count) % options.count]
            tables[view] = TableState()
        }
    }
}
