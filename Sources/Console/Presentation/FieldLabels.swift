import SiliconAlleyCore

/// What operators call each field: the keys commands name in their errors and the keys
/// journal lines carry in their data. No key reaches a screen; a test scans the core for
/// field names and fails on one without a label here.
enum FieldLabels {
    static let labels: [String: Phrase] = [
        // Registry
        "name": Phrase("名称", "Name"), "uscc": Phrase("信用代码", "USCC"), "industry": Phrase("行业", "Industry"),
        "place": Phrase("楼宇", "Building"), "address": Phrase("楼层房号", "Floor/room"), "tier": Phrase("层级", "Tier"),
        "area": Phrase("面积", "Area"), "headcount": Phrase("人数", "Headcount"), "settled": Phrase("入驻日期", "Settled on"),
        "contact": Phrase("联系人", "Contact"), "phone": Phrase("手机", "Mobile"), "status": Phrase("状态", "Status"),
        "movedOutOn": Phrase("迁出日期", "Moved out on"), "movedOutReason": Phrase("迁出原因", "Reason for leaving"),
        "qualification": Phrase("资质", "Qualification"), "qualifications": Phrase("资质", "Qualifications"),
        "type": Phrase("类型", "Type"), "granted": Phrase("授予日期", "Granted on"), "expires": Phrase("到期日期", "Expires on"),
        "revoked": Phrase("撤销日期", "Revoked on"), "revokeReason": Phrase("撤销原因", "Reason revoked"),
        "support": Phrase("扶持", "Support"), "moves": Phrase("迁移记录", "Moves"),
        "fromPlace": Phrase("原楼宇", "From building"), "fromTier": Phrase("原层级", "From tier"),
        "toPlace": Phrase("新楼宇", "To building"), "toTier": Phrase("新层级", "To tier"), "measure": Phrase("措施", "Measure"), "amount": Phrase("金额", "Amount"),
        "kind": Phrase("扶持方式", "In kind"), "date": Phrase("日期", "Date"), "today": Phrase("办理日期", "Day of the change"), "journal": Phrase("日志", "Journal"), "note": Phrase("备注", "Note"),
        "reason": Phrase("原因", "Reason"), "enterprise": Phrase("企业", "Enterprise"),
        "srdiCount": Phrase("全区专精特新", "District SRDI"), "highTechCount": Phrase("全区国高新", "District high-tech"),
        "enterpriseCount": Phrase("全区企业数（每家一次）", "District firms (each once)"), "zoneCount": Phrase("展示区企业数（官方）", "Showcase firms (official)"),
        // Operators and the journal
        "login": Phrase("登录名", "Login"), "role": Phrase("角色", "Role"), "record": Phrase("记录", "Record"),
        "format": Phrase("格式版本", "Format"), "catalog": Phrase("目录摘要", "Catalogue digest"), "id": Phrase("编号", "ID"),
        "changes": Phrase("变更", "Changes"), "item": Phrase("第几项", "Item"),
        "history": Phrase("日志历史", "Journal history"), "digest": Phrase("状态摘要", "State digest"), "seq": Phrase("行号", "Line"),
        "line": Phrase("行号", "Line"), "seenHash": Phrase("上次所见哈希", "Hash last seen"), "currentHash": Phrase("当前哈希", "Current hash"),
        // Service window
        "receipt": Phrase("回执号", "Receipt"), "applicant": Phrase("申请人", "Applicant"),
        "applicantName": Phrase("申请人姓名", "Applicant"), "applicantPhone": Phrase("申请人手机", "Applicant's mobile"),
        "description": Phrase("说明", "Description"), "documents": Phrase("材料", "Documents"), "unit": Phrase("承办单位", "Unit"),
        "due": Phrase("期限", "Due"), "ticket": Phrase("工单", "Ticket"), "text": Phrase("内容", "Text"),
        "result": Phrase("办理结果", "Result"), "approved": Phrase("是否批准", "Approved"), "acceptedOn": Phrase("受理日期", "Accepted on"),
        "closedOn": Phrase("完成日期", "Finished on"), "returnReason": Phrase("退回原因", "Reason returned"),
        "service": Phrase("事项", "Service"), "channel": Phrase("受理渠道", "Channel"), "notice": Phrase("补正告知", "supplement notice"),
        "noticeNote": Phrase("补正说明", "Notice note"), "override": Phrase("主管意见", "Supervisor's reason"),
        "remaining": Phrase("剩余工作日", "Working days left"), "from": Phrase("原承办单位", "From unit"),
        "supplements": Phrase("补正", "Notices"), "handovers": Phrase("移交", "Hand-overs"),
        "requestedOn": Phrase("告知日期", "Notice given on"), "receivedOn": Phrase("补齐日期", "Documents in on"),
        // Calendar
        "year": Phrase("年份", "Year"), "file": Phrase("文件", "File"), "replaces": Phrase("更正已载入的年份", "Corrects the year added"),
        // Projects
        "project": Phrase("项目", "Project"), "title": Phrase("标题", "Title"), "milestone": Phrase("里程碑", "Milestone"),
        "milestones": Phrase("里程碑", "Milestones"), "step": Phrase("审批环节", "Approval step"), "limitDays": Phrase("时限（天）", "Limit (days)"),
        "category": Phrase("类别", "Category"), "action": Phrase("专项行动", "Special action"), "leadUnit": Phrase("牵头单位", "Lead unit"),
        "partners": Phrase("配合单位", "Partners"), "phase": Phrase("阶段", "Phase"), "fastTrack": Phrase("绿色通道", "Fast track"),
        "catalogId": Phrase("目录编号", "Catalogue entry"), "approval": Phrase("审批", "Approval"), "notes": Phrase("进展", "Notes"),
        "started": Phrase("开始日期", "Started on"), "done": Phrase("完成日期", "Done on"), "actor": Phrase("记录人", "By"),
        "target": Phrase("目标日期", "Target date"), "owner": Phrase("负责人", "Owner"), "blocker": Phrase("堵点", "Blocker"),
        "blockers": Phrase("堵点", "Blockers"), "owningUnit": Phrase("责任单位", "Owning unit"), "raised": Phrase("提出日期", "Raised on"),
        "resolution": Phrase("解决情况", "Resolution"), "resolved": Phrase("解决日期", "Resolved on"),
        // Units
        "zh": Phrase("中文名称", "Chinese name"), "en": Phrase("英文名称", "English name"), "short": Phrase("简称", "Short name"),
        "window": Phrase("窗口承办", "Handles window requests"),
        // Housing
        "building": Phrase("楼栋", "Building"), "layout": Phrase("户型", "Layout"), "rent": Phrase("月租", "Monthly rent"),
        "retired": Phrase("已停用", "Retired"), "idNumber": Phrase("身份证号", "Resident ID"), "employer": Phrase("工作单位", "Employer"),
        "talent": Phrase("人才", "Talent"), "apartment": Phrase("公寓", "Apartment"), "appliedOn": Phrase("申请日期", "Applied on"),
        "start": Phrase("开始", "Start"), "end": Phrase("结束", "End"), "lease": Phrase("租约", "Lease"),
        "checkIn": Phrase("入住日期", "Checked in"), "checkOut": Phrase("退房日期", "Checked out"),
        "floor": Phrase("楼层", "Floor"), "position": Phrase("房位", "Position"), "priority": Phrase("优先级", "Priority"),
        "application": Phrase("轮候申请", "Application"), "waitingList": Phrase("轮候名单", "Waiting list"),
        "signedOn": Phrase("签约日期", "Signed on"), "number": Phrase("号码", "Number"),
        // Events
        "activity": Phrase("活动", "Event"), "time": Phrase("时间", "Time"), "venue": Phrase("地点", "Venue"),
        "organiser": Phrase("主办单位", "Organiser"), "capacity": Phrase("容量", "Capacity"), "outcome": Phrase("成果", "Outcome"),
        "person": Phrase("个人", "Person"), "registration": Phrase("报名", "Registration"), "attended": Phrase("已签到", "Attended"),
        "cancelled": Phrase("已取消", "Cancelled"), "team": Phrase("团队", "Team"), "entry": Phrase("参赛项目", "Entry"),
        "award": Phrase("奖项", "Award"), "incubated": Phrase("已入孵", "Incubated"),
        "room": Phrase("房间", "Room"), "allDay": Phrase("全天", "All day"), "registrationOpen": Phrase("报名开放", "Registration open"),
        "agenda": Phrase("议程", "Agenda"), "decisions": Phrase("决定事项", "Decisions"), "items": Phrase("事项", "Items"),
        "waitlisted": Phrase("候补", "Waiting list"), "promoted": Phrase("候补转正", "Moved up"), "judge": Phrase("评委", "Judge"),
        "score": Phrase("评分", "Score"), "scores": Phrase("评分", "Scores"), "registered": Phrase("已登记为企业", "Registered as an enterprise"),
        "enterpriseRegistered": Phrase("已登记为企业", "Registered as an enterprise"), "incubatedAt": Phrase("入孵地点", "Incubated at"),
        "incubatedOn": Phrase("入孵日期", "Incubated on"),
        // Evaluations
        "evaluation": Phrase("评估", "Evaluation"), "adjustment": Phrase("调整事项", "Adjustment"),
        "headSeq": Phrase("日志锚点", "Journal anchor"), "headHash": Phrase("锚点哈希", "Anchor hash"),
        "zoneEnterprises": Phrase("展示区企业", "Zone firms"), "districtTotal": Phrase("全区总数", "District total"),
        "baselineZone": Phrase("基线展示区企业", "Baseline zone firms"), "baselineTotal": Phrase("基线全区总数", "Baseline district total"),
    ]

    /// The label for a key; a key nobody labelled shows as itself (a test keeps that from happening).
    static func label(_ key: String, _ l: Language) -> String { labels[key]?.text(l) ?? key }

    /// Keys that mean something else in some kinds of line: an apartment's `unit` is its
    /// number (房号), not a government unit (承办单位); a talent's `name` is a person's (姓名).
    static let byKind: [String: [String: Phrase]] = [
        "apartment.": ["unit": Phrase("房号", "Unit no.")],
        "talent.": ["name": Phrase("姓名", "Name")],
    ]

    /// The label for a key in a line of `kind`.
    static func label(_ key: String, kind: String, _ l: Language) -> String {
        for (prefix, labels) in byKind where kind.hasPrefix(prefix) {
            if let p = labels[key] { return p.text(l) }
        }
        return label(key, l)
    }

    /// A refusal named by its field's label: "信用代码：校验位应为 9".
    static func message(_ e: FieldError, _ l: Language) -> String {
        guard let label = labels[e.field] else { return e.text(l) }
        return label.text(l) + l.t("：", ": ") + e.text(l)
    }

    static func message(_ r: CommandRejected, _ l: Language) -> String {
        r.errors.map { message($0, l) }.joined(separator: l.t("；", "; "))
    }
}
