#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages of freed memory back to the system (glibc's `malloc_trim`, which Swift's
/// Glibc module does not export: looked up by name; elsewhere nothing happens).
enum HeapTrim {
    static func now() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
