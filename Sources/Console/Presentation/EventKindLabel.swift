import SiliconAlleyCore

/// What each kind of journal line is called on screen.
enum EventKindLabel {
    static let labels: [String: Phrase] = [
        EventKind.journalCreated: Phrase("创建日志", "journal created"),
        EventKind.operatorAssigned: Phrase("设定角色", "role assigned"),
        EventKind.operatorRemoved: Phrase("移除操作员", "operator removed"),
        EventKind.enterpriseRegistered: Phrase("登记企业", "enterprise registered"),
        EventKind.enterpriseUpdated: Phrase("编辑企业", "enterprise edited"),
        EventKind.enterpriseMoved: Phrase("迁移楼宇", "enterprise moved"),
        EventKind.enterpriseMovedOut: Phrase("企业迁出", "enterprise moved out"),
        EventKind.qualificationGranted: Phrase("授予资质", "qualification granted"),
        EventKind.qualificationRevoked: Phrase("撤销资质", "qualification revoked"),
        EventKind.supportGranted: Phrase("记录扶持", "support granted"),
        EventKind.statisticRecorded: Phrase("全区统计", "district statistic"),
        EventKind.projectCreated: Phrase("新建项目", "project created"),
        EventKind.projectUpdated: Phrase("项目变更", "project changed"),
        EventKind.milestoneAdded: Phrase("添加里程碑", "milestone added"),
        EventKind.milestoneDone: Phrase("里程碑完成", "milestone done"),
        EventKind.approvalStepStarted: Phrase("审批环节开始", "approval step started"),
        EventKind.approvalStepDone: Phrase("审批环节完成", "approval step done"),
        EventKind.blockerRaised: Phrase("记录堵点", "blocker raised"),
        EventKind.blockerResolved: Phrase("堵点解决", "blocker resolved"),
        EventKind.unitAdded: Phrase("新增单位", "unit added"),
        EventKind.progressNoted: Phrase("进展记录", "progress noted"),
        EventKind.apartmentAdded: Phrase("新增公寓", "apartment added"),
        EventKind.apartmentStatusChanged: Phrase("公寓状态", "unit status"),
        EventKind.apartmentRetired: Phrase("公寓停用", "unit retired"),
        EventKind.housingWithdrawn: Phrase("撤回申请", "application withdrawn"),
        EventKind.housingAllocated: Phrase("分配公寓", "unit allocated"),
        EventKind.leaseCheckedIn: Phrase("入住", "checked in"),
        EventKind.leaseCheckedOut: Phrase("退房", "checked out"),
        EventKind.leaseRenewed: Phrase("续租", "lease renewed"),
        EventKind.leaseEndedEarly: Phrase("提前退租", "lease ended early"),
        EventKind.personalRevealed: Phrase("查看完整号码", "number revealed"),
        EventKind.apartmentUpdated: Phrase("公寓变更", "apartment changed"),
        EventKind.talentRegistered: Phrase("登记人才", "talent registered"),
        EventKind.talentUpdated: Phrase("人才变更", "talent changed"),
        EventKind.housingApplied: Phrase("申请入住", "housing application"),
        EventKind.housingApplicationUpdated: Phrase("轮候变更", "application changed"),
        EventKind.leaseSigned: Phrase("签订租约", "lease signed"),
        EventKind.leaseUpdated: Phrase("租约变更", "lease changed"),
        EventKind.activityCreated: Phrase("新建活动", "event created"),
        EventKind.activityUpdated: Phrase("活动变更", "event changed"),
        EventKind.registrationAdded: Phrase("活动报名", "registration"),
        EventKind.registrationUpdated: Phrase("报名变更", "registration changed"),
        EventKind.contestEntered: Phrase("参赛登记", "contest entry"),
        EventKind.contestEntryUpdated: Phrase("参赛结果", "contest result"),
        EventKind.actionItemAdded: Phrase("督办事项", "action item"),
        EventKind.actionItemUpdated: Phrase("督办变更", "action item changed"),
        EventKind.ticketAccepted: Phrase("受理工单", "ticket accepted"),
        EventKind.ticketUpdated: Phrase("工单变更", "ticket changed"),
    ]

    static func label(_ kind: String, _ l: Language) -> String {
        guard let p = labels[kind] else { return kind }
        return p.text(l)
    }
}
