import Foundation
import Testing
@testable import SiliconAlleyCore

/// The queries the projects pane calls: lateness, the approval clock, list rows and filters,
/// timelines, the annual task breakdown and its export.
@Suite struct ProjectQueryTests {
    let dir = TempDir("project-queries")
    let today = TestData.today  // 2025-06-10
    func d(_ s: String) -> LocalDate { LocalDate(s)! }

    // MARK: Lateness

    @Test func latenessAcrossMonthAndYearEnds() {
        #expect(Lateness.days(due: d("2025-12-30"), done: nil, today: d("2026-01-02")) == 3)
        #expect(Lateness.days(due: d("2025-12-31"), done: d("2026-01-05"), today: d("2026-03-01")) == 5)
        #expect(Lateness.days(due: d("2024-02-28"), done: nil, today: d("2024-03-01")) == 2, "2024 is a leap year")
        #expect(Lateness.days(due: d("2025-02-28"), done: nil, today: d("2025-03-01")) == 1)
        #expect(Lateness.days(due: d("2025-01-31"), done: nil, today: d("2025-03-01")) == 29)
        #expect(Lateness.days(due: d("2025-06-10"), done: nil, today: d("2025-06-10")) == 0, "due today is not late")
        #expect(Lateness.days(due: d("2026-01-10"), done: d("2025-12-28"), today: d("2026-02-01")) == 0, "done early")
        #expect(Lateness.daysLeft(due: d("2026-01-01"), today: d("2025-12-30")) == 2)

        let m = Milestone(id: "ms-1", title: "年度总结", due: d("2025-12-31"))
        #expect(m.state(today: d("2026-01-01")) == .late(days: 1))
        #expect(m.state(today: d("2025-12-31")) == .open(daysLeft: 0))
        var done = m
        done.done = d("2026-01-02")
        #expect(done.state(today: d("2026-02-01")) == .doneLate(on: d("2026-01-02"), days: 2))
        #expect(done.state(today: d("2026-02-01")).isDone && !done.state(today: d("2026-02-01")).isLate)
    }

    // MARK: Approval clock

    /// 2026: 中秋 9/25–27 off, 国庆 10/1–7 off, make-up working days Sun 9/20 and Sat 10/10.
    @Test func approvalClockCountsWorkingDaysOverTheNationalDayHoliday() {
        var p = Project(id: "prj-1", name: "测试", category: .space5N)
        // Started Fri 9/18, 10 working days: 9/20 (1), 9/21–24 (2–5), 9/28–30 (6–8), 10/8 (9), 10/9 (10).
        p.approval = [ApprovalStep(step: .initiation, started: d("2026-09-18"), limitDays: 10)]
        var clock = ApprovalClock(project: p, today: d("2026-10-09"))
        var s = try! #require(clock.current)
        #expect(s.due == d("2026-10-09"))
        #expect(s.elapsed == 10 && !s.isOverdue && s.remaining == 0 && s.usedOverLimit == "10/10")
        #expect(s.exact)
        // Mon 10/12: Sat 10/10 was a working day (11), 10/12 (12); three calendar days past the due date.
        clock = ApprovalClock(project: p, today: d("2026-10-12"))
        s = clock.current!
        #expect(s.elapsed == 12 && s.isOverdue && s.lateDays == 3 && s.remaining == -2)
        // Finished within the holiday week: no working day passed since 9/30.
        p.approval[0].done = d("2026-10-05")
        s = ApprovalClock(project: p, today: d("2026-10-12")).steps[0]
        #expect(s.elapsed == 8 && !s.isOverdue && !s.isOpen)
        #expect(ApprovalClock.stepBasis == .workingDays && ApprovalClock.stepBasis.zh == "工作日")
        #expect(ApprovalClock.totalBasis == .calendarDays && ApprovalClock.totalBasis.en == "calendar days")
        // A span into a year the calendar does not cover is flagged as an estimate.
        p.approval = [ApprovalStep(step: .initiation, started: d("2026-12-28"), limitDays: 10)]
        #expect(!ApprovalClock(project: p, today: d("2027-01-04")).steps[0].exact)
    }

    @Test func totalDaysFromInitiationToConstructionAndFastTrackAverages() throws {
        let store = try JournalStore.fresh(in: dir)
        func run(_ catalogId: String, fast: Bool, _ dates: [(ApprovalStepKind, String, String?)]) throws {
            let id = store.projectId(catalogId)
            if fast {
                var input = ProjectInput(editing: store.state.projects[id]!)
                input.fastTrack = true
                try store.perform(EditProject(project: id, input: input, basedOn: nil), today: today)
            }
            for (step, start, end) in dates {
                try store.perform(RecordApprovalStep(project: id, step: step, date: start, limitDays: "20", finished: false), today: today)
                if let end { try store.perform(RecordApprovalStep(project: id, step: step, date: end, finished: true), today: today) }
            }
        }
        // Fast track: 立项 1/6 → 开工 2/15 = 40 days; 2/3 → 3/25 = 50 days.
        try run("digital-tech-tower", fast: true, [(.initiation, "2025-01-06", "2025-01-10"), (.review, "2025-01-13", "2025-01-24"),
                                                   (.jointApproval, "2025-01-27", "2025-02-14"), (.construction, "2025-02-15", nil)])
        try run("digital-health-center", fast: true, [(.initiation, "2025-02-03", "2025-02-10"), (.review, "2025-02-11", "2025-03-01"),
                                                      (.jointApproval, "2025-03-03", "2025-03-24"), (.construction, "2025-03-25", nil)])
        // Others: 1/2 → 4/12 = 100 days; one still on the way.
        try run("huanmao-innovation-center", fast: false, [(.initiation, "2025-01-02", "2025-01-20"), (.review, "2025-01-21", "2025-03-10"),
                                                            (.jointApproval, "2025-03-11", "2025-04-11"), (.construction, "2025-04-12", nil)])
        try run("jingtou-incubator", fast: false, [(.initiation, "2025-05-06", nil)])
        let clock = ApprovalClock(project: store.project("digital-tech-tower"), today: today)
        #expect(clock.reachedConstruction && clock.totalDays == 40 && clock.fastTrack)
        let open = ApprovalClock(project: store.project("jingtou-incubator"), today: today)
        #expect(!open.reachedConstruction && open.totalDays == 35, "running to today")
        let cmp = ApprovalClock.fastTrackComparison(store.state, today: today)
        #expect(cmp.fastTrack.count == 2 && cmp.fastTrack.days == 45 && cmp.fastTrack.underWay == 0)
        #expect(cmp.others.count == 1 && cmp.others.days == 100 && cmp.others.underWay == 1)
    }

    // MARK: List rows and filters

    @Test func listRowsCarryEveryColumn() throws {
        let store = try JournalStore.fresh(in: dir)
        let space = try ProjectFixture.spaceProjectUnderWay(store)  // 联合审批 since 4/22, 20 working days
        let contest = store.projectId("innovation-contest")
        try store.perform(AddMilestone(project: contest, title: "决赛", due: "2025-06-09"), today: today)
        try store.perform(AddMilestone(project: contest, title: "优胜项目入驻", due: "2025-09-30"), today: today)
        try store.perform(AddMilestone(project: space, title: "联合审批通过", due: "2025-06-20"), today: today)
        let rows = ProjectList.rows(store.state, today: today)
        #expect(rows.count == 22)
        #expect(rows.map(\.category) == rows.map(\.category).sorted { $0.order < $1.order }, "grouped by category in the plan's order")
        #expect(rows.first?.project.name == "科创街区焕新升级专项行动")

        let s = try #require(rows.first { $0.id == space })
        #expect(s.nameAndPlace(english: false) == "国际数字健康应用创新中心 · 航星园")
        #expect(s.leadUnitName(english: false) == "专班办公室" && s.leadUnitName(english: true) == "TF office")
        #expect(s.status == .active && s.action == "district-renewal")
        // 联合审批 due 5/22 (劳动节 5/1–5/5 off, Sun 4/27 worked); by 6/10, 32 working days used.
        #expect(s.currentStep?.step == .jointApproval && s.currentStep?.due == d("2025-05-22"))
        #expect(s.currentStep?.usedOverLimit == "32/20" && s.lateSteps == 1 && s.lateDays == 19 && s.isLate)
        #expect(s.nextMilestone?.title == "联合审批通过" && s.nextMilestoneState == .open(daysLeft: 10))

        let c = try #require(rows.first { $0.id == contest })
        #expect(c.nextMilestone?.title == "决赛" && c.nextMilestoneState == .late(days: 1))
        #expect(c.isLate && c.lateMilestones == 1 && c.lateDays == 1 && c.currentStep == nil)
        #expect(rows.filter(\.isLate).count == 2)

        // A finished project is no longer marked late.
        try store.perform(SetProjectStatus(project: contest, status: .done), today: today)
        #expect(ProjectList.rows(store.state, today: today).first { $0.id == contest }?.isLate == false)
    }

    @Test func filtersByEveryField() throws {
        let store = try JournalStore.fresh(in: dir)
        let space = try ProjectFixture.spaceProjectUnderWay(store)
        let fund = store.projectId("industry-fund")
        var input = ProjectInput(editing: store.state.projects[fund]!)
        input.leadUnit = "区财政局"
        try store.perform(EditProject(project: fund, input: input, basedOn: nil), today: today)
        try store.perform(AddMilestone(project: fund, title: "完成首期募资", due: "2025-06-20"), today: today)
        let rows = ProjectList.rows(store.state, today: today)
        func ids(_ f: ProjectFilter) -> Set<String> { Set(ProjectList.filter(rows, f, today: today).map(\.id)) }
        #expect(ids(ProjectFilter()).count == 22)
        #expect(ids(ProjectFilter(category: .space5N)).count == 9)
        #expect(ids(ProjectFilter(category: .industry5N, status: .planned)).count == 2)
        #expect(ids(ProjectFilter(leadUnit: "finance-bureau")) == [fund])
        #expect(ids(ProjectFilter(lateOnly: true)) == [space])
        #expect(ids(ProjectFilter(dueWithinDays: 10)) == [fund], "6/20 is 10 days on; the late step is not 'due within'")
        #expect(ids(ProjectFilter(dueWithinDays: 9)).isEmpty)
        #expect(ids(ProjectFilter(action: "district-renewal")).count == 10, "the action itself and the nine space projects")
        #expect(ids(ProjectFilter(text: "航星园")) == [space], "place")
        #expect(ids(ProjectFilter(text: "gjszjk")) == [space], "pinyin initials: 国际数字健康")
        #expect(ids(ProjectFilter(text: "chanyejijin")) == [fund], "full pinyin: 产业基金")
        #expect(ids(ProjectFilter(text: "财政")) == [fund], "lead unit")
        #expect(ids(ProjectFilter(category: .space5N, text: "财政")).isEmpty, "all filters at once")

        let units = store.state.unitDirectory()
        let parsed = try ProjectFilterParser.parse("category=空间5+N status=active unit=专班办公室 late due=30 action=科创街区焕新升级 航星",
                                                   units: units)
        #expect(parsed == ProjectFilter(category: .space5N, status: .active, leadUnit: "task-force-office", lateOnly: true,
                                        dueWithinDays: 30, action: "district-renewal", text: "航星"))
        #expect(throws: ProjectFilterParser.Failure.self) { try ProjectFilterParser.parse("unit=某某局", units: units) }
    }

    // MARK: Timelines

    @Test func projectTimelineMarksLateItemsAndToday() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = try ProjectFixture.spaceProjectUnderWay(store)
        try store.perform(AddMilestone(project: id, title: "方案确定", due: "2025-06-09"), today: today)
        let t = ProjectTimeline.project(store.state.projects[id]!, today: today, scale: .day)
        #expect(t.scale == .day && t.columns.first?.first == d("2025-03-03") && t.columns.last?.last == today)
        let todayColumn = try #require(t.todayColumn)
        #expect(t.columns[todayColumn].first == today)
        #expect(t.rows.map(\.zh) == ["立项", "综合论证", "联合审批", "方案确定"])
        let joint = t.rows[2]
        let dueColumn = t.columns.firstIndex { $0.first == d("2025-05-22") }!
        #expect(joint.late && joint.cells[dueColumn] == .bar && joint.cells[dueColumn + 1] == .lateBar && joint.cells[todayColumn] == .lateBar)
        #expect(t.rows[0].cells.filter { $0 != .empty }.count == 10 && !t.rows[0].late, "3/3 through 3/12")
        let ms = t.rows[3]
        #expect(ms.late && ms.cells[todayColumn - 1] == .lateMilestone && ms.cells.filter { $0 != .empty }.count == 1)
        // The same project by week and by month: the scale fits the width asked for.
        #expect(ProjectTimeline.project(store.state.projects[id]!, today: today, maxColumns: 30).scale == .week)
        #expect(ProjectTimeline.project(store.state.projects[id]!, today: today, maxColumns: 5).scale == .month)
        let text = TimelineText.lines(t, ascii: true)
        #expect(text.count == 5 && text[3].contains("#") && text[3].hasSuffix("联合审批 !") && text[4].contains("X"))
    }

    /// By month, a step finished before its due date is on time even though its month runs
    /// past that date; one still open past its due date is late from the due month on.
    @Test func aCoarseColumnIsLateOnlyWhereTheBarPassesTheDueDate() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = try ProjectFixture.spaceProjectUnderWay(store)
        let p = store.state.projects[id]!
        let t = ProjectTimeline.project(p, today: today, scale: .month)
        let clock = ApprovalClock(project: p, today: today)
        for (row, step) in zip(t.rows, clock.steps) {
            if step.isOverdue {
                #expect(row.cells.contains(.lateBar), "\(step.step) is over its limit")
            } else {
                #expect(!row.cells.contains(.lateBar), "\(step.step) finished within its limit: \(row.cells)")
            }
        }
        #expect(clock.steps.contains { !$0.isOverdue } && clock.steps.contains(where: \.isOverdue))
    }

    @Test func categoryTimelineHasARowPerDatedProject() throws {
        let store = try JournalStore.fresh(in: dir)
        let space = try ProjectFixture.spaceProjectUnderWay(store)
        let tower = store.projectId("digital-tech-tower")
        var input = ProjectInput(editing: store.state.projects[tower]!)
        input.start = "2025-01-01"
        input.target = "2026-12-31"
        try store.perform(EditProject(project: tower, input: input, basedOn: nil), today: today)
        try store.perform(AddMilestone(project: tower, title: "施工图完成", due: "2025-09-30"), today: today)
        let t = ProjectTimeline.category(.space5N, in: store.state, today: today, scale: .month)
        #expect(t.rows.map(\.kind) == [.project(id: tower), .project(id: space)], "in list order; undated projects are left out")
        #expect(t.columns.first?.first == d("2025-01-01") && t.columns.last?.first == d("2026-12-01"))
        let towerRow = t.rows.first { $0.kind == .project(id: tower) }!
        #expect(!towerRow.late && towerRow.cells[8] == .milestone && !towerRow.cells.contains(.lateBar))
        let spaceRow = t.rows.first { $0.kind == .project(id: space) }!
        #expect(spaceRow.late && spaceRow.cells[5] == .lateBar && spaceRow.cells[2] == .bar, "late after 5/22, in June")
        #expect(t.todayColumn == 5)
    }

    // MARK: Task breakdown and its export

    @Test func annualTaskBreakdownByLeadUnit() throws {
        let store = try JournalStore.fresh(in: dir)
        let fund = store.projectId("industry-fund")
        var input = ProjectInput(editing: store.state.projects[fund]!)
        input.leadUnit = "finance-bureau"
        try store.perform(EditProject(project: fund, input: input, basedOn: nil), today: today)
        try store.perform([
            AddMilestone(project: fund, title: "基金设立方案报批", due: "2025-03-31"),
            AddMilestone(project: fund, title: "完成首期募资", due: "2025-05-31"),
            AddMilestone(project: fund, title: "首批项目投资决策", due: "2025-11-30"),
            AddMilestone(project: fund, title: "下一年度计划", due: "2026-01-15"),
        ], today: today)
        let ms = store.state.projects[fund]!.milestones
        try store.perform(CompleteMilestone(project: fund, milestone: ms[0].id, date: "2025-04-03"), today: today)
        let t = TaskBreakdown(store.state, year: 2025, today: today)
        #expect(t.units.map { $0.unit?.id } == ["task-force-office", "finance-bureau"], "catalogue order")
        let finance = t.units[1]
        #expect(finance.projects.count == 1 && finance.projects[0].items.map(\.milestone.title) == ["基金设立方案报批", "完成首期募资", "首批项目投资决策"])
        #expect(finance.due == 3 && finance.done == 1 && finance.doneLate == 1 && finance.late == 1)
        #expect(t.units[0].projects.count == 21 && t.units[0].due == 0)
        let only = TaskBreakdown(store.state, year: 2025, unit: "finance-bureau", today: today)
        #expect(only.units.count == 1 && only.units[0].unit?.id == "finance-bureau")

        let md = String(decoding: TaskBreakdownExporter.export(only, format: .md), as: UTF8.self)
        #expect(md.hasPrefix("# 2025 年度任务分工（截至 2025-06-10）"))
        #expect(md.contains("## 区财政局") && md.contains("| 硅巷产业基金 | 产业5+N | 推进中 | 基金设立方案报批 | 2025-03-31 | 2025-04-03 | 逾期 3 天完成 |"))
        #expect(md.contains("| 完成首期募资 | 2025-05-31 |  | 逾期 10 天 |") && md.contains("| 首批项目投资决策 | 2025-11-30 |  | 剩 173 天 |"))
        let en = String(decoding: TaskBreakdownExporter.export(only, format: .md, english: true), as: UTF8.self)
        #expect(en.contains("## District Finance Bureau") && en.contains("LATE by 10 days") && en.contains("| Industry 5+N | active |"))
        let csv = String(decoding: TaskBreakdownExporter.export(t, format: .csv, bom: true), as: UTF8.self)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(csv.hasPrefix("\u{FEFF}牵头单位,项目,类别"))
        #expect(lines.count == 1 + 21 + 3, "a row per milestone, and one for each project with none this year")
        #expect(lines.contains { $0.hasPrefix("区财政局,硅巷产业基金,产业5+N,推进中,完成首期募资,2025-05-31,,逾期 10 天,10") })
    }
}
