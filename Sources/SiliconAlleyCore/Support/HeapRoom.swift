#if canImport(Glibc)
import Glibc
#endif

/// Makes room in the calling thread's heap before it allocates a great deal in small
/// pieces (a snapshot's records). glibc grows a thread's heap a page at a time, each
/// growth an `mprotect` call: 55,000 of them loading a million-event snapshot, a seventh
/// of the reading threads' time. Taking the room in large blocks and freeing them leaves
/// the heap's pages writable (returned to the system, not protected again), so the
/// growth that follows costs no system call. No memory stays in use.
enum HeapRoom {
    /// Room for about `bytes` (at most one heap's worth, 64 MB, is kept).
    static func make(_ bytes: Int) {
        #if canImport(Glibc)
        // Below glibc's smallest mmap threshold (128 KB), so served from the heap itself.
        let block = 96 << 10
        var blocks: [UnsafeMutableRawPointer] = []
        blocks.reserveCapacity(bytes / block)
        for _ in 0..<(bytes / block) {
            guard let p = malloc(block) else { break }
            blocks.append(p)
        }
        // In order: each block joins the free one before it, and only the last meets the
        // heap's top, which is then trimmed once (in reverse, every free trimmed it).
        for p in blocks { free(p) }
        #endif
    }
}
