import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// A small housing stock on a console fixture, written through the store as another
/// operator's lines would be, then picked up by the shell.
///
/// Building A: 801 occupied by talent 1 (ending in 30 days), 802 under maintenance, 803
/// vacant, 701 reserved by an operator, 702 vacant (talent 5 moved out of it). Building B:
/// A-1203 signed to talent 4 (moving in), A-1204 vacant. Waiting list: talent 2 (priority 1),
/// talent 3 (priority 2). With `asciiData` every name is ASCII, so a Chinese character on an
/// English screen can only be an interface word.
struct HousingScenario {
    let f: ConsoleFixture
    let asciiData: Bool
    var employer = ""
    var units: [String: String] = [:]      // unit number → apartment id
    var talents: [Int: String] = [:]       // n → talent id
    var leases: [String: String] = [:]     // unit number → lease id
    var applications: [Int: String] = [:]  // n → application id

    var buildingA: String { asciiData ? "Qinglong Flats A" : "青龙人才公寓A座" }
    var buildingB: String { asciiData ? "Yonghe Flats 2" : "雍和人才公寓2号楼" }
    var today: LocalDate { f.shell.ctx.today }

    static func idNumber(_ n: Int) -> String { ResidentID.make(first17: "110105" + "19900101" + String(format: "%03d", n))! }
    static func mobile(_ n: Int) -> String { "1381234" + String(format: "%04d", n) }
    func name(_ n: Int) -> String {
        (asciiData ? ["Li Ming", "Wang Fang", "Zhang Wei", "Zhao Min", "Chen Jing", "Sun Li", "Zhou Jie"]
                   : ["李明", "王芳", "张伟", "赵敏", "陈静", "孙丽", "周杰"])[n - 1]
    }

    init(_ f: ConsoleFixture, asciiData: Bool = false) throws {
        self.f = f
        self.asciiData = asciiData
        let s = f.store
        let day = f.shell.ctx.today
        employer = try s.perform(RegisterEnterprise(Samples.enterprise(asciiData ? "Qinglong AI Technology Co Ltd" : "北京青龙智能科技有限公司", 77)),
                                 today: day)[0].entity
        let layout = asciiData ? "1BR" : "一室一厅"
        for (b, unit, floor, position) in [(buildingA, "801", 8, 1), (buildingA, "802", 8, 2), (buildingA, "803", 8, 3),
                                           (buildingA, "701", 7, 1), (buildingA, "702", 7, 2),
                                           (buildingB, "A-1203", 12, 1), (buildingB, "A-1204", 12, 2)] {
            units[unit] = try s.perform(AddApartment(building: b, unit: unit, floor: String(floor), position: String(position),
                                                     layout: layout, area: "38.5", rent: "2400"), today: day)[0].entity
        }
        for n in 1...5 {
            talents[n] = try s.perform(RegisterTalent(name: name(n), idNumber: Self.idNumber(n), phone: Self.mobile(n), employer: employer,
                                                      category: asciiData ? "leading" : "领军人才"), today: day)[0].entity
        }
        // Talent 5 lived in 702 and moved out.
        let past = try s.perform(SignLease(apartment: units["702"]!, talent: talents[5]!, start: day.adding(days: -400).description,
                                           end: day.adding(days: -35).description), today: day).last!.entity
        try s.perform(CheckInLease(lease: past, date: day.adding(days: -400).description, note: "ok"), today: day)
        try s.perform(CheckOutLease(lease: past, date: day.adding(days: -35).description, note: "ok"), today: day)
        // Talent 1 in 801, the lease ending in 30 days.
        leases["801"] = try s.perform(SignLease(apartment: units["801"]!, talent: talents[1]!, start: day.adding(days: -300).description,
                                                end: day.adding(days: 30).description), today: day).last!.entity
        try s.perform(CheckInLease(lease: leases["801"]!, date: day.adding(days: -300).description, note: "ok"), today: day)
        // Talent 4 signed for A-1203, moving in soon.
        leases["A-1203"] = try s.perform(SignLease(apartment: units["A-1203"]!, talent: talents[4]!, start: day.adding(days: 3).description,
                                                   end: day.adding(days: 368).description), today: day).last!.entity
        try s.perform(SetApartmentStatus(apartment: units["802"]!, status: .maintenance, note: asciiData ? "water heater" : "更换热水器"), today: day)
        try s.perform(SetApartmentStatus(apartment: units["701"]!, status: .reserved, note: asciiData ? "for a new hire" : "为引进人才预留"), today: day)
        applications[2] = try s.perform(ApplyForHousing(talent: talents[2]!, priority: "1"), today: day)[0].entity
        applications[3] = try s.perform(ApplyForHousing(talent: talents[3]!, priority: "2"), today: day)[0].entity
        f.sync()
    }

    /// Every full number the journal holds.
    static var fullNumbers: [String] { (1...7).flatMap { [Self.idNumber($0), Self.mobile($0)] } }
}

extension ConsoleFixture {
    var housing: HousingPane { shell.pane(.housing) as! HousingPane }

    /// Arrive on the housing pane as the overview would.
    func showHousing(_ target: PaneTarget) {
        press(.char("4"))
        housing.show(target, in: Shell.layout(size).content, shell.ctx)
    }

    /// Every line of the screen; `grid.text` at the fixture's size.
    var lines: [String] { screen().components(separatedBy: "\n") }
}

/// Whether text holds a Chinese character (ideographs and full-width punctuation).
func containsCJK(_ s: String) -> Bool {
    s.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
}
