import Foundation
import Testing
@testable import SiliconAlleyCore

/// The window's published list (data/catalog/services.json): embedded like the rest of the
/// catalogue, every entry well-formed, the seven older ticket types each mapped onto one
/// service with the limit and documents those tickets had, and printable for the window.
@Suite struct ServiceListTests {
    let c = Catalog.plan

    @Test func theListIsEmbeddedAndMatchesTheFile() throws {
        let onDisk = try String(contentsOf: CatalogEmbeddingTests.catalogDirectory.appendingPathComponent("services.json"), encoding: .utf8)
        #expect(EmbeddedCatalog.files["services.json"] == onDisk, "services.json differs: run scripts/embed-catalog.sh")
        #expect(c.services.count >= 20)
    }

    @Test func everyServiceIsWellFormed() {
        #expect(Set(c.services.map(\.code)).count == c.services.count, "codes are unique")
        let units = UnitDirectory(catalog: c, state: DomainState())
        for s in c.services {
            #expect(c.serviceGroup(id: s.group) != nil, "\(s.code): group \(s.group)")
            #expect(s.limitDays > 0, "\(s.code): limit")
            #expect(!s.required.isEmpty, "\(s.code): no required document")
            #expect(Set(s.documents).count == s.documents.count, "\(s.code): a document twice")
            for d in s.documents { #expect(c.documents.contains { $0.id == d }, "\(s.code): unknown document \(d)") }
            #expect(units.unit(id: s.unit)?.window == true, "\(s.code): \(s.unit) is not a handling unit")
            #expect(!s.zh.isEmpty && !s.en.isEmpty && s.en.unicodeScalars.allSatisfy(\.isASCII))
        }
        #expect(c.services.filter(\.support).map(\.code) == ["policy-application"], "only 政策申报 records support")
    }

    /// The plan's one-stop services, the three the window lacked among them.
    @Test func thePlansServicesAreAllOnTheList() {
        for name in ["党群服务", "行政服务", "知识产权保护", "文化艺术中心", "运动健身", "餐饮休闲"] {
            let g = c.serviceGroups.first { $0.zh == name }
            #expect(g != nil, "no group \(name)")
            let services = c.services(inGroup: g?.id ?? "")
            #expect(services.count > 0, "no service under \(name)")
        }
    }

    /// Each older type maps onto exactly one service, with the limit those tickets were given
    /// (行政 5, 知识产权 10, 政策 10, 人才 5, 空间 10, 党群 3, 其他 5) and their document names.
    @Test(arguments: [(TicketType.administrative, 5, ["营业执照", "申请表", "身份证明"]), (.ipProtection, 10, ["营业执照", "申请表", "证明材料"]),
                      (.policy, 10, ["营业执照", "申请表", "财务报表", "证明材料"]), (.talent, 5, ["身份证明", "申请表", "证明材料"]),
                      (.space, 10, ["营业执照", "申请表"]), (.party, 3, ["申请表"]), (.other, 5, ["申请表"])])
    func olderTypesMapOntoOneServiceEach(type: TicketType, limit: Int, documents: [String]) throws {
        let matches = c.services.filter { $0.legacy == type.rawValue }
        #expect(matches.count == 1)
        let s = try #require(type.service(in: c))
        #expect(c.service(type.rawValue) == s, "a ticket's older type resolves through the list")
        #expect(s.limitDays == limit)
        #expect(s.required.map { c.documentName($0).zh } == documents)
        #expect(s.support == (type == .policy))
    }

    @Test func documentsResolveByIdOrOlderName() {
        #expect(c.document("business-licence")?.zh == "营业执照")
        #expect(c.document("营业执照")?.id == "business-licence")
        #expect(c.documentName("手写的材料").zh == "手写的材料")
    }

    @Test func markdownForTheWindowAndCSVForReview() throws {
        let md = String(decoding: ServiceListWriter.write(c, format: .md), as: UTF8.self)
        for s in c.services where s.isOffered {
            #expect(md.contains("| \(s.code) | \(s.zh) | \(s.limitDays) |"), "\(s.code) missing from the Markdown")
        }
        #expect(md.contains("## 文化艺术中心") && md.contains("清单之外无事项"))
        let csv = String(decoding: ServiceListWriter.write(c, format: .csv, english: true), as: UTF8.self)
        let rows = csv.split(separator: "\r\n")
        #expect(rows.count == c.services.filter(\.isOffered).count + 1)
        #expect(rows[0].hasPrefix("Group,Code,Service"))
        #expect(!csv.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "English CSV carries no Chinese")
        let bom = ServiceListWriter.write(c, format: .csv, bom: true)
        #expect(Array(bom.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }
}
