#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum FileIO {
    /// One write call for the whole buffer; loops only if the kernel takes less (rare for
    /// regular files, and we hold the lock, so nothing can land in between).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(JournalError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: "write", errno: errno)
            }
            done += n
        }
    }

    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    /// Temp file, fsync, rename, fsync the directory: a reader sees the old file or the new.
    /// The file gets `mode` whatever the umask.
    static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t) throws {
        try writeAtomically(to: path, mode: mode) { fd, tmp in try writeAll(fd, bytes, path: tmp) }
    }

    /// The same, with the content written by `produce` into the temp file's descriptor.
    static func writeAtomically(to path: String, mode: mode_t, produce: (Int32, String) throws -> Void) throws {
        let tmp = path + ".tmp.\(getpid())"
        unlink(tmp)
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if fd < 0 { throw JournalError.io(path: tmp, operation: "open", errno: errno) }
        fchmod(fd, mode)
        do {
            try produce(fd, tmp)
        } catch {
            close(fd); unlink(tmp); throw error
        }
        if fsync(fd) != 0 { let e = errno; close(fd); unlink(tmp); throw JournalError.io(path: tmp, operation: "fsync", errno: e) }
        close(fd)
        if rename(tmp, path) != 0 { let e = errno; unlink(tmp); throw JournalError.io(path: path, operation: "rename", errno: e) }
        let dir = directory(of: path)
        let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

}
