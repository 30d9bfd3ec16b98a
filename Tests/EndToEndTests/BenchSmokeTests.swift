import Foundation
import Testing

/// The benchmarks check their own baselines as they run (a sketch that must agree with the
/// registry's search, a state that must equal a full replay's). Run small here, so that a
/// change to the code they measure cannot leave them broken until someone next benchmarks.
@Suite struct BenchSmokeTests {
    private static func bench() throws -> String {
        let path = URL(fileURLWithPath: try SiliconAlleyBinary.require()).deletingLastPathComponent()
            .appendingPathComponent("silicon-alley-bench").path
        try #require(FileManager.default.isExecutableFile(atPath: path), "silicon-alley-bench is built beside silicon-alley")
        return path
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let dir = TempDir("bench")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try bench())
        p.arguments = arguments
        let out = dir.file("out"), err = dir.file("err")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        p.standardOutput = FileHandle(forWritingAtPath: out)
        p.standardError = FileHandle(forWritingAtPath: err)
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    @Test func theFilterBenchAgreesWithTheRegistrySearch() throws {
        let r = try Self.run(["filter", "--enterprises", "3000", "--repeats", "1"])
        #expect(r.status == 0, "filter bench failed:\n\(r.err)")
        #expect(r.out.contains("FILTER") && r.out.contains("qinglong"), "\(r.out)")
    }

    @Test func theTerminalBenchDrivesTheShell() throws {
        let r = try Self.run(["tui", "--rows", "2000", "--moves", "200"])
        #expect(r.status == 0, "tui bench failed:\n\(r.err)")
        #expect(r.out.contains("TARGETS"), "\(r.out)")
    }
}
