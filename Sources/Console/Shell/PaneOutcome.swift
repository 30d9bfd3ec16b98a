import SiliconAlleyCore

/// What a pane asks of the shell after a key or a `:` command. Panes never write the
/// journal or files themselves: they return `.write` or `.saveFile` and the shell does it,
/// tells every pane, and shows the result.
public enum PaneOutcome {
    case none
    /// A message on the status line.
    case say(String)
    /// Why nothing happened, on the status line in the error style.
    case refuse(String)
    case openForm(FormSession)
    case openDetail(title: String, lines: [(label: String, value: String)])
    /// Commands for the journal, and what to show after.
    case write(WriteRequest)
    /// A file to write (a receipt, an export), and what to show after.
    case saveFile(FileWrite)
    /// One of the shell's own actions (F3 in the window opens the `/` line).
    case shell(ShellAction)
    /// Another pane, showing what the target names.
    case goto(PaneID, PaneTarget)
}

/// Commands to perform as one batch (all or nothing), and what follows.
public struct WriteRequest {
    public var commands: [any Command]
    /// What to show once written (a message, the new record, a receipt).
    public var done: (ShellContext, [JournalLine]) -> PaneOutcome
    /// What to show when refused; nil: the refusal's message on the status line.
    public var refused: ((ShellContext, Error) -> PaneOutcome)?

    public init(_ commands: [any Command], refused: ((ShellContext, Error) -> PaneOutcome)? = nil,
                done: @escaping (ShellContext, [JournalLine]) -> PaneOutcome) {
        self.commands = commands
        self.done = done
        self.refused = refused
    }
}

/// A file to write, whole, and what to show after (given the path or the error).
public struct FileWrite {
    public var path: String
    public var bytes: [UInt8]
    /// Writes the file another way and returns its path (a receipt: through the store,
    /// into the journal's own directory); nil: the shell writes `bytes` to `path`.
    public var writer: ((ShellContext) throws -> String)?
    public var then: (ShellContext, Result<String, Error>) -> PaneOutcome

    public init(path: String, bytes: [UInt8], writer: ((ShellContext) throws -> String)? = nil,
                then: @escaping (ShellContext, Result<String, Error>) -> PaneOutcome) {
        self.path = path
        self.bytes = bytes
        self.writer = writer
        self.then = then
    }
}
