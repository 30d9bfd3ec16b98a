import SiliconAlleyCore

/// The window's words that several screens share: the calendar warning, a ticket's status
/// with its clock, the figures line, what became of a printout.
enum WindowWords {
    /// "5 个工作日" / "1 working day", "5 working days".
    static func workingDays(_ n: Int, _ l: Language) -> String {
        l.t("\(n) 个工作日", n == 1 || n == -1 ? "\(n) working day" : "\(n) working days")
    }

    /// A due date in a year whose holidays are not loaded: counted Monday–Friday until an admin
    /// adds the year (`silicon-alley calendar add`).
    static func calendarWarning(_ year: Int, _ l: Language) -> String {
        l.t("⚠ \(year) 年节假日尚未载入：暂按周一至周五计算（管理员 silicon-alley calendar add 载入）",
            "⚠ \(year) holidays not loaded: counted Monday–Friday (an admin adds them: silicon-alley calendar add)")
    }

    /// The queue's status cell: the status, then what the clock says (`compact`: the English
    /// words that fit 17 columns).
    static func status(_ t: Ticket, today: LocalDate, calendar: WorkingDayCalendar, _ l: Language, compact: Bool = false) -> String {
        if let p = t.pendingSupplement {
            let days = p.pausedWorkingDays(calendar: calendar, today: today)
            return l.t("待补正 停\(days)天", "awaiting docs \(days)d")
        }
        var s = t.status.text(l)
        if t.isOverdue(on: today) { s += l.t(" ⚠超期", compact ? " ⚠late" : " ⚠overdue") }
        else if t.isDueToday(today) { s += l.t(" 今日到期", compact ? " today" : " due today") }
        return s
    }

    /// The queue's due cell: the date, or that the clock stands still.
    static func due(_ t: Ticket, _ l: Language) -> String {
        t.isWaiting ? l.t("暂停", "paused") : (t.due?.description ?? "")
    }

    /// 一次办成 and visits over the finished tickets, for the pane's second header line.
    static func figures(_ f: WindowFigures, _ l: Language) -> String {
        l.t("一次办成 \(WindowFigures.percent(f.oneVisitShare))（办结、退回共 \(f.finished) 件）· 平均跑动 \(WindowFigures.average(f.averageVisits)) 次",
            "done in one visit \(WindowFigures.percent(f.oneVisitShare)) (of \(f.finished) closed or returned) · visits \(WindowFigures.average(f.averageVisits)) on average")
    }

    /// Where a printout went: the printer and its job, and the copy beside the journal — or
    /// the file alone when no printer is configured, and why a print failed.
    static func outcome(_ r: PrintResult, printer: PrinterSetup?, _ l: Language) -> [String] {
        var lines: [String] = []
        switch r.printed {
        case .success(let job)?:
            lines.append(l.t("已送打印机 \(printer?.name ?? "")（\(r.paper.rawValue)，作业 \(job)）", "sent to printer \(printer?.name ?? "") (\(r.paper.rawValue), job \(job))"))
        case .failure(let e)?:
            lines.append(l.t("未能打印：", "not printed: ") + l.t(e.zh, e.en))
        case nil:
            lines.append(l.t("未配置打印机（--printer 或配置文件 printer=）：", "no printer configured (--printer, or printer= in the configuration): ")
                         + l.t("已写成文件", "written to a file"))
        }
        switch r.file {
        case .success(let path): lines.append(l.t("文件 ", "file ") + path)
        case .failure(let e): lines.append(l.t("文件未能写入：", "file not written: ") + "\(e)")
        }
        return lines
    }
}
