import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// The housing pane's screens: every view and detail in both languages at 80×24 and
/// 120×40, with no full resident ID or mobile anywhere, unit numbers whole, and no Chinese
/// interface word on an English screen.
@Suite("Talent housing pane: screens")
struct HousingPaneScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Every housing screen the operator can reach without writing: each view, the grid on
    /// each building with each unit selected, the unit and talent details, the forms that
    /// show people (their pickers opened), and the journal pane's detail of each housing line.
    static func everyScreen(_ f: ConsoleFixture, _ s: HousingScenario) -> [String: String] {
        var out: [String: String] = [:]
        let pane = f.housing
        f.press(.char("4"))
        for v in HousingView.allCases {
            f.housing.show(PaneTarget(criteria: ["view": v.rawValue]), in: Shell.layout(f.size).content, f.shell.ctx)
            out["view \(v)"] = f.screen()
            f.press(.enter)
            out["view \(v) Enter"] = f.screen()
            f.press(.escape)
        }
        for (unit, id) in s.units.sorted(by: { $0.key < $1.key }) {
            f.showHousing(PaneTarget(select: id))
            out["grid \(unit)"] = f.screen()
            f.press(.enter)
            out["unit detail \(unit)"] = f.screen()
            f.press(.escape)
        }
        f.showHousing(PaneTarget(criteria: ["view": "waiting"]))
        for i in 0..<pane.waitingRows.count {
            f.press(.enter)
            out["talent detail \(i)"] = f.screen()
            f.press(.escape, .down)
        }
        // A picker showing people: the sign form on a vacant unit, the talent field searched.
        f.showHousing(PaneTarget(select: s.units["803"]!))
        f.press(.char("l"))
        f.type(s.asciiData ? "z" : "张")
        out["sign form, picker"] = f.screen()
        f.press(.escape, .escape, .char("y"))
        f.showHousing(PaneTarget(select: s.units["801"]!))
        f.press(.char("#"))
        out["reveal form"] = f.screen()
        f.press(.escape)
        // The journal pane: every housing line's detail.
        f.press(.char("7"))
        let journal = f.shell.pane(.journal) as! JournalPane
        journal.setFilter("", in: Shell.layout(f.size).content, f.shell.ctx)
        out["journal"] = f.screen()
        var index = JournalIndex(path: f.store.path)
        index.update()
        for e in index.entries.reversed() {
            let housing = ["apartment.", "talent.", "housing.", "lease.", "personal."].contains { e.kind.hasPrefix($0) }
            if housing {
                f.press(.enter)
                out["journal #\(e.seq) \(e.kind)"] = f.screen()
                f.press(.escape)
            }
            f.press(.down)
        }
        f.press(.char("4"))
        return out
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func noScreenShowsAFullNumber(_ language: Language, _ size: Size) throws {
        let f = try ConsoleFixture(language: language)
        f.size = size
        let s = try HousingScenario(f)
        let screens = Self.everyScreen(f, s)
        #expect(screens.count > 25)
        #expect(screens.keys.contains { $0.contains("talent.registered") }, "the journal detail of a talent.registered line was not looked at")
        for (name, text) in screens {
            for n in HousingScenario.fullNumbers { #expect(!text.contains(n), "\(language) \(size.width)×\(size.height) \(name) shows \(n):\n\(text)") }
        }
        // The masked forms are what they show instead.
        let masked = PersonalData.mask(HousingScenario.idNumber(1), as: .residentID)
        #expect(screens["grid 801"]!.contains(masked) && screens["grid 801"]!.contains(PersonalData.mask(HousingScenario.mobile(1), as: .mobile)))
        let registered = try #require(screens.first { $0.key.contains("talent.registered") }?.value)
        #expect(registered.contains("********") && registered.contains("****"), "\(registered)")
    }

    /// The journal keeps the number (it is the record); its detail on screen does not.
    @Test(arguments: [Language.zh, .en])
    func theJournalDetailOfATalentRegisteredLineIsMasked(_ language: Language) throws {
        let f = try ConsoleFixture(language: language)
        let s = try HousingScenario(f)
        try f.store.perform(RegisterTalent(name: "周杰", idNumber: HousingScenario.idNumber(7), phone: HousingScenario.mobile(7),
                                           employer: s.employer, category: "青年人才"))
        f.sync()
        let raw = try #require(PersonalDataJournal.lines(f.store.path).last)
        #expect(raw.kind == EventKind.talentRegistered && raw.data["idNumber"]?.stringValue == HousingScenario.idNumber(7))
        f.press(.char("7"), .enter)
        let screen = f.screen()
        #expect(screen.contains(language == .zh ? "登记人才" : "talent registered"), "\(screen)")
        #expect(screen.contains(PersonalData.mask(HousingScenario.idNumber(7), as: .residentID)))
        #expect(screen.contains(PersonalData.mask(HousingScenario.mobile(7), as: .mobile)))
        #expect(!screen.contains(HousingScenario.idNumber(7)) && !screen.contains(HousingScenario.mobile(7)))
        // Labelled in the operator's words: a person's name, the employer by name.
        #expect(screen.contains(language == .zh ? "姓名" : "Name") && screen.contains("北京青龙智能科技有限公司"), "\(screen)")
        #expect(!screen.contains(s.employer + " "), "the employer's record id instead of its name:\n\(screen)")
    }

    @Test(arguments: sizes)
    func englishScreensShowNoChineseWords(_ size: Size) throws {
        let f = try ConsoleFixture(language: .en)
        f.size = size
        let s = try HousingScenario(f, asciiData: true)
        for (name, text) in Self.everyScreen(f, s) where name != "journal" {
            // The data is ASCII here, so anything Chinese is an interface word (the journal list
            // itself is left out: its seeded project lines are Chinese data).
            let lines = text.components(separatedBy: "\n").filter(containsCJK)
            #expect(lines.isEmpty, "\(name) at \(size.width)×\(size.height):\n\(lines.joined(separator: "\n"))")
        }
    }

    @Test(arguments: [Language.zh, .en], sizes)
    func unitNumbersAreNeverCut(_ language: Language, _ size: Size) throws {
        let f = try ConsoleFixture(language: language)
        f.size = size
        let s = try HousingScenario(f)
        f.showHousing(PaneTarget(criteria: ["building": s.buildingB]))
        let grid = f.screen()
        #expect(grid.contains("A-1203") && grid.contains("A-1204"), "\(grid)")
        f.showHousing(PaneTarget(criteria: ["building": s.buildingA]))
        for unit in ["801", "802", "803", "701", "702"] { #expect(f.screen().contains(unit)) }
        f.showHousing(PaneTarget(criteria: ["view": "vacant", "building": s.buildingB]))
        #expect(f.screen().contains("A-1204"), "\(f.screen())")
        f.showHousing(PaneTarget(criteria: ["view": "expiring"]))
        let expiring = f.screen()
        #expect(expiring.contains("801") && expiring.contains(s.today.adding(days: 30).description), "\(expiring)")
    }

    @Test func theGridShowsStatusBySymbolAndTheSelectedUnitBelow() throws {
        let f = try ConsoleFixture()
        f.size = Size(width: 80, height: 24)
        let s = try HousingScenario(f)
        f.showHousing(PaneTarget(select: s.units["801"]!))
        let screen = f.screen()
        // The legend, with this building's counts, and a symbol per cell.
        #expect(screen.contains("█已入住 1") && screen.contains("░空置 2") && screen.contains("▒维修 1") && screen.contains("▣预留 1"), "\(screen)")
        let eighth = try #require(f.lines.first { $0.contains("8F") })
        #expect(eighth.contains("▶█ 801") && eighth.contains("▒ 802") && eighth.contains("░ 803"), "\(eighth)")
        #expect(f.lines.contains { $0.contains("7F") && $0.contains("▣ 701") && $0.contains("░ 702") })
        // Below: the unit, its tenant masked, the lease.
        #expect(screen.contains("▶801  已入住 · 8F · 一室一厅 · 38.50 m² · ¥2,400/月"), "\(screen)")
        #expect(screen.contains("租户 李明 " + PersonalData.mask(HousingScenario.idNumber(1), as: .residentID)))
        #expect(screen.contains("剩 30 天"))
        // Arrows move: right to 802 (maintenance, its note), down to 702 (its last tenant).
        f.press(.right)
        #expect(f.screen().contains("▶802  维修") && f.screen().contains("更换热水器"))
        f.press(.down)
        #expect(f.screen().contains("▶702  空置") && f.screen().contains("上一租户 陈静"))
        // The other building, by b.
        f.press(.char("b"))
        #expect(f.screen().contains(s.buildingB + "  楼栋 "))
        #expect(f.screen().contains("▶A-1203  预留") && f.screen().contains("待入住 赵敏"))
    }

    @Test func monochromeAndAsciiKeepTheStatusesApart() throws {
        let f = try ConsoleFixture()
        f.size = Size(width: 80, height: 24)
        let s = try HousingScenario(f)
        f.shell.ctx.look = Look(theme: Theme.monochrome(from: .default), ascii: true)
        f.showHousing(PaneTarget(select: s.units["801"]!))
        let screen = f.screen()
        #expect(screen.contains("#已入住 1") && screen.contains(".空置 2") && screen.contains("M维修 1") && screen.contains("R预留 1"), "\(screen)")
        let eighth = try #require(f.lines.first { $0.contains("8F") })
        #expect(eighth.contains("># 801") && eighth.contains("M 802") && eighth.contains(". 803"), "\(eighth)")
        for glyph in ["█", "░", "▒", "▣", "▶"] { #expect(!screen.contains(glyph), "\(glyph) under --ascii") }
        // The selection is marked by reverse video, not by colour alone.
        let grid = f.shell.render(size: f.size).grid
        let row = try #require((0..<grid.height).first { grid.row($0).contains("># 801") })
        let x = DisplayWidth.of(String(grid.row(row).prefix { $0 != ">" }))
        #expect(grid[x, row].style.attributes.contains(.reverse))
    }

    @Test func viewsAreReachedByVAndTheOverviewsTargets() throws {
        let f = try ConsoleFixture()
        f.size = Size(width: 80, height: 24)
        let s = try HousingScenario(f)
        f.press(.char("4"))
        #expect(f.screen().contains("[入住图]"))
        f.press(.char("v"))
        #expect(f.screen().contains("[60天内到期 1]"))
        f.press(.char("v"), .char("v"))
        #expect(f.screen().contains("[轮候 2]"))
        let waiting = f.lines.filter { $0.contains("王芳") || $0.contains("张伟") }
        #expect(waiting.count == 2 && waiting[0].contains("王芳"), "priority 1 first: \(waiting)")
        f.press(.char("V"), .char("V"), .char("V"))
        #expect(f.screen().contains("[入住图]"))
        // The overview's criteria.
        f.showHousing(PaneTarget(criteria: ["view": "expiring"]))
        #expect(f.screen().contains("[60天内到期 1]") && f.screen().contains("李明"))
        f.showHousing(PaneTarget(criteria: ["view": "waiting"], select: s.talents[3]!))
        #expect(f.lines.contains { $0.hasPrefix("▶") && $0.contains("张伟") })
        f.showHousing(PaneTarget(criteria: ["view": "grid", "building": "雍和"]))
        #expect(f.screen().contains(s.buildingB + "  楼栋 "))
        f.showHousing(PaneTarget(criteria: ["view": "vacant", "building": s.buildingA]))
        let vacant = f.screen()
        #expect(vacant.contains("[空置 2]") && vacant.contains("803") && vacant.contains("702") && !vacant.contains("A-1204"), "\(vacant)")
        f.showHousing(PaneTarget(criteria: ["view": "occupancy"]))
        #expect(f.screen().contains("[入住率]") && f.screen().contains("合计 7 套"))
        // Enter on a building opens its grid.
        let second = f.housing.occupancyRows[1].building
        f.press(.down, .enter)
        #expect(f.screen().contains("[入住图]") && f.screen().contains(second + "  楼栋 2/2"))
    }

    @Test func theFilterNarrowsListsAndFindsUnitsOnTheGrid() throws {
        let f = try ConsoleFixture()
        f.size = Size(width: 80, height: 24)
        let s = try HousingScenario(f)
        f.showHousing(PaneTarget(criteria: ["view": "waiting"]))
        f.press(.char("/"))
        f.type("zw")   // 张伟 by pinyin initials
        #expect(f.screen().contains("命中 1") && f.screen().contains("张伟") && !f.screen().contains("王芳"))
        f.press(.escape)
        #expect(f.screen().contains("王芳"))
        f.showHousing(PaneTarget(criteria: ["view": "grid", "building": s.buildingA]))
        f.press(.char("/"))
        f.type("A-1204")
        f.press(.enter)
        #expect(f.screen().contains("▶A-1204  空置"), "\(f.screen())")
    }

    @Test func keysThatCannotActSayWhy() throws {
        let f = try ConsoleFixture()
        f.size = Size(width: 80, height: 24)
        let s = try HousingScenario(f)
        let before = f.store.head.seq
        f.showHousing(PaneTarget(select: s.units["801"]!))
        f.press(.char("a"))
        #expect(f.screen().contains("801 是已入住：只有空置公寓可以分配"))
        f.press(.char("i"))
        #expect(f.screen().contains("不是待入住"))
        f.press(.char("w"))
        #expect(f.screen().contains("在轮候视图中选择申请"))
        f.press(.char("s"))
        #expect(f.screen().contains("801 有租约"))
        f.showHousing(PaneTarget(select: s.units["803"]!))
        f.press(.char("e"))
        #expect(f.screen().contains("803 没有租约"))
        f.showHousing(PaneTarget(criteria: ["view": "waiting"]))
        f.press(.right)
        #expect(f.screen().contains("←→ 在入住图中选房"))
        f.press(.char("b"))
        #expect(f.screen().contains("轮候名单不分楼栋"))
        f.press(.char("a"))
        #expect(f.screen().contains("在入住图或空置视图中选择公寓"))
        #expect(f.store.head.seq == before)
    }

    @Test func aViewerIsToldWhyBeforeAFormOpens() throws {
        let f = try ConsoleFixture()
        let s = try HousingScenario(f)
        let viewer = try JournalStore(path: f.store.path, actor: "zhao.kan")
        let shell = Shell(store: viewer, language: .zh, look: Look(), mode: .console(start: .housing))
        let size = Size(width: 80, height: 24)
        (shell.pane(.housing) as! HousingPane).show(PaneTarget(select: s.units["803"]!), in: Shell.layout(size).content, shell.ctx)
        _ = shell.handle(.char("a"), now: 1, size: size)
        var screen = shell.render(size: size).grid.text
        #expect(screen.contains("zhao.kan 的角色是只读，此操作需要操作员"), "\(screen)")
        #expect(!screen.contains("分配公寓 ·"))
        _ = shell.handle(.char("#"), now: 2, size: size)
        screen = shell.render(size: size).grid.text
        #expect(screen.contains("此操作需要管理员"))
    }

    @Test func exportWritesBesideTheJournalMaskedAndSaysWhere() throws {
        let f = try ConsoleFixture()
        f.size = Size(width: 120, height: 40)
        _ = try HousingScenario(f)
        f.showHousing(PaneTarget(criteria: ["view": "waiting"]))
        f.press(.char(":"))
        f.type("export")
        f.press(.enter)
        let path = f.dir + "/exports/housing-waiting-\(f.shell.ctx.today).csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("王芳") && text.contains(PersonalData.mask(HousingScenario.idNumber(2), as: .residentID)))
        #expect(!text.contains(HousingScenario.idNumber(2)) && !text.contains(HousingScenario.mobile(2)))
        #expect(f.screen().contains(path), "the full path is shown:\n\(f.screen())")
        f.press(.escape)
        // A table by name and a file of one's own; JSON by its ending.
        f.press(.char(":"))
        f.type("export leases " + f.dir + "/all-leases.json")
        f.press(.enter)
        let json = try String(contentsOfFile: f.dir + "/all-leases.json", encoding: .utf8)
        #expect(json.hasPrefix("[") && json.contains("A-1203"))
        for n in HousingScenario.fullNumbers { #expect(!json.contains(n)) }
    }

    @Test func anotherOperatorsLineChangesTheGridWithoutAKey() throws {
        let f = try ConsoleFixture()
        f.size = Size(width: 80, height: 24)
        let s = try HousingScenario(f)
        f.showHousing(PaneTarget(select: s.units["803"]!))
        #expect(f.lines.contains { $0.contains("▶░ 803") })
        let other = try JournalStore(path: f.store.path, actor: f.store.actor)
        try other.perform(SignLease(apartment: s.units["803"]!, talent: s.talents[3]!, start: s.today.description,
                                    end: s.today.adding(days: 365).description))
        f.sync()
        #expect(f.lines.contains { $0.contains("▶▣ 803") }, "\(f.screen())")
        #expect(f.screen().contains("待入住 张伟"))
    }
}
