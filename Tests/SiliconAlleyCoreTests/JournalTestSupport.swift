import Foundation
import Testing
@testable import SiliconAlleyCore

/// A private directory under /tmp for one test, removed when the test is done.
final class TempDir {
    let path: String

    init(_ label: String = "core") {
        var template = Array("/tmp/sa-\(label)-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed: errno \(errno)")
        path = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    /// Names in the directory that start with `prefix`.
    func entries(startingWith prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
    }
}

enum TestData {
    static let admin = "alice"

    /// A valid USCC whose organisation-code part is `n`.
    static func uscc(_ n: Int) -> String {
        let digits = String(n)
        return USCC.make(first17: "91110101" + String(repeating: "0", count: 9 - digits.count) + digits)!
    }

    static func enterprise(_ n: Int, name: String? = nil) -> EnterpriseInput {
        EnterpriseInput(name: name ?? "测试企业\(n)有限公司", uscc: uscc(n), industry: "ai", place: "gehua",
                        address: "3层 301室", area: "120.5", headcount: "12", settled: "2024-05-06",
                        contact: "张三", phone: "13800138000")
    }

    static let today = LocalDate(year: 2025, month: 6, day: 10)!

    static func bytes(_ path: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? -1
    }

    /// The file's lines, each with its "\n" (an unterminated tail is its own last element).
    static func lines(_ path: String) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var current: [UInt8] = []
        for b in bytes(path) {
            current.append(b)
            if b == 0x0A { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Byte offset where line `n` (1-based) starts.
    static func offset(ofLine n: Int, in path: String) -> Int {
        lines(path).prefix(n - 1).reduce(0) { $0 + $1.count }
    }

    /// Changes one byte of line `n` (1-based) somewhere in its data, keeping the newline.
    static func flipByte(inLine n: Int, of path: String, at column: Int = 40) throws {
        var all = bytes(path)
        let at = offset(ofLine: n, in: path) + column
        all[at] ^= 0x01
        try write(all, to: path)
    }

    static func appendRaw(_ extra: [UInt8], to path: String) throws {
        guard let h = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileNoSuchFile) }
        h.seekToEndOfFile()
        h.write(Data(extra))
        h.closeFile()
    }
}

/// An EnterpriseInput-free way to make a store with a few enterprises.
extension JournalStore {
    static func fresh(in dir: TempDir, actor: String = TestData.admin, name: String = "journal.jsonl") throws -> JournalStore {
        try JournalStore(path: dir.file(name), actor: actor)
    }

    @discardableResult
    func register(_ n: Int) throws -> Enterprise {
        let lines = try perform(RegisterEnterprise(TestData.enterprise(n)), today: TestData.today)
        return state.enterprises[lines[0].entity]!
    }
}
