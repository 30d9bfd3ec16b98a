/// Demo service-window tickets.
extension DemoRun {
    func tickets(_ tickets: Int) throws {
        let entIds = enterpriseIds
        let descriptions: [TicketType: [String]] = [
            .administrative: ["营业执照地址变更", "办理入驻备案"], .ipProtection: ["商标侵权投诉咨询", "专利快速预审"],
            .policy: ["申请房租补贴", "申报创新龙头产品支持"], .talent: ["人才公寓申请咨询", "子女入学协调"],
            .space: ["寻找 300 平米办公空间", "四合院总部选址"], .party: ["成立党支部咨询"], .other: ["其他咨询"],
        ]
        for _ in 0..<tickets {
            let type = gen.pick(TicketType.allCases)
            let measure = type == .policy ? gen.pick(store.catalog.measures).code : ""
            try add(AcceptTicket(enterprise: entIds.isEmpty ? "" : gen.pick(entIds),
                                      applicantName: entIds.isEmpty ? gen.personName(sex: .female) : "",
                                      applicantPhone: entIds.isEmpty ? gen.mobile() : "", type: type, measure: measure,
                                      description: gen.pick(descriptions[type]!), documents: ["营业执照", "申请表"],
                                      unit: "青龙硅巷公共服务平台",
                                 // Due by the type's own limit in working days, as the receipt says.
                                 due: nil))
        }
        try flush()
    }
}
