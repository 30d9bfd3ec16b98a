import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// Every form of the projects pane: saved when right; when not, each error beside its field,
/// the form still open and nothing written.
@Suite("Projects pane forms")
struct ProjectFormsTests {
    /// Saving writes nothing and leaves the form open with `message` on screen.
    func expectRefused(_ f: ConsoleFixture, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let before = f.store.head.seq
        f.press(.function(10))
        let s = f.screen(120, 40)
        #expect(f.store.head.seq == before, "something was written", sourceLocation: sourceLocation)
        #expect(f.formIsOpen, "the form closed", sourceLocation: sourceLocation)
        #expect(s.contains(message), "missing “\(message)”:\n\(s)", sourceLocation: sourceLocation)
    }

    /// The line of the screen holding a field's label, with what is beside it.
    func fieldLine(_ f: ConsoleFixture, _ label: String) -> String {
        f.screen(120, 40).split(separator: "\n").first { $0.contains(label) }.map(String.init) ?? ""
    }

    // MARK: Milestones

    @Test func addAMilestoneAndRefuseOneDueBeforeTheStart() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("jingtou-incubator")
        var input = ProjectInput(editing: f.project(id))
        input.start = f.day(-10)
        try f.write([EditProject(project: id, input: input, basedOn: nil)])
        f.select(id)
        f.press(.char("m"))
        f.type("方案确定")
        f.press(.tab)
        f.type(f.day(-20))
        expectRefused(f, "到期日早于项目开始日期 \(f.day(-10))")
        #expect(fieldLine(f, "到期日").contains("✗"), "the error is beside the due date")
        f.press(.ctrl("u"))
        f.type(f.day(20))
        f.press(.function(10))
        #expect(!f.formIsOpen)
        #expect(f.project(id).milestones.map(\.title) == ["方案确定"])
        #expect(f.project(id).milestones.first?.due == f.today.adding(days: 20))
    }

    @Test func completeAMilestoneAndRefuseADateAfterToday() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("innovation-contest")
        try f.write([AddMilestone(project: id, title: "初赛", due: f.day(-5)), AddMilestone(project: id, title: "决赛", due: f.day(10))])
        f.select(id)
        f.press(.char("c"), .tab)     // the earliest open milestone is chosen; to the date
        f.press(.ctrl("u"))
        f.type(f.day(1))
        expectRefused(f, "日期不能晚于今天")
        f.press(.ctrl("u"))
        f.type(f.day(-1))
        f.press(.function(10))
        let done = try #require(f.project(id).milestones.first { $0.title == "初赛" })
        #expect(done.done == f.today.adding(days: -1))
        #expect(f.project(id).milestones.first { $0.title == "决赛" }?.done == nil)
    }

    @Test func completingIsRefusedWhenNothingIsOpen() throws {
        let f = try ConsoleFixture()
        f.select(f.projectId("innovation-contest"))
        f.press(.char("c"))
        #expect(!f.formIsOpen)
        #expect(f.screen().contains("该项目没有未完成的里程碑（按 m 添加）"))
    }

    // MARK: The approval track

    @Test func startAStepAndRefuseOneOutOfOrder() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("jingtou-incubator")
        f.select(id)
        f.press(.char("a"))
        f.type("联合")                // 联合审批, before 立项
        f.press(.enter)
        expectRefused(f, "前一环节“立项”未完成")
        #expect(fieldLine(f, "环节 *").contains("✗ 前一环节"), "the error is beside the step")
        f.press(.escape, .char("y"))  // discard
        f.press(.char("a"), .tab, .tab)
        f.type("10")
        #expect(f.screen().contains("到期 \(WorkingDayCalendar.china.adding(workingDays: 10, to: f.today))"), "the due date, in working days")
        f.press(.function(10))
        let step = try #require(f.project(id).approval.first)
        #expect(step.step == .initiation && step.started == f.today && step.limitDays == 10)
    }

    @Test func finishAStepAndRefuseAFinishBeforeItsStart() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("jingtou-incubator")
        try f.write([RecordApprovalStep(project: id, step: .initiation, date: f.day(-5), limitDays: "10", finished: false)])
        f.select(id)
        f.press(.char("A"), .tab, .ctrl("u"))
        f.type(f.day(-6))
        expectRefused(f, "完成日早于开始日 \(f.day(-5))")
        #expect(fieldLine(f, "完成日期").contains("✗"))
        f.press(.ctrl("u"))
        f.type(f.day(-1))
        f.press(.function(10))
        #expect(f.project(id).approval.first?.done == f.today.adding(days: -1))
        // Nothing runs now: finishing again is refused before any form opens.
        f.press(.char("A"))
        #expect(!f.formIsOpen && f.screen().contains("没有进行中的审批环节（按 a 开始）"))
    }

    @Test func theTrackIsOnlyForSpaceRenewal() throws {
        let f = try ConsoleFixture()
        f.select(f.projectId("innovation-contest"))
        for key in ["a", "A", "b"] {
            f.press(.char(Character(key)))
            #expect(!f.formIsOpen)
            #expect(f.screen().contains("城市更新审批只用于空间改造赋能项目"), "\(key)")
        }
    }

    // MARK: Blockers

    @Test func raiseABlockerWithAUnitPickedByPinyinAndRefuseAnUnknownUnit() throws {
        let f = try ConsoleFixture()
        let id = try f.spaceProjectUnderWay()
        f.select(id)
        // Free text is not a unit: nothing in the list matches, nothing is chosen, and the
        // form says the typed text was not picked rather than dropping it.
        f.press(.char("b"), .tab)
        f.type("消防意见待出具")
        f.press(.tab)
        f.type("某某局")
        f.press(.enter)
        expectRefused(f, "未选定")
        #expect(fieldLine(f, "责任单位").contains("“某某局”未选定"))
        for _ in 0..<3 { f.press(.backspace) }
        // A unit that is not in the journal's list (a stale option) is refused at its field.
        f.setField("owningUnit", to: .choice("unit-999"))
        expectRefused(f, "未知单位“unit-999”")
        #expect(fieldLine(f, "责任单位").contains("✗ 未知单位"))
        // Picked by pinyin: kxj → 区科学技术和信息化局.
        f.type("kxj")                 // the cursor is on the first error: the owning unit
        f.press(.enter)
        f.press(.function(10))
        let b = try #require(f.project(id).blockers.first)
        #expect(b.unit == "science-tech-bureau" && b.step == .review && b.text == "消防意见待出具" && b.raised == f.today)
    }

    @Test func resolveABlockerAndRefuseADateBeforeItWasRaised() throws {
        let f = try ConsoleFixture()
        let id = try f.spaceProjectUnderWay()
        try f.write([RaiseBlocker(project: id, step: .review, text: "产权证明缺失", owningUnit: "区住建委", date: f.day(-3))])
        f.select(id)
        f.press(.char("B"), .tab, .ctrl("u"))
        f.type(f.day(-4))
        expectRefused(f, "早于提出日 \(f.day(-3))")
        f.press(.ctrl("u"))
        f.type(f.day(0))
        f.press(.tab)
        f.type("已补齐")
        f.press(.function(10))
        let b = try #require(f.project(id).blockers.first)
        #expect(b.resolved == f.today && b.resolution == "已补齐")
    }

    // MARK: Notes and status

    @Test func addANoteAndRefuseAnEmptyOne() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("industry-fund")
        f.select(id)
        f.press(.char("p"))
        expectRefused(f, "必填")
        f.type("首批子基金完成备案")
        f.press(.function(10))
        let n = try #require(f.project(id).notes.first)
        #expect(n.text == "首批子基金完成备案" && n.actor == "wang.li" && n.date == f.today)
    }

    @Test func changeTheStatusAndRefuseNoChange() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("industry-fund")
        f.select(id)
        f.press(.char("s"))
        expectRefused(f, "状态未变")
        f.type("暂缓")
        f.press(.enter, .function(10))
        #expect(f.project(id).status == .suspended)
    }

    // MARK: Editing

    /// The edit form's fields for a 5+N project, in tab order.
    static let editOrder = ["name", "category", "action", "leadUnit", "partners", "partners2", "place", "phase", "fastTrack", "start", "target", "owner"]

    func tab(to field: String, _ f: ConsoleFixture) {
        for _ in 0..<Self.editOrder.firstIndex(of: field)! { f.press(.tab) }
    }

    @Test func editEveryFieldAndRefuseATargetBeforeTheStart() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("jingtou-incubator")
        f.select(id)
        f.press(.char("e"))
        tab(to: "leadUnit", f)
        f.type("kxj")
        f.press(.enter)               // → partners (zgc-development already there)
        f.press(.tab)                 // → partners2
        f.type("jinyu")               // 金隅投资物业
        f.press(.enter)               // → place
        f.press(.tab, .tab, .tab)     // → start
        f.type(f.day(-30))
        f.press(.tab)
        f.type(f.day(-40))
        expectRefused(f, "目标日期早于开始日期")
        #expect(fieldLine(f, "目标日期").contains("✗"))
        f.press(.ctrl("u"))
        f.type(f.day(300))
        f.press(.function(10))
        let p = f.project(id)
        #expect(p.leadUnit == "science-tech-bureau" && p.partners == ["zgc-development", "jinyu-property"])
        #expect(p.start == f.today.adding(days: -30) && p.target == f.today.adding(days: 300))
    }

    /// Every partner has its picker: saving an untouched form changes nothing (no partner is
    /// dropped), and an edit keeps them all.
    @Test func editingKeepsEveryPartner() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("jingtou-incubator")
        var input = ProjectInput(editing: f.project(id))
        input.partners = ["zgc-development", "jinyu-property", "science-tech-bureau", "finance-bureau"]
        try f.write([EditProject(project: id, input: input, basedOn: nil)])
        f.select(id)
        f.press(.char("e"))
        expectRefused(f, "没有改动")
        for _ in 0..<12 { f.press(.tab) }    // name, category, action, lead, four partners and a spare, place, phase, fast track → start
        f.type(f.day(-1))
        f.press(.function(10))
        #expect(!f.formIsOpen)
        #expect(f.project(id).partners == input.partners && f.project(id).start == f.today.adding(days: -1))
    }

    @Test func aFormOnAProjectChangedMeanwhileGetsAConflict() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("jingtou-incubator")
        f.select(id)
        f.press(.char("e"))
        tab(to: "target", f)
        f.type(f.day(100))
        // Another operator writes on the project while the form is open.
        try f.write([AddProgressNote(project: id, text: "他人记录")])
        expectRefused(f, "记录已被他人修改")
        #expect(f.project(id).target == nil)
    }

    @Test func aClosedProjectIsReadOnly() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("industry-fund")
        try f.write([SetProjectStatus(project: id, status: .closed)])
        f.select(id)
        for key in ["e", "m", "p"] {
            f.press(.char(Character(key)))
            #expect(!f.formIsOpen, "\(key)")
            #expect(f.screen().contains("项目已关闭：按 s 恢复状态后才能记录或编辑"), "\(key)")
        }
        // Closed while its edit form was open: saving is refused, nothing written.
        let other = f.projectId("innovation-contest")
        f.select(other)
        f.press(.char("e"))
        tab(to: "target", f)
        f.type(f.day(100))
        try f.write([SetProjectStatus(project: other, status: .closed)])
        expectRefused(f, "未保存")
        #expect(f.project(other).target == nil)
        // Reopened through the status form, it can be edited again.
        f.press(.escape, .char("y"), .char("s"))
        f.type("推进")
        f.press(.enter, .function(10))
        #expect(f.project(other).status == .active)
        f.press(.char("e"))
        #expect(f.formIsOpen)
    }

    @Test func createAProjectAndAddAUnit() throws {
        let f = try ConsoleFixture()
        f.press(.char("2"), .char("u"))
        f.type("东城区城市更新工作办公室")
        f.press(.tab)
        f.type("区城市更新办")
        f.press(.function(10))
        let unit = try #require(f.store.state.addedUnits.values.first)
        #expect(unit.zh == "东城区城市更新工作办公室" && unit.short == "区城市更新办")
        f.press(.char("u"))
        f.type("东城区城市更新工作办公室")
        expectRefused(f, "✗")
        #expect(fieldLine(f, "中文名称").contains("✗"))
        f.press(.escape, .char("y"))
        // The new unit is in the pickers at once.
        f.press(.char("n"))
        f.type("雍和宫周边更新")
        f.press(.tab)
        f.type("空间")
        f.press(.enter, .tab)         // → lead unit
        f.type("gengxin")             // 城市更新
        f.press(.enter, .function(10))
        let p = try #require(f.store.state.projects.values.first { $0.name == "雍和宫周边更新" })
        #expect(p.category == .space5N && p.leadUnit == unit.id && p.status == .planned)
    }
}
