/// The applicant's receipt (受理回执): what was asked for, when it is due, what was handed in
/// and what is still to bring. Laid out by `PrintLayout` for the window's printer or A4.
public enum ReceiptText {
    static let header = "东城区 青龙硅巷公共服务平台 · 一站式服务窗口"

    /// `reprintedOn`: a copy printed later (F9), marked 补打 with the ticket's state now, and
    /// written beside the original rather than over it.
    public static func printout(_ t: Ticket, state: DomainState, catalog: Catalog = .plan, reprintedOn: LocalDate? = nil) -> Printout {
        let calendar = state.calendar
        var what = t.serviceEntry(catalog)?.zh ?? t.service
        if let m = t.measure.flatMap({ catalog.measure(code: $0) }) { what += " · \(m.code) \(m.zh)" }
        var blocks: [Printout.Block] = [
            .field("回执号", t.receipt),
            .field("申请人", TicketApplicant.describe(t, state: state)),
            .field("事项", what),
            .field("受理渠道", (t.channel ?? .window).zh),
            .field("说明", t.description),
            .field("受理日期", t.acceptedOn.description),
        ]
        let limit = t.timeLimit(catalog)
        if let pending = t.pendingSupplement {
            let left = pending.remaining >= 0 ? "剩余 \(pending.remaining) 个工作日" : "已超期 \(-pending.remaining) 个工作日"
            blocks.append(.field("办结时限", "\(limit.map { "\($0) 个工作日；" } ?? "")材料补正期间暂停计算（\(left)），自补齐材料之日起恢复"))
        } else if let due = t.due {
            let basis = calendar.covers(due) ? "按法定节假日及调休计算" : "\(due.year) 年节假日尚未公布，暂按周一至周五计算"
            blocks.append(.field("办结时限", "\(limit.map { "\($0) 个工作日，" } ?? "")\(due) 前（\(basis)）"))
        }
        if let u = t.unit { blocks.append(.field("承办单位", state.unitDirectory(catalog).displayName(u, english: false, short: false))) }
        let received = t.documents.map { catalog.documentName($0).zh }
        blocks.append(.field("已收材料", received.isEmpty ? "无" : received.joined(separator: "、")))
        if let pending = t.pendingSupplement {
            let names = pending.documents.map { catalog.documentName($0).zh }.joined(separator: "、")
            blocks.append(.field("需补正材料", "\(names)（见《材料补正一次性告知书》）"))
        } else {
            let missing = t.missingDocuments(catalog).map { catalog.documentName($0).zh }
            blocks.append(.field("需补交材料", missing.isEmpty ? "无" : missing.joined(separator: "、")))
        }
        if let day = reprintedOn {
            switch t.status {
            case .closed: blocks.append(.field("办理结果", "\(t.closedOn.map { "\($0) " } ?? "")已办结" + (t.result.map { "：\($0)" } ?? "")))
            case .returned: blocks.append(.field("办理结果", "\(t.closedOn.map { "\($0) " } ?? "")已退回" + (t.returnReason.map { "：\($0)" } ?? "")))
            default: break
            }
            blocks.append(.field("补打日期", day.description))
        }
        blocks.append(.rule)
        blocks.append(.paragraph("凭此回执查询办理进度。本窗口只受理公布的服务事项清单所列事项，所需材料以清单为准。"))
        if let day = reprintedOn {
            return Printout(header: header, title: "受理回执（补打）", blocks: blocks, fileName: copyName(safeName(t.receipt), day), reference: t.receipt)
        }
        return Printout(header: header, title: "受理回执", blocks: blocks, fileName: safeName(t.receipt) + ".txt")
    }

    /// The receipt as text for A4 (what older callers and tests read).
    public static func make(_ t: Ticket, state: DomainState, catalog: Catalog = .plan) -> String {
        PrintLayout.text(printout(t, state: state, catalog: catalog), paper: .a4)
    }

    /// A later copy's file name, beside the original (`QL-2026-000012-copy-20261130.txt`).
    static func copyName(_ stem: String, _ day: LocalDate) -> String { stem + "-copy-" + day.description.filter(\.isNumber) + ".txt" }

    /// A receipt number as a file name: letters, digits and '-' only.
    static func safeName(_ s: String) -> String { s.filter { $0.isLetter || $0.isNumber || $0 == "-" } }
}

/// 材料补正一次性告知书: the notice listing every document to bring at once, the days the
/// ticket has left while its clock stands still, and where to sign.
public enum SupplementNoticeText {
    /// The notice `index` (0-based) of the ticket's notices.
    /// `reprintedOn`: printed again later, marked 补打 and written beside the original.
    public static func printout(_ t: Ticket, index: Int, state: DomainState, catalog: Catalog = .plan, reprintedOn: LocalDate? = nil) -> Printout? {
        guard t.supplements.indices.contains(index) else { return nil }
        let s = t.supplements[index]
        let service = t.serviceEntry(catalog)?.zh ?? t.service
        var blocks: [Printout.Block] = [
            .field("编号", "\(t.receipt)-补正\(index + 1)"),
            .field("申请人", TicketApplicant.describe(t, state: state)),
            .field("事项", service),
            .field("受理日期", t.acceptedOn.description),
            .field("告知日期", s.requestedOn.description),
        ]
        if let u = t.unit { blocks.append(.field("承办单位", state.unitDirectory(catalog).displayName(u, english: false, short: false))) }
        blocks.append(.paragraph("经审查，您申请的“\(service)”事项材料不齐全。根据一次性告知制度，请补正以下全部材料："))
        blocks.append(.list(s.documents.map { catalog.documentName($0).zh }))
        if let note = s.note { blocks.append(.field("说明", note)) }
        if let o = s.override { blocks.append(.field("再次告知", "经主管同意：\(o)")) }
        let days = s.remaining >= 0 ? "剩余 \(s.remaining) 个工作日" : "已超期 \(-s.remaining) 个工作日"
        blocks.append(.paragraph("补正期间办结时限暂停计算（\(days)），自您补齐上述材料之日起恢复计算。本告知书已列明全部须补正材料，窗口不再另行要求清单以外的材料。"))
        if let r = s.receivedOn { blocks.append(.field("材料补齐", r.description)) }
        blocks.append(.signatures(["窗口经办人：____________", "申请人签收：____________   日期：__________"]))
        if let day = reprintedOn {
            blocks.append(.field("补打日期", day.description))
            return Printout(header: ReceiptText.header, title: "材料补正一次性告知书（补打）", blocks: blocks,
                            fileName: ReceiptText.copyName(ReceiptText.safeName(t.receipt) + "-notice\(index + 1)", day),
                            reference: "\(t.receipt)-补正\(index + 1)")
        }
        return Printout(header: ReceiptText.header, title: "材料补正一次性告知书", blocks: blocks,
                        fileName: ReceiptText.safeName(t.receipt) + "-notice\(index + 1).txt", reference: "\(t.receipt)-补正\(index + 1)")
    }
}
