/// What replay's envelope rules looked up for recent lines, so the next line of the same
/// kind by the same actor costs two string comparisons instead of three hash lookups.
/// The decoder hands out one String per distinct kind and actor, so comparing them is
/// mostly comparing two pointers. Not part of the state: it never makes two states differ.
struct ReplayMemo: Sendable, Equatable {
    struct Kind: Sendable {
        var kind: String
        var role: Role?
        var wholeRecord: Bool
    }
    private var kinds: [Kind] = []
    private var actor: String?
    private var actorRole: Role = .viewer

    /// The kind's rules (by index: a copy of each entry would count its string's references).
    mutating func kind(_ k: String) -> (role: Role?, wholeRecord: Bool) {
        for i in kinds.indices where kinds[i].kind == k { return (kinds[i].role, kinds[i].wholeRecord) }
        let e = Kind(kind: k, role: EventKind.requiredRole[k], wholeRecord: EventKind.wholeRecordKinds.contains(k))
        if kinds.count == 8 { kinds.removeFirst() }
        kinds.append(e)
        return (e.role, e.wholeRecord)
    }

    /// The role last looked up for `login`, if it was the last login asked about.
    func role(of login: String) -> Role? {
        login == actor ? actorRole : nil
    }

    mutating func remember(_ login: String, _ role: Role) {
        actor = login
        actorRole = role
    }

    /// Roles changed (an operator line): ask the state again.
    mutating func forgetRoles() { actor = nil }

    static func == (a: ReplayMemo, b: ReplayMemo) -> Bool { true }
}
