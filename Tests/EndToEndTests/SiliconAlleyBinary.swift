import Foundation
import Testing
import SiliconAlleyCore

/// The real `silicon-alley` executable, found next to the test bundle (SwiftPM builds both
/// into the same products directory, e.g. `.build/debug/`).
enum SiliconAlleyBinary {
    static let path: String? = {
        var starts: [URL] = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        starts.append(Bundle.main.bundleURL)
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<5 {
                let candidate = dir.appendingPathComponent("silicon-alley").path
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()

    /// The binary's path, or a test failure that says where it was looked for.
    static func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(path != nil, """
            silicon-alley executable not found next to the test bundle (\(CommandLine.arguments[0])); \
            build it first: swift build --product silicon-alley
            """, sourceLocation: sourceLocation)
        return path!
    }

    struct Result {
        var status: Int32
        var reason: Process.TerminationReason
        var stdout: String
        var stderr: String
    }

    /// A started child whose output goes to files (no pipe can fill up and block it).
    final class Running {
        let process = Process()
        let out: String
        let err: String

        init(_ arguments: [String], cwd: String? = nil, stdin: String = "/dev/null", environment: [String: String] = [:],
             scratch: TempDir) throws {
            let binary = try SiliconAlleyBinary.require()
            let id = UUID().uuidString
            out = scratch.file("stdout-\(id)")
            err = scratch.file("stderr-\(id)")
            _ = FileManager.default.createFile(atPath: out, contents: nil)
            _ = FileManager.default.createFile(atPath: err, contents: nil)
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
            // Witnesses go to the test's scratch directory, not the user's own state directory.
            var env = ProcessInfo.processInfo.environment
            env["XDG_STATE_HOME"] = scratch.file("state")
            env.merge(environment) { _, new in new }
            process.environment = env
            if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
            process.standardInput = FileHandle(forReadingAtPath: stdin)
            process.standardOutput = FileHandle(forWritingAtPath: out)
            process.standardError = FileHandle(forWritingAtPath: err)
            try process.run()
        }

        func wait() -> Result {
            process.waitUntilExit()
            return Result(status: process.terminationStatus, reason: process.terminationReason,
                          stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                          stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
        }
    }

    /// A /bin/sh command line (e.g. with a umask), witnesses in the scratch directory.
    static func shell(_ command: String, scratch: TempDir) throws -> Result {
        let id = UUID().uuidString
        let out = scratch.file("stdout-\(id)"), err = scratch.file("stderr-\(id)")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        var env = ProcessInfo.processInfo.environment
        env["XDG_STATE_HOME"] = scratch.file("state")
        p.environment = env
        p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        p.standardOutput = FileHandle(forWritingAtPath: out)
        p.standardError = FileHandle(forWritingAtPath: err)
        try p.run()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, reason: p.terminationReason,
                      stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    static func run(_ arguments: [String], cwd: String? = nil, stdin: String = "/dev/null", environment: [String: String] = [:],
                    scratch: TempDir) throws -> Result {
        try Running(arguments, cwd: cwd, stdin: stdin, environment: environment, scratch: scratch).wait()
    }
}

/// A private directory under /tmp for one test, removed when the test is done.
final class TempDir {
    let path: String

    init(_ label: String = "e2e") {
        var template = Array("/tmp/sa-\(label)-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed: errno \(errno)")
        path = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    /// A script the console will exec. Written by a child `install`, not by this process: tests
    /// fork processes on other threads, and a child that inherits an open write descriptor to
    /// the script makes its exec fail with ETXTBSY ("Text file busy").
    @discardableResult
    func executable(_ name: String, _ text: String) throws -> String {
        let source = file(name + ".src"), target = file(name)
        try text.write(toFile: source, atomically: false, encoding: .utf8)
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/usr/bin/install")
        install.arguments = ["-m", "755", source, target]
        try install.run()
        install.waitUntilExit()
        guard install.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target])
        }
        return target
    }
}

/// Reading a journal the way an auditor would: every line on its own.
enum JournalFileCheck {
    static func bytes(_ path: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
    }

    /// Lines with their "\n"; an unterminated tail is the last element.
    static func rawLines(_ path: String) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var current: [UInt8] = []
        for b in bytes(path) {
            current.append(b)
            if b == 0x0A { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func decode(_ raw: [UInt8]) throws -> JournalLine {
        try Array(raw.dropLast()).withUnsafeBufferPointer { b throws(LineCodec.DecodeError) in try LineCodec.decode(b) }
    }

    /// A writer killed mid-line: half a line at the end.
    static func appendTornTail(to path: String) throws {
        guard let h = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileNoSuchFile) }
        h.seekToEndOfFile()
        h.write(Data(#"{"v":1,"seq":999999,"time":"#.utf8))
        try h.close()
    }

    /// The longest prefix of lines that ends with a complete batch.
    static func completeBatches(_ lines: [[UInt8]]) -> [[UInt8]] {
        var end = 0
        for (i, raw) in lines.enumerated() {
            guard raw.last == 0x0A, let l = try? decode(raw) else { break }
            if l.txnIndex == l.txnCount { end = i + 1 }
        }
        return Array(lines.prefix(end))
    }
}
