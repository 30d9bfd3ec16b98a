/// What an operator asks for. A command reads the current state, validates its input
/// and, if everything holds, emits journal drafts; otherwise it throws and nothing is written.
public protocol Command: Sendable {
    /// The least role allowed to run it.
    var requiredRole: Role { get }
    func plan(_ p: inout Planner) throws(CommandRejected)
}

/// Why a command was refused: every field at fault, with the reason in both languages.
public struct CommandRejected: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [FieldError]

    public init(_ errors: [FieldError]) { self.errors = errors }
    public init(field: String, zh: String, en: String) { errors = [FieldError(field: field, zh: zh, en: en)] }

    public var description: String { errors.map(\.description).joined(separator: "; ") }

    public func message(english: Bool) -> String {
        errors.map { "\($0.field): \(english ? $0.en : $0.zh)" }.joined(separator: "; ")
    }

    public func error(for field: String) -> FieldError? { errors.first { $0.field == field } }
}
