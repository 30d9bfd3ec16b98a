import Foundation
import Testing
import SiliconAlleyCore

/// `silicon-alley housing`, `export housing` and `reveal` through the real binary: a unit is
/// added, a talent registered and queued, the unit allocated and checked into, and the grid
/// cell changes; exports mask numbers; the reveal prints the number and is journaled.
@Suite struct HousingCommandLineTests {
    let dir = TempDir("housing-cli")
    var journal: String { dir.file("j.jsonl") }

    func run(_ args: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> SiliconAlleyBinary.Result {
        let r = try SiliconAlleyBinary.run(args + ["--journal", journal], scratch: dir)
        #expect(r.status == 0, "\(args): \(r.stderr)", sourceLocation: sourceLocation)
        return r
    }

    /// The entity of the last line a housing command printed ("#12 lease.signed lease-12").
    func entity(_ r: SiliconAlleyBinary.Result) -> String {
        String(r.stdout.split(separator: "\n").last?.split(separator: " ").last ?? "")
    }

    func gridRow(_ floor: String) throws -> String {
        let g = try run(["housing", "grid", "青龙人才公寓A座", "--ascii"])
        return String(g.stdout.split(separator: "\n").first { $0.hasPrefix(floor) } ?? "")
    }

    @Test func addQueueAllocateCheckInAndTheGridCellChanges() throws {
        _ = try run(["demo", "--enterprises", "1", "--apartments", "0", "--events", "0", "--tickets", "0"])
        let employer = try #require(try JournalStore(path: journal, actor: "reader").state.enterprises.keys.first)
        let unit = entity(try run(["housing", "add-unit", "--building", "青龙人才公寓A座", "--unit", "501", "--floor", "5F",
                                   "--layout", "一室一厅", "--area", "38.5", "--rent", "2400"]))
        #expect(try gridRow("5F").hasSuffix("."), "vacant")
        let id = ResidentID.make(first17: "11010519900101123")!
        let talent = entity(try run(["housing", "register", "--name", "李明", "--id", id, "--mobile", "13812345678",
                                     "--employer", employer, "--category", "领军人才"]))
        _ = try run(["housing", "apply", talent, "--priority", "1"])
        let waiting = try run(["housing", "list", "waiting"])
        #expect(waiting.stdout.contains("李明") && waiting.stdout.contains(PersonalData.mask(id, as: .residentID)) && !waiting.stdout.contains(id))
        let today = LocalDate.today()
        let lease = entity(try run(["housing", "allocate", unit, "--start", today.description, "--end", today.adding(days: 365).description]))
        #expect(lease.hasPrefix("lease-"))
        #expect(try gridRow("5F").hasSuffix("R"), "kept for the tenant")
        _ = try run(["housing", "check-in", lease, "--date", today.description, "--note", "房屋完好"])
        #expect(try gridRow("5F").hasSuffix("#"), "occupied")
        let status = try run(["housing"])
        #expect(status.stdout.contains("100% (1/1)"), "\(status.stdout)")

        // Exports mask; the reveal prints the full number to its caller and is journaled.
        for table in ["units", "leases", "waiting"] {
            let csv = try run(["export", "housing", "--table", table])
            #expect(!csv.stdout.contains(id) && !csv.stdout.contains("13812345678"), "\(table): \(csv.stdout)")
        }
        #expect(try run(["export", "housing", "--table", "units", "--format", "json"]).stdout.contains("138****5678"))
        let revealed = try run(["reveal", talent, "--number", "id", "--reason", "核对租赁合同"])
        #expect(revealed.stdout == id + "\n")
        let s = try JournalStore(path: journal, actor: "reader").state
        #expect(s.kindCounts[EventKind.personalRevealed] == 1)
    }

    @Test func badInputNamesTheFieldAndWritesNothing() throws {
        _ = try run(["demo", "--enterprises", "1", "--apartments", "0", "--events", "0", "--tickets", "0"])
        let size = (try FileManager.default.attributesOfItem(atPath: journal)[.size] as? NSNumber)?.intValue
        let feb30 = ResidentID.make(first17: "11010519990230123")!
        let r = try SiliconAlleyBinary.run(["housing", "register", "--name", "李明", "--id", feb30, "--mobile", "138",
                                            "--employer", "ent-404", "--category", "领军人才", "--journal", journal], scratch: dir)
        #expect(r.status == 1)
        for field in ["idNumber:", "phone:", "employer:"] { #expect(r.stderr.contains(field), "\(field) \(r.stderr)") }
        #expect(r.stderr.contains("birth date"))
        let reveal = try SiliconAlleyBinary.run(["reveal", "tal-404", "--number", "mobile", "--reason", "x", "--journal", journal], scratch: dir)
        #expect(reveal.status == 1 && reveal.stderr.contains("record:") && reveal.stdout.isEmpty)
        #expect((try FileManager.default.attributesOfItem(atPath: journal)[.size] as? NSNumber)?.intValue == size)
    }
}
