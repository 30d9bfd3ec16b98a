#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one login last saw of one journal: the head line's seq and hash and where it lies.
/// A chain whose hashes were all recomputed from some line on still verifies; only an
/// anchor outside the file catches it, and each login's own memory is one.
public struct Witness: Sendable, Equatable {
    public var journal: String
    public var seq: Int
    public var hash: String
    /// The line's bytes: [lineStart, end), newline included.
    public var lineStart: Int
    public var end: Int
    /// When it was recorded (ms since 1970): an admin's acknowledgement made later covers it.
    public var recorded: Int64
}

/// Witnesses kept in the user's own state directory (`$XDG_STATE_HOME/silicon-alley/`,
/// else `~/.local/state/silicon-alley/`), one small file per journal, 0600 in a 0700
/// directory. Written as the user, never with the shared group's privilege.
public struct WitnessStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The state directory the XDG base directory spec names for this user.
    public static func forUser(environment: [String: String]) -> WitnessStore? {
        if let x = environment["XDG_STATE_HOME"], x.hasPrefix("/") { return WitnessStore(directory: x + "/silicon-alley") }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? Identity.homeDirectory()
        return home.map { WitnessStore(directory: $0 + "/.local/state/silicon-alley") }
    }

    /// One file per journal, named by the SHA-256 of its canonical path.
    public func file(for journal: String) -> String {
        directory + "/" + String(ChainHash.sha256Hex(Array(journal.utf8)).prefix(32)) + ".witness"
    }

    public func read(journal: String) -> Witness? {
        guard let bytes = FileIO.readFile(file(for: journal)), let v = try? JSONParser.parse(bytes),
              v["journal"]?.stringValue == journal, let seq = v["seq"]?.intValue, let hash = v["hash"]?.stringValue,
              let start = v["lineStart"]?.intValue, let end = v["end"]?.intValue, let recorded = v["recorded"]?.intValue
        else { return nil }
        return Witness(journal: journal, seq: Int(seq), hash: hash, lineStart: Int(start), end: Int(end), recorded: recorded)
    }

    public func write(_ w: Witness) throws {
        try JournalPlace.makeDirectories(directory)
        var out: [UInt8] = []
        JSONWriter.write(.object([
            "journal": .string(w.journal), "seq": .int(Int64(w.seq)), "hash": .string(w.hash),
            "lineStart": .int(Int64(w.lineStart)), "end": .int(Int64(w.end)), "recorded": .int(w.recorded),
        ]), into: &out)
        out.append(0x0A)
        try FileIO.writeAtomically(out, to: file(for: w.journal), mode: 0o600)
    }
}

/// What a journal looks like to a login's witness.
public enum WitnessOutcome: Sendable, Equatable {
    /// No witness yet, or the witnessed line is there with its hash.
    case consistent
    /// The witnessed line has another hash now ("" when the journal is shorter).
    case changed(line: Int, seenHash: String, currentHash: String)
    /// It changed, and an admin acknowledged the journal after this login last looked.
    case acknowledged(line: Int, by: String, seq: Int)
}

extension WitnessStore {
    /// Compares the journal (`file`, folded into `state`) with this login's witness.
    public func check(journal: String, file: JournalFile, state: DomainState) -> WitnessOutcome {
        guard let w = read(journal: journal) else { return .consistent }
        let now = file.line(from: w.lineStart, to: w.end)
        if let now, now.seq == w.seq, now.hash == w.hash { return .consistent }
        if let ack = state.historyAcknowledgement, ack.time > w.recorded {
            return .acknowledged(line: w.seq, by: ack.by, seq: ack.seq)
        }
        return .changed(line: w.seq, seenHash: w.hash, currentHash: now?.seq == w.seq ? now!.hash : "")
    }

    /// Remembers the file's last complete line as seen now (nil: nothing to remember yet);
    /// throws when the state directory cannot be written.
    @discardableResult
    public func record(journal: String, file: JournalFile) throws -> Witness? {
        let (start, end) = (file.lastLineStart, file.consumed)
        guard file.lastSeq > 0, let line = file.line(from: start, to: end), line.seq == file.lastSeq else { return nil }
        let w = Witness(journal: journal, seq: line.seq, hash: line.hash, lineStart: start, end: end,
                        recorded: Timestamp.milliseconds(Timestamp.now()) ?? 0)
        try write(w)
        return w
    }
}
