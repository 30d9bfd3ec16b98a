import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// Helpers for the projects pane's tests. A fresh journal holds the plan's 22 projects; dates
/// are set relative to the shell's today, so the tests mean the same on any day.
extension ConsoleFixture {
    func day(_ offset: Int) -> String { today.adding(days: offset).description }

    func projectId(_ catalogId: String) -> String {
        store.state.projects.values.first { $0.catalogId == catalogId }!.id
    }

    func project(_ id: String) -> Project { store.state.projects[id]! }

    var projectsPane: ProjectsPane { shell.pane(.projects) as! ProjectsPane }

    /// Writes behind the shell's back (as another operator would), then lets the panes catch up.
    func write(_ commands: [any Command]) throws {
        try store.perform(commands, today: today)
        sync()
    }

    /// Opens the projects pane with one project selected, as the overview would.
    func select(_ id: String) {
        shell.apply(.goto(.projects, PaneTarget(select: id)), area: Shell.layout(size).content)
    }

    /// Changes what a field of the open form holds, as if the option list had offered it.
    func setField(_ field: String, to value: FieldValue) {
        guard case .form(var s)? = shell.overlay else { Issue.record("no form is open"); return }
        s.form.set(field: field, to: value)
        shell.overlay = .form(s)
    }

    var formIsOpen: Bool {
        if case .form? = shell.overlay { return true }
        return false
    }

    /// A space-renewal project with 立项 done within its limit and 综合论证 open and over its
    /// limit of 5 working days (started 40 calendar days ago).
    func spaceProjectUnderWay(_ catalogId: String = "digital-health-center") throws -> String {
        let id = projectId(catalogId)
        try write([
            RecordApprovalStep(project: id, step: .initiation, date: day(-60), limitDays: "20", finished: false),
            RecordApprovalStep(project: id, step: .initiation, date: day(-55), finished: true),
            RecordApprovalStep(project: id, step: .review, date: day(-40), limitDays: "5", finished: false),
        ])
        return id
    }
}

enum ScreenText {
    /// Runs of Chinese characters (ideographs, CJK and full-width punctuation) on a screen.
    static func cjkRuns(_ s: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for ch in s {
            let cjk = ch.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
            if cjk { current.append(ch) } else if !current.isEmpty { runs.append(current); current = "" }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// Chinese on an English screen that is not part of some data text (a name, a title, a
    /// note as entered): interface words that escaped translation.
    static func interfaceChinese(_ screen: String, data: [String]) -> [String] {
        cjkRuns(screen).filter { run in !data.contains { $0.contains(run) } }
    }

    /// Every text operators entered or the catalogue names only in Chinese.
    static func data(_ state: DomainState) -> [String] {
        var out: [String] = []
        for p in state.projects.values {
            out.append(p.name)
            out += p.milestones.map(\.title) + p.notes.map(\.text) + p.blockers.map(\.text) + p.blockers.compactMap(\.resolution)
        }
        out += state.addedUnits.values.flatMap { [$0.zh, $0.en, $0.short ?? ""] }
        return out
    }
}
