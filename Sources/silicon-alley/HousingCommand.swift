import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley housing …`: talent housing from the command line — the figures, the grid
/// and the lists (numbers masked), and every housing command (the same validation as the
/// console; a refusal names each field and writes nothing).
struct HousingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "housing",
        abstract: "Talent housing (人才公寓): occupancy, grid, lists, and the housing commands.",
        subcommands: [Status.self, Grid.self, List.self,
                      AddUnit.self, SetStatus.self, Retire.self, Register.self, Apply.self, Withdraw.self, Allocate.self,
                      Sign.self, CheckIn.self, CheckOut.self, Renew.self, EndEarly.self],
        defaultSubcommand: Status.self)

    /// Occupancy per building, the waiting list's length and leases ending soon.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Occupancy per building, waiting list, leases ending within 60 days.")
        @OptionGroup var journal: JournalOption

        func run() throws {
            let s = try journal.open().state
            for o in BuildingOccupancy.byBuilding(s) + [BuildingOccupancy.total(s)] {
                let name = o.building.isEmpty ? "合计 total" : o.building
                print("\(name)\t入住 occupied \(o.percentText) (\(o.occupied)/\(o.units))\t空置 vacant \(o.vacant)\t维修 maintenance \(o.maintenance)\t预留 reserved \(o.reserved)")
            }
            print("轮候 waiting \(WaitingList.ordered(s).count)\t60天内到期 ending within 60 days \(LeaseExpiry.within(of: .today(), in: s).count)")
        }
    }

    /// The occupancy grid of one building (or all), floors × units, a symbol per status.
    struct Grid: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The occupancy grid: floors × units, one symbol per status.")
        @OptionGroup var journal: JournalOption
        @Argument(help: "Building name (default: every building).") var building: String?
        @Flag(help: "ASCII symbols (# occupied, . vacant, M maintenance, R reserved).") var ascii = false

        func run() throws {
            let s = try journal.open().state
            let grids = building.map { [OccupancyGrid.make(building: $0, in: s)] } ?? OccupancyGrid.all(s)
            let legend = ApartmentStatus.allCases.map { "\(ascii ? $0.asciiSymbol : $0.symbol) \($0.zh) \($0.en)" }.joined(separator: "  ")
            for g in grids {
                print("\(g.building)  入住 occupied \(g.occupancy.percentText)   \(legend)")
                for row in g.rows {
                    let cells = row.cells.map { c in c.map { String(ascii ? $0.status.asciiSymbol : $0.status.symbol) } ?? " " }
                    print(row.label.padding(toLength: 4, withPad: " ", startingAt: 0) + cells.joined(separator: "  "))
                }
            }
        }
    }

    /// units, vacant, waiting or expiring, one line each, numbers masked.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List units, vacant units, the waiting list or leases ending soon (numbers masked).")
        @OptionGroup var journal: JournalOption
        @Argument(help: "units, vacant, waiting or expiring.") var what: String
        @Option(help: "For expiring: the window in days.") var days = LeaseExpiry.defaultDays

        func validate() throws {
            guard ["units", "vacant", "waiting", "expiring"].contains(what) else {
                throw ValidationError("\(what) is not units, vacant, waiting or expiring")
            }
        }

        func run() throws {
            let s = try journal.open().state
            func tenant(_ t: TalentSummary?) -> String { t.map { "\($0.id) \($0.name) \($0.maskedIDNumber) \($0.maskedPhone)" } ?? "" }
            switch what {
            case "units", "vacant":
                for u in what == "units" ? HousingUnits.all(s) : HousingUnits.vacant(s) {
                    let a = u.apartment
                    print([a.id, a.building, a.unit, a.floor.map(FloorNumber.label) ?? "—", a.layout, a.area.formatted, a.rent.formatted,
                           u.status.zh, u.holdNote ?? "", u.lease?.id ?? "", tenant(u.tenant)].joined(separator: "\t"))
                }
            case "waiting":
                for e in WaitingList.entries(s, on: .today()) {
                    print(["\(e.place)", e.application.id, "优先级 \(e.application.effectivePriority)", e.application.appliedOn.description,
                           tenant(e.talent), e.talent.employerName ?? "", e.eligibleNow ? "" : "已入住 housed"].joined(separator: "\t"))
                }
            default:
                for e in LeaseExpiry.within(days: days, of: .today(), in: s) {
                    print([e.lease.id, e.unit.label, e.lease.end.description, "\(e.daysLeft) 天 days", tenant(e.tenant)].joined(separator: "\t"))
                }
            }
        }
    }
}

/// Runs one command; prints the entities its lines are about, or each refused field, exit 1.
func performPrinting(_ journal: JournalOption, _ command: any Command) throws {
    let store = try journal.open()
    do {
        let lines = try store.perform(command)
        for l in lines { print("#\(l.seq) \(l.kind) \(l.entity)") }
    } catch let r as CommandRejected {
        for e in r.errors { printErr("\(e.field): \(e.en) / \(e.zh)") }
        throw ExitCode(1)
    }
}
