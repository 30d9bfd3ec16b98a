/// What a stored enterprise must satisfy, whoever wrote it: the command builds records that
/// do, and replay refuses a line whose record does not. Text content (length, control
/// characters) is the form's business and is not re-checked here: the sanitizer and the
/// exporters make any text safe, and older journals may hold text a later form refuses.
extension Enterprise {
    /// What `enterprise.updated` may change: the registration form's fields.
    public static let editableMembers: Set<String> = [
        "name", "uscc", "industry", "place", "tier", "address", "area", "headcount", "settled", "contact", "phone",
    ]
    /// What `enterprise.moved` changes.
    public static let moveMembers: Set<String> = ["place", "tier", "address"]
    /// What `enterprise.movedOut` changes.
    public static let movedOutMembers: Set<String> = ["status", "movedOutOn", "movedOutReason"]

    /// The first rule the record breaks, in English; nil when it holds.
    public func brokenRule(catalog: Catalog) -> String? {
        if name.isBlank { return "the name is empty" }
        if !USCC.isValidNormalized(uscc) {
            // The slow path only to say why.
            switch Result(catching: { () throws(FieldError) -> String in try USCC.validate(uscc) }) {
            case .failure(let e): return "USCC “\(uscc)”: \(e.en)"
            case .success(let code): return "USCC “\(uscc)” is not in its normal form \(code)"
            }
        }
        if catalog.industry(id: industry) == nil { return "unknown industry “\(industry)”" }
        if let place {
            guard let p = catalog.place(id: place) else { return "unknown place “\(place)”" }
            if tier != p.tier { return "tier “\(tier ?? "none")” is not \(p.id)'s tier \(p.tier)" }
        } else if let tier {
            return "tier “\(tier)” without a place"
        }
        if let area, area.hundredths < 0 { return "negative area" }
        if let headcount, headcount < 0 || headcount > Int(Int32.max) { return "head-count \(headcount) out of range" }
        if let phone, !Mobile.isValidNormalized(phone) { return "“\(phone)” is not a mobile number" }
        switch status {
        case .active where movedOutOn != nil: return "an enterprise in the district has a moved-out date"
        case .movedOut where movedOutOn == nil: return "a moved-out enterprise has no moved-out date"
        default: break
        }
        for q in qualifications {
            if let rule = q.brokenRule(catalog: catalog) { return rule }
        }
        for s in support {
            if let rule = s.brokenRule(catalog: catalog) { return rule }
        }
        return nil
    }
}

extension QualificationHolding {
    public func brokenRule(catalog: Catalog) -> String? {
        if catalog.qualification(id: type) == nil { return "unknown qualification “\(type)”" }
        if let expires, expires < granted { return "\(type) expires \(expires), before its grant \(granted)" }
        if let revoked, revoked < granted { return "\(type) is revoked \(revoked), before its grant \(granted)" }
        return nil
    }
}

extension SupportGrant {
    public func brokenRule(catalog: Catalog) -> String? {
        if catalog.measure(code: measure) == nil { return "unknown measure “\(measure)”" }
        if let amount, amount.fen < 0 { return "negative amount" }
        if amount == nil && kind.isBlank {
            return "support with neither an amount nor a kind"
        }
        return nil
    }
}
