import Foundation
import Testing
@testable import SiliconAlleyCore

/// Every project command: what it writes (ids resolved, never the text as typed) and what it refuses.
@Suite struct ProjectCommandTests {
    let dir = TempDir("projects")
    let today = TestData.today

    // MARK: Seeding

    @Test func newJournalsSeedUnitIdsAndTheCataloguesActions() throws {
        let store = try JournalStore.fresh(in: dir)
        for p in store.state.projects.values {
            #expect(p.leadUnit == "task-force-office", "\(p.name)")
            if p.category != .action {
                let planned = try #require(Catalog.plan.project(id: p.catalogId ?? ""))
                #expect(p.action == planned.action && p.action != nil, "\(p.name)")
            }
        }
        #expect(store.project("jingtou-incubator").partners == ["zgc-development"])
        #expect(store.project("huanmao-incubator").partners == ["jinyu-property"])
        #expect(store.project("digital-tech-tower").action == "district-renewal")
        #expect(store.project("innovation-contest").action == "talent-services")
        #expect(store.project("longtan-renewal").status == .planned)
    }

    // MARK: CreateProject

    @Test func createResolvesEveryReferenceToItsId() throws {
        let store = try JournalStore.fresh(in: dir)
        let lines = try store.perform(CreateProject(ProjectInput(
            name: "  东四共享数字策展中心  ", category: .space5N, action: "科创街区焕新升级", leadUnit: " 区科信局 ",
            partners: ["中关村发展集团", "jinyu-property"], place: "歌华大厦", phase: "效能提升", fastTrack: true,
            start: "2025-01-06", target: "2026-06-30", owner: TestData.admin)), today: today)
        let p = try #require(store.state.projects[lines[0].entity])
        #expect(p.id == lines[0].entity && p.id.hasPrefix("prj-"))
        #expect(p.name == "东四共享数字策展中心")
        #expect(p.action == "district-renewal")
        #expect(p.leadUnit == "science-tech-bureau")
        #expect(p.partners == ["zgc-development", "jinyu-property"])
        #expect(p.place == "gehua" && p.tier == Catalog.plan.place(id: "gehua")?.tier)
        #expect(p.phase == "效能提升" && p.fastTrack)
        #expect(p.start == ProjectFixture.d("2025-01-06") && p.target == ProjectFixture.d("2026-06-30"))
        #expect(p.owner == TestData.admin)
        #expect(p.status == .active, "its start has come")
    }

    @Test func createRefusesBadInputNamingEachField() throws {
        let store = try JournalStore.fresh(in: dir)
        let r = store.refusal(CreateProject(ProjectInput(
            name: "新项目", category: .industry5N, action: "不存在的行动", leadUnit: "东城区某某局", partners: ["随便写的单位"],
            place: "火星", phase: "第三阶段", fastTrack: true, start: "2025-06-01", target: "2025-05-01", owner: "nobody")))
        for field in ["action", "leadUnit", "partners", "place", "phase"] {
            #expect(r?.error(for: field) != nil, "\(field): \(String(describing: r))")
        }
        #expect(r?.error(for: "leadUnit")?.zh.contains("未知单位") == true)
        // Field-level errors come first; the record's own rules then speak for what they can.
        let r2 = store.refusal(CreateProject(ProjectInput(name: "新项目", category: .industry5N, leadUnit: "task-force-office",
                                                          fastTrack: true, start: "2025-06-01", target: "2025-05-01", owner: "nobody")))
        #expect(r2?.error(for: "target")?.en.contains("before the start") == true)
        #expect(r2?.error(for: "fastTrack") != nil)
        #expect(r2?.error(for: "owner") != nil)
        #expect(store.refusal(CreateProject(ProjectInput(name: "第七专项行动", category: .action, leadUnit: "专班办公室")))?
            .error(for: "category") != nil)
        #expect(store.refusal(CreateProject(ProjectInput(name: "硅巷产业基金", category: .industry5N, leadUnit: "专班办公室")))?
            .error(for: "name") != nil, "an open project has that name")
        #expect(store.refusal(CreateProject(ProjectInput(name: "无牵头单位", category: .other)))?.error(for: "leadUnit") != nil)
    }

    // MARK: EditProject

    @Test func editChangesEveryFieldAndWritesIds() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = store.projectId("industry-fund")
        var input = ProjectInput(editing: store.state.projects[id]!)
        #expect(input.action == "coordinated-development" && input.leadUnit == "task-force-office")
        input.name = "硅巷产业基金（一期）"
        input.action = "enterprise-attraction"
        input.leadUnit = "区财政局 "
        input.partners = ["区科信局"]
        input.place = "jinyu-huanmao"
        input.phase = "efficiency gains"
        input.start = "2024-09-01"
        input.target = "2026-12-31"
        input.owner = TestData.admin
        let lines = try store.perform(EditProject(project: " \(id) ", input: input, basedOn: store.state.version(of: id)), today: today)
        #expect(lines.count == 1 && lines[0].kind == EventKind.projectUpdated && lines[0].entity == id)
        let p = store.state.projects[id]!
        #expect(p.name == "硅巷产业基金（一期）" && p.action == "enterprise-attraction" && p.leadUnit == "finance-bureau")
        #expect(p.partners == ["science-tech-bureau"] && p.place == "jinyu-huanmao" && p.tier == "extension")
        #expect(p.phase == "效能提升" && p.start == ProjectFixture.d("2024-09-01") && p.target == ProjectFixture.d("2026-12-31"))
        #expect(p.owner == TestData.admin)
        // Only what changed is on the line.
        let changed = Set(lines[0].data["changes"]?.objectValue?.keys.map { $0 } ?? [])
        #expect(changed == ["name", "action", "leadUnit", "partners", "place", "tier", "phase", "start", "target", "owner"])
        // Clearing an optional field writes null.
        var clear = ProjectInput(editing: p)
        clear.place = ""
        clear.owner = ""
        try store.perform(EditProject(project: id, input: clear, basedOn: nil), today: today)
        #expect(store.state.projects[id]!.place == nil && store.state.projects[id]!.tier == nil && store.state.projects[id]!.owner == nil)
    }

    @Test func editFromAStaleFormIsAConflict() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = store.projectId("zijin-platform")
        let opened = store.state.version(of: id)
        let form = ProjectInput(editing: store.state.projects[id]!)
        try store.perform(AddProgressNote(project: id, text: "平台需求调研完成"), today: today)
        var mine = form
        mine.target = "2026-12-31"
        let r = store.refusal(EditProject(project: id, input: mine, basedOn: opened))
        #expect(r?.error(for: "record")?.en.contains("changed by someone else") == true)
        #expect(store.refusal(EditProject(project: id, input: form, basedOn: store.state.version(of: id)))?.error(for: "record")?
            .en == "nothing changed")
    }

    @Test func editRefusesAClosedProjectAndRulesOnTheWhole() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = store.projectId("poly-digital-museum")
        try store.perform(AddMilestone(project: id, title: "数字展陈上线", due: "2025-03-01"), today: today)
        var input = ProjectInput(editing: store.state.projects[id]!)
        input.start = "2025-04-01"
        #expect(store.refusal(EditProject(project: id, input: input, basedOn: nil))?.error(for: "start") != nil,
                "a start after a milestone is due")
        input = ProjectInput(editing: store.state.projects[id]!)
        input.action = ""
        #expect(store.refusal(EditProject(project: id, input: input, basedOn: nil))?.error(for: "action") != nil,
                "the plan links it to an action")
        input = ProjectInput(editing: store.state.projects[id]!)
        input.category = .action
        #expect(store.refusal(EditProject(project: id, input: input, basedOn: nil))?.error(for: "category") != nil)

        try store.perform(SetProjectStatus(project: id, status: .closed), today: today)
        input = ProjectInput(editing: store.state.projects[id]!)
        input.target = "2026-12-31"
        #expect(store.refusal(EditProject(project: id, input: input, basedOn: nil))?.error(for: "project")?.zh.contains("已关闭") == true)
        #expect(store.refusal(AddMilestone(project: id, title: "新里程碑", due: "2025-08-01"))?.error(for: "project") != nil)
        #expect(store.refusal(AddProgressNote(project: id, text: "已关闭仍记录"))?.error(for: "project") != nil)
        // Reopening is the way back.
        try store.perform(SetProjectStatus(project: id, status: .active), today: today)
        try store.perform(EditProject(project: id, input: input, basedOn: nil), today: today)
        #expect(store.state.projects[id]!.target == ProjectFixture.d("2026-12-31"))
    }

    @Test func aLegacyRecordHoldingUnitNamesIsRewrittenWithIdsOnEdit() throws {
        let store = try JournalStore.fresh(in: dir)
        // Journals seeded before units were data hold names, and 5+N projects had no action.
        let legacyId = store.state.nextId("prj")
        let legacy = Project(id: legacyId, name: "旧日志项目", category: .space5N, catalogId: "yushu-renewal", leadUnit: "硅巷建设专班办公室",
                             partners: ["中关村发展集团"], place: "yushu", tier: "extension", phase: "规模拓展", status: .planned)
        guard case .object(var data) = try JSONValueEncoder().encode(legacy) else { Issue.record("not an object"); return }
        data["blockers"] = nil
        #expect(data["action"] == nil && data["start"] == nil && data["owner"] == nil)
        try store.appendUnchecked([.init(kind: EventKind.projectCreated, entity: legacyId, data: .object(data))])
        let old = try #require(store.state.projects[legacyId])
        #expect(old.action == nil && old.blockers.isEmpty && old.start == nil)
        #expect(ProjectView.action(of: old) == "district-renewal", "the catalogue's link stands in")
        #expect(store.state.unitDirectory().displayName(old.leadUnit, english: false) == "专班办公室")
        var input = ProjectInput(editing: old)
        input.start = "2025-01-01"
        try store.perform(EditProject(project: legacyId, input: input, basedOn: nil), today: today)
        let p = store.state.projects[legacyId]!
        #expect(p.leadUnit == "task-force-office" && p.partners == ["zgc-development"] && p.action == "district-renewal")
    }

    @Test func anOwnerWhoLeavesDoesNotBlockOtherChanges() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.perform(AssignRole(login: "bob", role: .operator), today: today)
        let id = store.projectId("zijin-platform")
        var input = ProjectInput(editing: store.state.projects[id]!)
        input.owner = "bob"
        try store.perform(EditProject(project: id, input: input, basedOn: nil), today: today)
        try store.perform(RemoveOperator(login: "bob"), today: today)
        // The record keeps its owner; other changes go on, and replay agrees.
        try store.perform(SetProjectStatus(project: id, status: .suspended), today: today)
        input = ProjectInput(editing: store.state.projects[id]!)
        input.target = "2026-12-31"
        try store.perform(EditProject(project: id, input: input, basedOn: nil), today: today)
        #expect(store.state.projects[id]?.owner == "bob")
        #expect(try JournalStore(path: store.path, actor: TestData.admin, useSnapshot: false).state == store.state)
        // Naming someone who is no operator is refused.
        let other = store.projectId("industry-fund")
        input = ProjectInput(editing: store.state.projects[other]!)
        input.owner = "bob"
        #expect(store.refusal(EditProject(project: other, input: input, basedOn: nil))?.error(for: "owner")?.en.contains("not an operator") == true)
    }

    // MARK: SetProjectStatus

    @Test func statusChangesAndLabels() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = store.projectId("longtan-renewal")
        try store.perform(SetProjectStatus(project: id, status: .active), today: today)
        #expect(store.state.projects[id]!.status == .active)
        #expect(store.refusal(SetProjectStatus(project: id, status: .active))?.error(for: "status") != nil)
        #expect(store.refusal(SetProjectStatus(project: id, status: .done, basedOn: 1))?.error(for: "record") != nil)
        #expect(ProjectStatus.allCases.map(\.zh) == ["未启动", "推进中", "暂缓", "已完成", "已关闭"])
        #expect(ProjectStatus.allCases.map(\.en) == ["planned", "active", "suspended", "done", "closed"])
        #expect(ProjectCategory.allCases.map(\.zh) == ["专项行动", "产业5+N", "空间5+N", "其他"])
        #expect(ApprovalStepKind.allCases.map(\.zh) == ["立项", "综合论证", "国企担保承诺", "联合审批", "开工", "竣工"])
        #expect(ProjectStatus.find("暂缓") == .suspended && ProjectCategory.find("空间5+N") == .space5N)
    }

    // MARK: Milestones

    @Test func aReferenceWithStraySpacesWritesTheResolvedId() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = store.projectId("innovation-contest")
        let added = try store.perform(AddMilestone(project: "  \(id)\t", title: " 决赛 ", due: "2025-06-09"), today: today)
        #expect(added[0].entity == id, "the entity is the id, not the text typed")
        let m = try #require(store.state.projects[id]?.milestones.first)
        #expect(m.title == "决赛" && m.id == "ms-\(added[0].seq)")
        let done = try store.perform(CompleteMilestone(project: " \(id) ", milestone: " \(m.id) ", date: "2025-06-10"), today: today)
        #expect(done[0].entity == id && done[0].data["milestone"]?.stringValue == m.id)
        #expect(store.state.projects[id]?.milestones.first?.done == today)
        let note = try store.perform(AddProgressNote(project: " \(id)", text: "决赛顺利举办"), today: today)
        #expect(note[0].entity == id)
        #expect(store.state.projects[id]?.notes.last?.actor == TestData.admin && store.state.projects[id]?.notes.last?.date == today)
    }

    @Test func milestoneRules() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = store.projectId("chain-partner-plan")
        var input = ProjectInput(editing: store.state.projects[id]!)
        input.start = "2025-03-01"
        try store.perform(EditProject(project: id, input: input, basedOn: nil), today: today)
        #expect(store.refusal(AddMilestone(project: id, title: "伙伴计划发布", due: "2025-02-28"))?.error(for: "due")?.zh
            .contains("早于项目开始") == true)
        #expect(store.refusal(AddMilestone(project: id, title: "伙伴计划发布", due: "2025-13-01"))?.error(for: "due") != nil)
        #expect(store.refusal(AddMilestone(project: "prj-999", title: "x", due: "2025-04-01"))?.error(for: "project") != nil)
        let due = try store.perform(AddMilestone(project: id, title: "伙伴计划发布", due: "2025-03-01"), today: today)
        #expect(store.refusal(AddMilestone(project: id, title: "伙伴计划发布", due: "2025-05-01"))?.error(for: "title") != nil)
        let ms = "ms-\(due[0].seq)"
        #expect(store.refusal(CompleteMilestone(project: id, milestone: ms, date: "2025-06-11"))?.error(for: "date")?.en
            .contains("after today") == true)
        #expect(store.refusal(CompleteMilestone(project: id, milestone: "ms-1", date: "2025-06-01"))?.error(for: "milestone") != nil)
        try store.perform(CompleteMilestone(project: id, milestone: ms, date: "2025-03-05"), today: today)
        #expect(store.refusal(CompleteMilestone(project: id, milestone: ms, date: "2025-03-06"))?.error(for: "milestone")?.en
            == "milestone already done")
    }

    // MARK: Approval steps and blockers

    @Test func approvalStepsGoInOrder() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = store.projectId("digital-tech-tower")
        #expect(store.refusal(RecordApprovalStep(project: id, step: .review, date: "2025-03-01", finished: false))?.error(for: "step") != nil,
                "立项 first")
        #expect(store.refusal(RecordApprovalStep(project: id, step: .initiation, date: "2025-03-01", finished: true))?.error(for: "step") != nil,
                "cannot finish what has not started")
        #expect(store.refusal(RecordApprovalStep(project: store.projectId("industry-fund"), step: .initiation, date: "2025-03-01",
                                                 finished: false))?.error(for: "project") != nil, "space renewal only")
        #expect(store.refusal(RecordApprovalStep(project: id, step: .initiation, date: "2025-06-11", finished: false))?.error(for: "date") != nil,
                "not in the future")
        #expect(store.refusal(RecordApprovalStep(project: id, step: .initiation, date: "2025-03-01", limitDays: "0", finished: false))?
            .error(for: "limitDays") != nil)
        try store.perform(RecordApprovalStep(project: id, step: .initiation, date: "2025-03-03", limitDays: "10", finished: false), today: today)
        #expect(store.refusal(RecordApprovalStep(project: id, step: .initiation, date: "2025-03-02", finished: true))?.error(for: "date")?.en
            .contains("finished before it started") == true)
        try store.perform(RecordApprovalStep(project: id, step: .initiation, date: "2025-03-12", finished: true), today: today)
        #expect(store.refusal(RecordApprovalStep(project: id, step: .review, date: "2025-03-11", finished: false))?.error(for: "date") != nil,
                "not before the previous step finished")
        try store.perform(RecordApprovalStep(project: id, step: .review, date: "2025-03-13", limitDays: "30", finished: false), today: today)
        try store.perform(RecordApprovalStep(project: id, step: .review, date: "2025-04-10", finished: true), today: today)
        // 国企担保承诺 may be skipped …
        try store.perform(RecordApprovalStep(project: id, step: .jointApproval, date: "2025-04-11", limitDays: "20", finished: false), today: today)
        // … but not slipped in after a later step began.
        #expect(store.refusal(RecordApprovalStep(project: id, step: .guarantee, date: "2025-04-12", finished: false))?.error(for: "step")?.en
            .contains("later step") == true)
        #expect(store.refusal(RecordApprovalStep(project: id, step: .jointApproval, date: "2025-04-12", finished: false))?.error(for: "step") != nil)
        #expect(store.state.projects[id]!.approval.map(\.step) == [.initiation, .review, .jointApproval])
    }

    @Test func aStartedGuaranteeMustFinishBeforeJointApproval() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = store.projectId("huanmao-incubator")
        try store.perform([
            RecordApprovalStep(project: id, step: .initiation, date: "2025-01-06", finished: false),
            RecordApprovalStep(project: id, step: .initiation, date: "2025-01-10", finished: true),
            RecordApprovalStep(project: id, step: .review, date: "2025-01-13", finished: false),
            RecordApprovalStep(project: id, step: .review, date: "2025-02-20", finished: true),
            RecordApprovalStep(project: id, step: .guarantee, date: "2025-02-21", limitDays: "15", finished: false),
        ], today: today)
        #expect(store.refusal(RecordApprovalStep(project: id, step: .jointApproval, date: "2025-03-01", finished: false))?
            .error(for: "step")?.zh.contains("国企担保承诺") == true)
    }

    @Test func blockersNeedAStepUnderWayAndAKnownUnit() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = try ProjectFixture.spaceProjectUnderWay(store)
        let r = store.refusal(RaiseBlocker(project: id, step: .jointApproval, text: "交通影响评价待复核", owningUnit: "交通委", date: "2025-05-06"))
        #expect(r?.error(for: "owningUnit")?.en.contains("unknown unit") == true)
        #expect(store.refusal(RaiseBlocker(project: id, step: .construction, text: "x", owningUnit: "区住建委", date: "2025-05-06"))?
            .error(for: "step") != nil, "not started")
        #expect(store.refusal(RaiseBlocker(project: id, step: .review, text: "x", owningUnit: "区住建委", date: "2025-05-06"))?
            .error(for: "step") != nil, "already finished")
        #expect(store.refusal(RaiseBlocker(project: id, step: .jointApproval, text: "x", owningUnit: "区住建委", date: "2025-04-01"))?
            .error(for: "date") != nil, "before the step started")
        let raised = try store.perform(RaiseBlocker(project: " \(id) ", step: .jointApproval, text: "交通影响评价待复核",
                                                    owningUnit: " 规自东城分局", date: "2025-05-06"), today: today)
        #expect(raised[0].entity == id)
        let b = try #require(store.state.projects[id]?.blockers.first)
        #expect(b.unit == "planning-natural-resources" && b.isOpen && b.id == "blk-\(raised[0].seq)")
        let open = OpenBlockers.list(store.state, today: today)
        #expect(open.count == 1 && open[0].unit?.id == "planning-natural-resources" && open[0].daysOpen == 35)
        #expect(OpenBlockers.list(store.state, today: today, unit: "finance-bureau").isEmpty)
        #expect(store.refusal(ResolveBlocker(project: id, blocker: b.id, date: "2025-05-05"))?.error(for: "date") != nil)
        try store.perform(ResolveBlocker(project: id, blocker: " \(b.id) ", date: "2025-05-20", resolution: "专班例会协调解决"), today: today)
        #expect(store.state.projects[id]?.blockers.first?.resolved == ProjectFixture.d("2025-05-20"))
        #expect(store.state.projects[id]?.blockers.first?.resolution == "专班例会协调解决")
        #expect(OpenBlockers.list(store.state, today: today).isEmpty)
        #expect(store.refusal(ResolveBlocker(project: id, blocker: b.id, date: "2025-05-21"))?.error(for: "blocker") != nil)
    }

    // MARK: Units

    @Test func anAddedUnitIsPickedLikeACataloguedOne() throws {
        let store = try JournalStore.fresh(in: dir)
        let added = try store.perform(AddUnit(zh: "东城区城市更新工作办公室", en: "Dongcheng urban renewal office", short: "区城市更新办",
                                              kind: .government, window: true), today: today)
        let unitId = added[0].entity
        #expect(unitId == "unit-\(added[0].seq)")
        let dir = store.state.unitDirectory()
        #expect(dir.all.last?.id == unitId && dir.all.count == Catalog.plan.units.count + 1)
        #expect(dir.windowUnits.contains { $0.id == unitId })
        #expect(dir.resolve(" 区城市更新办 ")?.id == unitId && dir.resolve("dongcheng URBAN renewal office")?.id == unitId)
        #expect(dir.resolve("城市更新") == nil, "close is not exact: free text")
        #expect(dir.matching("csgx").map(\.id) == [unitId], "pinyin type-ahead")
        #expect(dir.matching("科信").map(\.id) == ["science-tech-bureau"])
        let id = store.projectId("yushu-renewal")
        var input = ProjectInput(editing: store.state.projects[id]!)
        input.leadUnit = "区城市更新办"
        try store.perform(EditProject(project: id, input: input, basedOn: nil), today: today)
        #expect(store.state.projects[id]?.leadUnit == unitId)

        #expect(store.refusal(AddUnit(zh: "区城市更新办"))?.error(for: "zh") != nil, "a name another unit uses")
        #expect(store.refusal(AddUnit(zh: "区科学技术和信息化局"))?.error(for: "zh") != nil)
        #expect(store.refusal(AddUnit(zh: "新单位", kind: .plan))?.error(for: "kind") != nil)
        #expect(store.refusal(AddUnit(zh: "  "))?.error(for: "zh") != nil)
    }

    @Test func theUnitHelperRefusesFreeTextAndReturnsTheId() {
        var checks = FieldChecks()
        let units = DomainState().unitDirectory()
        #expect(checks.unitId("  专班办公室 ", in: units, field: "organiser") == "task-force-office")
        #expect(checks.unitId("ｔａｓｋ-force-office", in: units, field: "organiser") == "task-force-office", "full-width typing")
        #expect(checks.errors.isEmpty)
        #expect(checks.unitId("某协会", in: units, field: "organiser") == nil)
        #expect(checks.unitId("", in: units, field: "owner", required: false) == nil)
        #expect(checks.unitId("", in: units, field: "unit") == nil)
        #expect(checks.errors.map(\.field) == ["organiser", "unit"])
    }
}
