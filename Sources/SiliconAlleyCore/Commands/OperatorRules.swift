/// Rules about operators shared by the commands and replay.
public enum OperatorRules {
    /// An OS login as this program accepts it: ASCII letters, digits and . _ -, at most 32.
    public static func isLogin(_ l: String) -> Bool {
        !l.isEmpty && l.utf8.count <= 32 && l.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        }
    }

    /// Admins not removed: a journal always keeps at least one.
    public static func activeAdmins(_ s: DomainState) -> Int {
        s.operators.values.filter { $0.role == .admin && !$0.removed }.count
    }
}
