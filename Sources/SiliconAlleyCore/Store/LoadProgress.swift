/// How far opening a journal has come, for a progress line: reading the snapshot, then
/// replaying the lines after it (or every line, without one).
public struct LoadProgress: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case snapshot
        case replay
    }

    public var phase: Phase
    /// Bytes of the file (the snapshot's, or the journal's) read so far, and its size.
    public var bytesDone: Int
    public var bytesTotal: Int
    /// Lines replayed so far (records read, for a snapshot).
    public var lines: Int

    public init(phase: Phase, bytesDone: Int, bytesTotal: Int, lines: Int) {
        self.phase = phase
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.lines = lines
    }

    /// 0…1.
    public var fraction: Double {
        bytesTotal > 0 ? min(1, max(0, Double(bytesDone) / Double(bytesTotal))) : 0
    }
}
