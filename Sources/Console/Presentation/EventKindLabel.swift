import SiliconAlleyCore

/// What each kind of journal line is called on screen.
enum EventKindLabel {
    static let labels: [String: (zh: String, en: String)] = [
        EventKind.journalCreated: ("创建日志", "journal created"),
        EventKind.operatorAssigned: ("设定角色", "role assigned"),
        EventKind.operatorRemoved: ("移除操作员", "operator removed"),
        EventKind.enterpriseRegistered: ("登记企业", "enterprise registered"),
        EventKind.enterpriseUpdated: ("编辑企业", "enterprise edited"),
        EventKind.enterpriseMoved: ("迁移楼宇", "enterprise moved"),
        EventKind.enterpriseMovedOut: ("企业迁出", "enterprise moved out"),
        EventKind.qualificationGranted: ("授予资质", "qualification granted"),
        EventKind.qualificationRevoked: ("撤销资质", "qualification revoked"),
        EventKind.supportGranted: ("记录扶持", "support granted"),
        EventKind.statisticRecorded: ("全区统计", "district statistic"),
        EventKind.projectCreated: ("新建项目", "project created"),
        EventKind.projectUpdated: ("项目变更", "project changed"),
        EventKind.milestoneAdded: ("添加里程碑", "milestone added"),
        EventKind.milestoneDone: ("里程碑完成", "milestone done"),
        EventKind.approvalStepStarted: ("审批环节开始", "approval step started"),
        EventKind.approvalStepDone: ("审批环节完成", "approval step done"),
        EventKind.progressNoted: ("进展记录", "progress noted"),
        EventKind.apartmentAdded: ("新增公寓", "apartment added"),
        EventKind.apartmentUpdated: ("公寓变更", "apartment changed"),
        EventKind.talentRegistered: ("登记人才", "talent registered"),
        EventKind.talentUpdated: ("人才变更", "talent changed"),
        EventKind.housingApplied: ("申请入住", "housing application"),
        EventKind.housingApplicationUpdated: ("轮候变更", "application changed"),
        EventKind.leaseSigned: ("签订租约", "lease signed"),
        EventKind.leaseUpdated: ("租约变更", "lease changed"),
        EventKind.activityCreated: ("新建活动", "event created"),
        EventKind.activityUpdated: ("活动变更", "event changed"),
        EventKind.registrationAdded: ("活动报名", "registration"),
        EventKind.registrationUpdated: ("报名变更", "registration changed"),
        EventKind.contestEntered: ("参赛登记", "contest entry"),
        EventKind.contestEntryUpdated: ("参赛结果", "contest result"),
        EventKind.actionItemAdded: ("督办事项", "action item"),
        EventKind.actionItemUpdated: ("督办变更", "action item changed"),
        EventKind.ticketAccepted: ("受理工单", "ticket accepted"),
        EventKind.ticketUpdated: ("工单变更", "ticket changed"),
    ]

    static func label(_ kind: String, _ l: Language) -> String {
        guard let p = labels[kind] else { return kind }
        return l == .zh ? p.zh : p.en
    }
}
