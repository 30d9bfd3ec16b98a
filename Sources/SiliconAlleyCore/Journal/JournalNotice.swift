/// Something the operator must read, once, on screen (the console) or on stderr (the
/// CLI): the journal was repaired, a snapshot was not believed, history changed.
/// Each says it in both languages; `description` is the English.
public enum JournalNotice: Sendable, Equatable, CustomStringConvertible {
    /// An unfinished last line or batch (a writer killed mid-write) moved to a side file.
    case tornTailMoved(bytes: Int, afterLine: Int, completeLines: Int, lines: Int, sideFile: String)
    /// A read-only opener found bytes after the last complete batch: a write in progress,
    /// or a torn tail the next writer moves aside.
    case incompleteTail(bytes: Int, afterLine: Int)
    /// `verify --repair`: lines `first...last` (from the damaged line's batch on) moved aside.
    case quarantined(first: Int, last: Int, damagedLine: Int, reason: String, sideFile: String)
    /// Seen live: another login's `verify --repair` moved lines `first…` to a side file.
    case quarantinedElsewhere(first: Int, by: String, sideFile: String)
    case snapshotIgnored(reason: String)
    case fileReplaced(path: String)
    /// A file this user owns was readable by others (an older build made it 0644).
    case modeNarrowed(file: String, mode: UInt32)
    /// The line this login last saw has another hash now, or is gone: opened read-only.
    case historyChanged(line: Int)
    /// It had changed, and an admin's acknowledgement (journal line `seq`) accepted it.
    case historyChangeAcknowledged(line: Int, by: String, seq: Int)
    case openedReadOnly(ReadOnlyReason)
    /// This login's state directory cannot be written: no witness is kept.
    case witnessUnavailable(directory: String, reason: String)

    public var en: String {
        switch self {
        case .tornTailMoved(let bytes, let after, let complete, let lines, let side):
            let what = complete > 0 ? "an unfinished batch, \(lines) lines of which \(complete) complete" : "a partial last line"
            return "torn tail: \(bytes) bytes (\(what)) after line \(after) moved to \(side)"
        case .incompleteTail(let bytes, let after):
            return "\(bytes) bytes after line \(after) are not a complete batch yet (a write in progress, or a torn tail the next writer moves aside)"
        case .quarantined(let first, let last, let damaged, let reason, let side):
            return "line \(damaged) was damaged (\(reason)); lines \(first)–\(last) (its whole batch and everything after it) moved to \(side)"
        case .quarantinedElsewhere(let first, let by, let side):
            return "\(by) repaired the journal: lines from \(first) on (a damaged line's batch and all after it) moved to \(side)"
        case .snapshotIgnored(let reason):
            return "snapshot ignored: \(reason); replayed the journal instead"
        case .fileReplaced(let path):
            return "journal file was replaced; reloaded \(path)"
        case .modeNarrowed(let file, let mode):
            return "\(file) was readable by other logins; its mode is now \(String(mode, radix: 8))"
        case .historyChanged(let line):
            return "history changed since you last saw it (line \(line)): read-only until an admin acknowledges it"
        case .historyChangeAcknowledged(let line, let by, let seq):
            return "history changed since you last saw it (line \(line)); \(by) acknowledged it at journal line \(seq)"
        case .openedReadOnly(let reason):
            return "opened read-only: \(reason.en)"
        case .witnessUnavailable(let dir, let reason):
            return "cannot remember what you saw of this journal in \(dir) (\(reason)): a rewritten history would go unnoticed"
        }
    }

    public var zh: String {
        switch self {
        case .tornTailMoved(let bytes, let after, let complete, let lines, let side):
            let what = complete > 0 ? "未写完的批次，共 \(lines) 行，其中完整 \(complete) 行" : "不完整的最后一行"
            return "日志尾部损坏：第 \(after) 行之后的 \(bytes) 字节（\(what)）已移至 \(side)"
        case .incompleteTail(let bytes, let after):
            return "第 \(after) 行之后有 \(bytes) 字节尚未构成完整批次（正在写入，或由下一个写入者移走的残尾）"
        case .quarantined(let first, let last, let damaged, let reason, let side):
            return "第 \(damaged) 行损坏（\(reason)）；第 \(first)–\(last) 行（该行所在批次及其后全部）已移至 \(side)"
        case .quarantinedElsewhere(let first, let by, let side):
            return "\(by) 修复了日志：自第 \(first) 行起（损坏行所在批次及其后全部）已移至 \(side)"
        case .snapshotIgnored(let reason):
            return "快照未采用：\(reason)；已改为重放日志"
        case .fileReplaced(let path):
            return "日志文件已被替换；已重新载入 \(path)"
        case .modeNarrowed(let file, let mode):
            return "\(file) 原可被其他用户读取；权限已改为 \(String(mode, radix: 8))"
        case .historyChanged(let line):
            return "自您上次查看以来历史已被改动（第 \(line) 行）：只读，待管理员确认"
        case .historyChangeAcknowledged(let line, let by, let seq):
            return "自您上次查看以来历史已被改动（第 \(line) 行）；\(by) 已在日志第 \(seq) 行确认"
        case .openedReadOnly(let reason):
            return "以只读方式打开：\(reason.zh)"
        case .witnessUnavailable(let dir, let reason):
            return "无法在 \(dir) 记录您所见的日志位置（\(reason)）：历史若被改写将无从察觉"
        }
    }

    public var description: String { en }

    /// The side file a repair wrote, for the console to show beside the message.
    public var sideFile: String? {
        switch self {
        case .tornTailMoved(_, _, _, _, let side), .quarantined(_, _, _, _, let side), .quarantinedElsewhere(_, _, let side): return side
        default: return nil
        }
    }
}

/// Why a store does not write. Read-only is a mode, not an error: the console opens, shows
/// the reason on its status line, and refuses only the keys that would write.
public enum ReadOnlyReason: Sendable, Equatable, CustomStringConvertible {
    /// Opened read-only on purpose (`verify`, `export`, `report`).
    case requested
    /// The login's role is viewer.
    case viewer(login: String)
    /// The file may only be read by this login.
    case fileNotWritable
    case readOnlyFileSystem
    /// A damaged line stops writing until `verify --repair`.
    case damaged(line: Int, reason: String)
    /// A witness saw history change; an admin acknowledges it (`acknowledge`).
    case historyChanged(line: Int)

    public var en: String {
        switch self {
        case .requested: return "opened for reading only"
        case .viewer(let login): return "\(login) is a viewer (an admin can assign a role: silicon-alley operators add \(login) --role …)"
        case .fileNotWritable: return "this login may only read the journal file"
        case .readOnlyFileSystem: return "the journal is on a read-only file system"
        case .damaged(let line, let reason): return "line \(line) is damaged (\(reason)); run silicon-alley verify --repair"
        case .historyChanged(let line): return "history changed since you last saw it (line \(line)); an admin must acknowledge it (silicon-alley acknowledge)"
        }
    }

    public var zh: String {
        switch self {
        case .requested: return "仅供读取"
        case .viewer(let login): return "\(login) 为只读角色（管理员可分配角色：silicon-alley operators add \(login) --role …）"
        case .fileNotWritable: return "本用户对日志文件只有读权限"
        case .readOnlyFileSystem: return "日志位于只读文件系统"
        case .damaged(let line, let reason): return "第 \(line) 行损坏（\(reason)）；请运行 silicon-alley verify --repair"
        case .historyChanged(let line): return "自您上次查看以来历史已被改动（第 \(line) 行）；须管理员确认（silicon-alley acknowledge）"
        }
    }

    /// A few words for a status line.
    public var short: (zh: String, en: String) {
        switch self {
        case .requested: return ("只读", "read-only")
        case .viewer: return ("只读：查看者", "read-only: viewer")
        case .fileNotWritable: return ("只读：无写权限", "read-only: no write permission")
        case .readOnlyFileSystem: return ("只读：文件系统只读", "read-only: read-only file system")
        case .damaged(let line, _): return ("只读：第 \(line) 行损坏", "read-only: line \(line) damaged")
        case .historyChanged(let line): return ("只读：历史已改动（第 \(line) 行）", "read-only: history changed (line \(line))")
        }
    }

    public var description: String { en }
}
