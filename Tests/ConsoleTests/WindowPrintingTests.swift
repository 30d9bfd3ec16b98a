import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// Printing through CUPS's `lp` (a fake one on the PATH): the receipt laid out for 80-mm
/// paper or A4, the legend saying "print" only where a printer is configured, and without
/// one the file written and its place on screen.
@Suite("Service window: printing")
struct WindowPrintingTests {
    static func ticket(_ f: ConsoleFixture, missing: [String]? = nil) throws -> Ticket {
        let docs = ["business-licence", "application-form", "identity"].filter { !(missing ?? []).contains($0) }
        let id = try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), service: "admin-general", description: "营业执照地址变更",
                                                  documents: docs, notice: missing), today: f.today)[0].entity
        return try #require(f.store.state.tickets[id])
    }

    @Test func f9PrintsTheReceiptOn80mmPaperThroughLp() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1)])
        let t = try Self.ticket(f)
        let lp = try FakeLP()
        let w = WindowDesk(f, printer: PrinterSetup(name: "window-desk", paper: .receipt80), lp: lp)
        w.press(.escape)
        #expect(w.legend().contains("F9打印"), "\(w.legend())")
        w.press(.function(9))
        #expect(lp.jobs == 1)
        let args = lp.args.split(separator: "\n").map(String.init)
        #expect(args.starts(with: ["-d", "window-desk", "-t"]))
        #expect(args.contains("media=Custom.80x297mm"))
        let expected = PrintLayout.text(ReceiptText.printout(t, state: f.store.state), paper: .receipt80)
        #expect(lp.input == expected)
        for line in lp.input.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 48, "too wide for 80 mm: \(line)") }
        #expect(lp.input.contains(t.receipt) && lp.input.contains("91110101MA01"), "identifiers whole")
        let screen = w.screen()
        #expect(screen.contains("已送打印机 window-desk（80mm，作业 window-desk-42）"), "\(screen)")
        // The copy beside the journal is what was printed.
        #expect(try String(contentsOfFile: f.dir + "/receipts/\(t.receipt).txt", encoding: .utf8) == expected)
    }

    @Test func theIntakePrintsReceiptAndNoticeOnA4() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1)])
        let lp = try FakeLP()
        let w = WindowDesk(f, printer: PrinterSetup(name: "office", paper: .a4), lp: lp)
        #expect(w.legend().contains("F10受理并打印回执"), "\(w.legend())")
        w.type("qlzn"); w.press(.enter, .enter, .enter)
        w.type("地址变更"); w.press(.enter, .char(" "))       // untick 营业执照
        w.press(.function(10))
        #expect(lp.jobs == 2, "the receipt and the notice")
        #expect(lp.args.contains("media=A4"))
        #expect(lp.input.contains("受理回执") && lp.input.contains("材料补正一次性告知书") && lp.input.contains("1. 营业执照"))
        for line in lp.input.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 70, "too wide for A4: \(line)") }
    }

    @Test func withoutAPrinterTheFileIsWrittenAndTheScreenSaysWhere() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1)])
        let t = try Self.ticket(f)
        let lp = try FakeLP()
        let w = WindowDesk(f, lp: lp)
        #expect(w.legend().contains("F10受理并写出回执") && !w.legend().contains("打印"), "\(w.legend())")
        w.press(.escape)
        #expect(w.legend().contains("F9回执") && !w.legend().contains("打印"), "\(w.legend())")
        w.press(.function(9))
        #expect(lp.jobs == 0, "nothing sent to a printer")
        let path = f.dir + "/receipts/\(t.receipt).txt"
        #expect(FileManager.default.fileExists(atPath: path))
        let screen = w.screen()
        #expect(screen.contains("未配置打印机") && screen.contains(path), "\(screen)")
        // Printed again: a marked copy beside the original, which stays as it was.
        let original = try String(contentsOfFile: path, encoding: .utf8)
        w.press(.escape, .function(9))
        let copy = f.dir + "/receipts/\(t.receipt)-copy-\(f.today.description.filter(\.isNumber)).txt"
        let copied = try String(contentsOfFile: copy, encoding: .utf8)
        #expect(copied.contains("受理回执（补打）") && copied.contains("补打日期"), "\(copied)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
        #expect(w.screen().contains("受理回执（补打） \(t.receipt)"), "\(w.screen())")
        let en = WindowDesk(f, language: .en)
        en.press(.escape)
        #expect(en.legend().contains("F9 receipt") && !en.legend().contains("print"), "\(en.legend())")
    }

    @Test func aFailingPrinterIsSaidAndTheFileKept() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1)])
        let t = try Self.ticket(f)
        let failing = try FakeLP(failing: true)
        let w = WindowDesk(f, printer: PrinterSetup(name: "gone"), lp: failing)
        w.press(.escape, .function(9))
        let screen = w.screen()
        #expect(screen.contains("未能打印：lp 失败（1）：lp: The printer or class does not exist."), "\(screen)")
        #expect(FileManager.default.fileExists(atPath: f.dir + "/receipts/\(t.receipt).txt"))
        withExtendedLifetime(failing) {}
        let none = WindowDesk(f, printer: PrinterSetup(name: "desk"))
        none.shell.environment = ["PATH": "/nonexistent"]
        none.press(.escape, .function(9))
        #expect(none.screen().contains("找不到 lp"), "\(none.screen())")
    }

    @Test func thePrinterComesFromTheOptionThenTheConfiguration() {
        let env = ["HOME": "/nonexistent"]
        #expect(PrinterSetup.resolve(printer: nil, paper: nil, environment: env, system: nil).setup == nil)
        let system = SystemConfig(printer: "hall", paper: "a4")
        #expect(PrinterSetup.resolve(printer: nil, paper: nil, environment: env, system: system).setup == PrinterSetup(name: "hall", paper: .a4))
        #expect(PrinterSetup.resolve(printer: "desk", paper: nil, environment: env, system: system).setup == PrinterSetup(name: "desk", paper: .a4))
        #expect(PrinterSetup.resolve(printer: "desk 2", paper: nil, environment: env, system: nil).setup == nil)
        #expect(SystemConfig.parse("journal=/var/lib/j.jsonl\nprinter=window-1\npaper=80mm\n").printer == "window-1")
    }
}
