import SiliconAlleyCore
import TerminalUI

/// Arriving from elsewhere, filtering, and the journal moving on: the housing pane's rows
/// are rebuilt here (never while drawing), keeping what the operator was looking at.
extension HousingPane {
    /// Accepts `view=grid|expiring|vacant|waiting|occupancy`, `building=<name>` (the whole
    /// name or a part only one building has; without it, every building) and
    /// `select=<unit, talent, application or lease id>`.
    public func show(_ target: PaneTarget, in area: Rect, _ ctx: ShellContext) {
        if let v = target.criteria["view"].flatMap(HousingView.named) { view = v }
        // Arriving shows what the target names and nothing left over from before.
        building = target.criteria["building"].flatMap(resolveBuilding)
        gridRows = TableState()
        gridColumn = currentGrid?.nearestColumn(in: 0, to: 0) ?? 0
        setFilter(target.filter ?? "", in: area, ctx)
        if let id = target.select { select(id, area: area, ctx) }
    }

    /// A building by its whole name, or by a part only one building's name has.
    func resolveBuilding(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return nil }
        if snapshot.buildings.contains(t) { return t }
        let hits = snapshot.buildings.filter { $0.contains(t) || NameMatch([$0]).matches(t) }
        return hits.count == 1 ? hits[0] : nil
    }

    /// Selects a unit (on the grid), a talent (their place on the waiting list, else their
    /// unit) or a lease (on the ending list, else its unit).
    func select(_ id: String, area: Rect, _ ctx: ShellContext) {
        let state = ctx.store.state
        if view == .waiting, let i = waitingRows.firstIndex(where: { $0.talent.id == id || $0.application.id == id }) {
            tables[.waiting] = selection(i, .waiting, area, ctx)
            return
        }
        if view == .expiring, let i = expiringRows.firstIndex(where: { $0.lease.id == id || $0.unit.id == id || $0.tenant.id == id }) {
            tables[.expiring] = selection(i, .expiring, area, ctx)
            return
        }
        if view == .vacant, let i = vacantRows.firstIndex(where: { $0.apartment.id == id }) {
            tables[.vacant] = selection(i, .vacant, area, ctx)
            return
        }
        let unit = state.apartments[id]?.id ?? state.leases[id]?.apartment
            ?? state.leases.values.first { $0.talent == id && $0.isActive }?.apartment
        guard let unit, let u = snapshot.units[unit] else { return }
        view = .grid
        building = u.apartment.building
        guard let g = currentGrid, let place = g.place(of: unit) else { return }
        gridRows.select(place.row, rowCount: g.rows.count, page: page(area, ctx))
        gridColumn = place.column
    }

    func selection(_ i: Int, _ v: HousingView, _ area: Rect, _ ctx: ShellContext) -> TableState {
        var t = table(v)
        t.select(i, rowCount: rowCount(v), page: page(area, ctx))
        return t
    }

    /// `/` filters the lists (unit number, building, name or its pinyin, employer, ids); on
    /// the grid it marks the matching units and moves to the first.
    public func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext) {
        filter = text
        refreshRows()
        for v in HousingView.allCases where v != .grid { tables[v] = TableState() }
        guard view == .grid, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        let names = gridBuilding.map { [$0] + snapshot.buildings.filter { $0 != gridBuilding } } ?? snapshot.buildings
        for b in names {
            guard let g = snapshot.grids[b] else { continue }
            for (r, row) in g.rows.enumerated() {
                if let c = row.cells.firstIndex(where: { $0.map(matches) ?? false }) {
                    building = b
                    gridRows.select(r, rowCount: g.rows.count, page: page(area, ctx))
                    gridColumn = c
                    return
                }
            }
        }
    }

    func matches(_ u: UnitSummary) -> Bool {
        let q = filter.trimmingCharacters(in: .whitespaces)
        if q.isEmpty { return true }
        let a = u.apartment
        let people = [u.tenant?.name, u.tenant?.employerName].compactMap { $0 }
        return NameMatch([a.unit, a.building, a.layout] + people).matches(q)
    }

    private func matches(_ e: LeaseExpiry.Entry) -> Bool {
        NameMatch([e.unit.unit, e.unit.building, e.lease.id, e.tenant.name, e.tenant.employerName ?? ""]).matches(filter)
    }

    private func matches(_ e: WaitingList.Entry) -> Bool {
        NameMatch([e.talent.name, e.talent.employerName ?? "", e.talent.category, e.application.id, e.talent.id]).matches(filter)
    }

    public func journalChanged(_ ctx: ShellContext) { rebuild(ctx) }

    func rebuild(_ ctx: ShellContext) {
        guard ctx.store.head.seq != builtAt || ctx.today != builtToday || ctx.store.reloads != builtReloads else { return }
        builtAt = ctx.store.head.seq
        builtToday = ctx.today
        builtReloads = ctx.store.reloads
        // Keep what the operator was looking at: the same unit, lease, application, building.
        let keepUnit = view == .grid ? selectedUnit?.apartment.id : nil
        let keep: [HousingView: String] = [
            .expiring: row(.expiring).map { expiringRows[$0].lease.id },
            .vacant: row(.vacant).map { vacantRows[$0].apartment.id },
            .waiting: row(.waiting).map { waitingRows[$0].application.id },
            .occupancy: row(.occupancy).map { occupancyRows[$0].building },
        ].compactMapValues { $0 }
        snapshot = HousingSnapshot(ctx.store.state, today: ctx.today)
        if let b = building, !snapshot.buildings.contains(b) { building = nil }
        refreshRows()
        for (v, id) in keep {
            var t = table(v)
            t.reselect(id, rowCount: rowCount(v)) { id in
                switch v {
                case .expiring: return expiringRows.firstIndex { $0.lease.id == id }
                case .vacant: return vacantRows.firstIndex { $0.apartment.id == id }
                case .waiting: return waitingRows.firstIndex { $0.application.id == id }
                case .occupancy: return occupancyRows.firstIndex { $0.building == id }
                case .grid: return nil
                }
            }
            tables[v] = t
        }
        guard let g = currentGrid, !g.rows.isEmpty else { gridRows = TableState(); gridColumn = 0; return }
        if let id = keepUnit, let place = g.place(of: id) {
            gridRows.select(place.row, rowCount: g.rows.count)
            gridColumn = place.column
        } else {
            gridRows.select(gridRows.selected, rowCount: g.rows.count)
            gridColumn = g.nearestColumn(in: gridRows.selected, to: gridColumn)
        }
    }

    func refreshRows() {
        let b = building
        expiringRows = snapshot.expiring.filter { (b == nil || $0.unit.building == b) && matches($0) }
        vacantRows = snapshot.vacant.filter { (b == nil || $0.apartment.building == b) && matches($0) }
        waitingRows = snapshot.waiting.filter(matches)
        occupancyRows = snapshot.occupancy.filter { NameMatch([$0.building]).matches(filter) }
    }
}
