import Foundation

/// One item of the window's published service list (data/catalog/services.json): "清单之外无事项",
/// the window takes nothing that is not on it. The list is data so the task force can review
/// and change it without a rebuild of the code that uses it.
public struct Service: Sendable, Hashable, Codable, Identifiable {
    /// Stable code, e.g. "policy-application"; what a ticket records.
    public let code: String
    /// The group id (`ServiceGroup`).
    public let group: String
    public let zh: String
    public let en: String
    /// The time limit in working days on the PRC calendar, from acceptance (or from the day
    /// the last missing document was handed in, less the days already used).
    public let limitDays: Int
    /// Document ids the applicant must bring (`ServiceDocument`).
    public let required: [String]
    /// Document ids the window may ask for as well.
    public let optional: [String]
    /// The handling unit (承办单位) a new request goes to unless the clerk picks another.
    public let unit: String
    /// Whether an approved request records support under one of the 15 measures (政策申报).
    public let support: Bool
    /// The ticket type of older journals (`TicketType`) that maps onto this service, if any.
    public let legacy: String?
    /// No longer offered (the window refuses it); kept so tickets that name it still read.
    /// A service is retired, never deleted: replay checks every ticket's code against the list.
    public let retired: Bool?

    public var isOffered: Bool { retired != true }

    public var id: String { code }

    /// Every document of the service: required first, then optional.
    public var documents: [String] { required + optional }
}

/// A heading of the service list (党群服务, 文化艺术中心…).
public struct ServiceGroup: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let zh: String
    public let en: String
}

/// A document the window asks for. Tickets record its id; tickets accepted before the list
/// was data hold the Chinese name, which `Catalog.document(_:)` resolves as well.
public struct ServiceDocument: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let zh: String
    public let en: String
}

extension Catalog {
    /// The service a code names — or a ticket type of older journals names (`legacy`).
    public func service(_ code: String) -> Service? {
        services.first { $0.code == code } ?? services.first { $0.legacy == code }
    }

    /// A service named the way a person types it: its code, Chinese or English name.
    public func findService(_ text: String) -> Service? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return nil }
        return services.first { $0.code == t || $0.zh == t || $0.en.lowercased() == t.lowercased() }
    }

    public func serviceGroup(id: String) -> ServiceGroup? { serviceGroups.first { $0.id == id } }

    public func services(inGroup id: String) -> [Service] { services.filter { $0.group == id } }

    /// A document by id, or by the Chinese name older tickets recorded.
    public func document(_ idOrName: String) -> ServiceDocument? {
        documents.first { $0.id == idOrName } ?? documents.first { $0.zh == idOrName }
    }

    /// A stored document reference in words: the document's name, or the stored text itself.
    public func documentName(_ idOrName: String) -> Phrase {
        document(idOrName).map { Phrase($0.zh, $0.en) } ?? Phrase(same: idOrName)
    }
}

extension Service: Bilingual {}
extension ServiceGroup: Bilingual {}
extension ServiceDocument: Bilingual {}
