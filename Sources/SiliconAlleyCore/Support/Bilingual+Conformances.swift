// Every catalogue entry and every status or type with a name on screen.
extension Industry: Bilingual {}
extension IndustryGroup: Bilingual {}
extension Measure: Bilingual {}
extension MeasureGroup: Bilingual {}
extension Qualification: Bilingual {}
extension Tier: Bilingual {}
extension SpecialAction: Bilingual {}
extension OrgUnit: Bilingual {}
extension Place: Bilingual {}
extension PlannedProject: Bilingual {}
extension EnterpriseStatus: Bilingual {}
extension TicketType: Bilingual {}
extension TicketStatus: Bilingual {}
extension Role: Bilingual {}
extension FieldError: Bilingual {}
