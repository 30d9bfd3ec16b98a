import Foundation
import SiliconAlleyCore

/// Builds the registry's full search (name order, pinyin) on a thread of its own: about
/// 0.6 s per 100,000 names, which the operator should not wait for. The state handed over
/// is a copy (copy-on-write: nothing is duplicated unless the console's own state changes).
final class EnterpriseSearchBuilder {
    private let job: BackgroundJob<EnterpriseSearch>
    /// The reload count of the store the state came from: a replaced journal makes it moot.
    let reloads: Int

    init(state: DomainState, today: LocalDate, reloads: Int) {
        self.reloads = reloads
        job = BackgroundJob { EnterpriseSearch(state: state, today: today) }
    }

    /// The search once built, else nil (never waits).
    var finished: EnterpriseSearch? { job.finished }
}

/// The headline KPI for the registry's top line, computed on a thread of its own (a pass
/// over every enterprise for each quarter since the baseline). The result is shared with
/// the overview (`HeadlineKPI.shared`).
final class KPIBuilder {
    private let job: BackgroundJob<HeadlineKPI>

    init(state: DomainState, today: LocalDate, catalog: Catalog) {
        job = BackgroundJob { HeadlineKPI.shared(state: state, asOf: today, catalog: catalog) }
    }

    var finished: HeadlineKPI? { job.finished }
}
