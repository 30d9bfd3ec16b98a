import Foundation
import SiliconAlleyCore

/// Prints text through CUPS: `lp -d QUEUE -t TITLE -o …` with the text on its standard
/// input, found on the PATH of the console's environment. `lp` answers at once (the job is
/// queued), so the console waits for it — at most a few seconds, then gives up saying so.
public enum LinePrinter {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var zh: String
        public var en: String
        public var description: String { en }
    }

    /// The job's request id as `lp` reported it ("desk-12"), or why nothing was printed.
    public static func print(_ text: String, title: String, to setup: PrinterSetup, environment: [String: String],
                             timeout: Double = 10) -> Result<String, Failure> {
        guard let lp = find("lp", in: environment) else {
            return .failure(Failure(zh: "找不到 lp（CUPS 未安装？）", en: "lp not found on the PATH (is CUPS installed?)"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lp)
        process.arguments = ["-d", setup.name, "-t", title] + setup.paper.lpOptions
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(Failure(zh: "无法运行 lp：\(error)", en: "cannot run lp: \(error)"))
        }
        // A printer queue that stopped reading must not hang the window: write, close, wait.
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            return .failure(Failure(zh: "lp \(Int(timeout)) 秒未响应", en: "lp did not answer within \(Int(timeout)) s"))
        }
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let why = err.trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(Failure(zh: "lp 失败（\(process.terminationStatus)）：\(why)", en: "lp failed (\(process.terminationStatus)): \(why)"))
        }
        // "request id is desk-12 (1 file(s))"
        let words = out.split(separator: " ")
        if let i = words.firstIndex(of: "is"), i + 1 < words.count { return .success(String(words[i + 1])) }
        return .success(out.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The first executable `name` on the environment's PATH.
    static func find(_ name: String, in environment: [String: String]) -> String? {
        for dir in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") where dir.hasPrefix("/") {
            let path = dir + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
