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
    /// A file to write (an export), and what to show after.
    case saveFile(FileWrite)
    /// Window printouts (a receipt, a supplement notice): written beside the journal and, when a
    /// printer is configured, printed; then what to show.
    case print(PrintRequest)
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
    public var then: (ShellContext, Result<String, Error>) -> PaneOutcome

    public init(path: String, bytes: [UInt8], then: @escaping (ShellContext, Result<String, Error>) -> PaneOutcome) {
        self.path = path
        self.bytes = bytes
        self.then = then
    }
}

/// Printouts for the applicant, and what to show once each is written and printed.
public struct PrintRequest {
    public var printouts: [Printout]
    public var then: (ShellContext, [PrintResult]) -> PaneOutcome

    public init(_ printouts: [Printout], then: @escaping (ShellContext, [PrintResult]) -> PaneOutcome) {
        self.printouts = printouts
        self.then = then
    }
}

/// What became of one printout: its text as laid out, the copy written beside the journal,
/// and the print job (nil: no printer configured).
public struct PrintResult {
    public var printout: Printout
    public var paper: Paper
    public var text: String
    public var file: Result<String, Error>
    public var printed: Result<String, LinePrinter.Failure>?
}
