import SiliconAlleyCore
import TerminalUI

/// A pane: one tab of the console. It draws the state into its area and turns keys into
/// outcomes. It never writes the journal or a file (it returns `.write` / `.saveFile`),
/// and drawing changes nothing: the area it is given is the same in `handle` and `render`.
public protocol Pane: AnyObject {
    associatedtype Action: PaneAction
    associatedtype Verb: PaletteVerb = NoVerbs

    /// Keys the pane takes before its bindings (list moves, typing); nil: not used here.
    func handle(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome?
    /// Why an action cannot act now, said when its key is pressed (nil: it can).
    func unavailable(_ action: Action, _ ctx: ShellContext) -> String?
    /// The action's word on the bottom legend now (nil: none). Its binding's, unless what the
    /// key does depends on the setup (F9 says "print" only when a printer is configured).
    func legend(_ action: Action, _ ctx: ShellContext) -> Phrase?
    /// The legend's order (what a narrow screen cuts is at its end). The actions' own order
    /// unless the pane puts what the selection needs next first.
    var legendOrder: [Action] { get }
    func perform(_ action: Action, in area: Rect, _ ctx: ShellContext) -> PaneOutcome
    /// A `:` command of this pane.
    func run(_ verb: Verb, argument: String, _ ctx: ShellContext) -> PaneOutcome
    /// Argument completions for a `:` command (file names, dates…).
    func completions(_ verb: Verb, _ ctx: ShellContext) -> [String]
    func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext)
    /// The incremental filter typed after `/`.
    var filter: String { get }
    /// Why `/` cannot filter here (nil: it can).
    func filterUnavailable(_ ctx: ShellContext) -> String?
    /// Esc: drop whatever the view is filtered by; false when nothing was (the selection
    /// then stays where it is).
    func clearFilter(in area: Rect, _ ctx: ShellContext) -> Bool
    func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext)
    /// The journal moved on (ours or someone else's lines), or the day changed.
    func journalChanged(_ ctx: ShellContext)
    /// Arrive from elsewhere showing `target` (the overview's figures use this).
    func show(_ target: PaneTarget, in area: Rect, _ ctx: ShellContext)
    /// Takes up work finished on another thread (each tick); true when the pane changed.
    func poll(_ ctx: ShellContext) -> Bool
    /// Whether the action's F-key, pressed in a form, acts once the form is closed (false:
    /// closing the form is all it does — F5 from the intake form is "back to the queue").
    func actsFromForm(_ action: Action) -> Bool
}

extension Pane {
    public func handle(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome? { nil }
    public func unavailable(_ action: Action, _ ctx: ShellContext) -> String? { nil }
    public func legend(_ action: Action, _ ctx: ShellContext) -> Phrase? { action.binding.legend }
    public var legendOrder: [Action] { Array(Action.allCases) }
    public func filterUnavailable(_ ctx: ShellContext) -> String? { nil }
    public func clearFilter(in area: Rect, _ ctx: ShellContext) -> Bool {
        guard !filter.isEmpty else { return false }
        setFilter("", in: area, ctx)
        return true
    }
    public func run(_ verb: Verb, argument: String, _ ctx: ShellContext) -> PaneOutcome { .none }
    public func completions(_ verb: Verb, _ ctx: ShellContext) -> [String] { [] }
    public func poll(_ ctx: ShellContext) -> Bool { false }
    public func actsFromForm(_ action: Action) -> Bool { true }

    /// `actsFromForm` for a key (true for a key that is no action of this pane).
    func keyActsFromForm(_ key: Key) -> Bool { Action.matching(key).map(actsFromForm) ?? true }
    public func show(_ target: PaneTarget, in area: Rect, _ ctx: ShellContext) {
        setFilter(target.filter ?? "", in: area, ctx)
    }

    /// A key: the pane's own handling first, then its bindings. Nil: not this pane's key.
    func dispatch(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome? {
        if let o = handle(key, in: area, ctx) { return o }
        guard let action = Action.matching(key) else { return nil }
        if let why = unavailable(action, ctx) { return .refuse(why) }
        return perform(action, in: area, ctx)
    }

    /// The legend's items now: each action's key label, word, and whether it is an F-key
    /// (a form's legend lists the pane's F-keys, which work from the form too).
    func legendItems(_ ctx: ShellContext) -> [(label: String, word: Phrase, function: Bool)] {
        legendOrder.compactMap { a in
            legend(a, ctx).map { (a.binding.label, $0, a.binding.keys.contains { if case .function = $0 { return true } else { return false } }) }
        }
    }

    /// A `:` command by name, if this pane has it.
    func runVerb(named name: String, argument: String, _ ctx: ShellContext) -> PaneOutcome? {
        guard let verb = Verb.allCases.first(where: { $0.info.name == name }) else { return nil }
        return run(verb, argument: argument, ctx)
    }

    func verbCompletions(_ ctx: ShellContext) -> [String] {
        Verb.allCases.flatMap { v -> [String] in
            guard v.info.argument != nil else { return [v.info.name] }
            return [v.info.name + " "] + completions(v, ctx).map { v.info.name + " " + $0 }
        }
    }
}
