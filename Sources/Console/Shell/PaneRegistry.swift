/// The console's panes, in tab order. A new pane is its own file (with its `spec`) plus
/// one line here.
public enum PaneRegistry {
    public static let standard: [PaneSpec] = [
        OverviewPane.spec,
        ProjectsPane.spec,
        EnterprisesPane.spec,
        HousingPane.spec,
        EventsPane.spec,
        WindowPane.spec,
        JournalPane.spec,
    ]
}
