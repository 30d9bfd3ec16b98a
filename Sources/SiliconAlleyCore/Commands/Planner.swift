/// The scratchpad a command plans on: the state it must be valid against, who asks,
/// today's date, and the drafts emitted so far. New ids come from the seq the creating
/// line will get, so two writers can never mint the same id.
public struct Planner {
    public let state: DomainState
    public let actor: String
    public let today: LocalDate
    public let catalog: Catalog
    public private(set) var drafts: [LineCodec.Draft] = []
    private let firstSeq: Int

    public init(state: DomainState, actor: String, today: LocalDate, catalog: Catalog = .plan) {
        self.state = state
        self.actor = actor
        self.today = today
        self.catalog = catalog
        firstSeq = state.lastSeq + 1
    }

    public var nextSeq: Int { firstSeq + drafts.count }

    public func newId(_ prefix: String) -> String { "\(prefix)-\(nextSeq)" }

    public mutating func emit(_ kind: String, _ entity: String, _ data: JSONValue) {
        drafts.append(.init(kind: kind, entity: entity, data: data))
    }

    public mutating func emit<T: Encodable>(_ kind: String, _ entity: String, record: T) {
        // The model's records always encode; a failure here is a programming error.
        let value = try! JSONValueEncoder().encode(record)
        emit(kind, entity, value)
    }

    /// `{"changes": {...}}`, the shape every *.updated line has.
    public mutating func emitChanges(_ kind: String, _ entity: String, _ changes: [String: JSONValue]) {
        emit(kind, entity, .object(["changes": .object(JSONObject(changes))]))
    }

    /// Refuses an edit made on a form opened before someone else changed the record.
    public func checkVersion(_ entity: String, basedOn: Int?) throws(CommandRejected) {
        guard let basedOn else { return }
        let now = state.version(of: entity)
        if now > basedOn {
            throw CommandRejected(field: "record",
                                  zh: "记录已被他人修改（日志 #\(now)），请重新打开后再改",
                                  en: "changed by someone else meanwhile (journal #\(now)); reopen and edit again")
        }
    }
}
