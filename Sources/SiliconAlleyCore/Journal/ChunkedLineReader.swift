#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads "\n"-terminated lines from a file offset in large chunks, so a journal of any
/// size is read with bounded memory. Bytes after the last newline are counted, not returned.
struct ChunkedLineReader {
    let fd: Int32
    /// File offset of the next unread line.
    private(set) var offset: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var fileOffsetOfBuffer: Int
    private var eof = false
    private let chunkSize: Int

    init(fd: Int32, start: Int, chunkSize: Int = 4 << 20) {
        self.chunkSize = chunkSize
        self.fd = fd
        offset = start
        fileOffsetOfBuffer = start
    }

    /// Bytes at the end of the file that do not (yet) end with a newline.
    var unterminatedCount: Int { eof ? buffer.count - position : 0 }

    mutating func nextLine(path: String) throws(JournalError) -> ArraySlice<UInt8>? {
        while true {
            // memchr: the C library's vectorised search, several times a byte-by-byte loop.
            let found = buffer.withUnsafeBufferPointer { b -> Int? in
                guard position < b.count, let p = memchr(b.baseAddress! + position, 0x0A, b.count - position) else { return nil }
                return UnsafeRawPointer(b.baseAddress!).distance(to: UnsafeRawPointer(p))
            }
            if let nl = found {
                let line = buffer[position..<nl]
                position = nl + 1
                offset = fileOffsetOfBuffer + position
                return line
            }
            if eof { return nil }
            // Keep the unfinished line and read the next chunk straight after it, into a new
            // buffer (lines handed out still share the old one): no zero-filled chunk, no copy.
            fileOffsetOfBuffer += position
            let carried = buffer[position...]
            position = 0
            let have = carried.count
            var readError: Int32 = 0
            var n = 0
            let next = [UInt8](unsafeUninitializedCapacity: have + chunkSize) { out, count in
                carried.withUnsafeBufferPointer { src in
                    if have > 0 { out.baseAddress!.initialize(from: src.baseAddress!, count: have) }
                }
                repeat {
                    n = pread(fd, out.baseAddress! + have, chunkSize, off_t(fileOffsetOfBuffer + have))
                } while n < 0 && errno == EINTR
                if n < 0 { readError = errno }
                count = have + max(0, n)
            }
            buffer = next
            if n < 0 { throw .io(path: path, operation: "read", errno: readError) }
            if n == 0 { eof = true; continue }
        }
    }
}
