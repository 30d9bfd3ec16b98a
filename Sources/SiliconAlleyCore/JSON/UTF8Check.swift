/// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF), done
/// once per journal line so the parser can then build strings without re-checking each.
enum UTF8Check {
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        let raw = UnsafeRawBufferPointer(b)
        while i < n {
            // Journal lines are mostly ASCII: skip eight bytes at a time while no high bit is set.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c < 0xC2 { return false }
            if c < 0xE0 {
                guard i + 1 < n, b[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
            } else if c < 0xF0 {
                guard i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 else { return false }
                if c == 0xE0 && b[i + 1] < 0xA0 { return false }   // overlong
                if c == 0xED && b[i + 1] > 0x9F { return false }   // surrogates
                i += 3
            } else if c < 0xF5 {
                guard i + 3 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80 else { return false }
                if c == 0xF0 && b[i + 1] < 0x90 { return false }   // overlong
                if c == 0xF4 && b[i + 1] > 0x8F { return false }   // above U+10FFFF
                i += 4
            } else {
                return false
            }
        }
        return true
    }
}
