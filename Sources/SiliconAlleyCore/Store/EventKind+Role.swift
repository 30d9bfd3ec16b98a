/// The least role whose commands write each kind of line. Replay checks the actor's role
/// as it stood at that line against this table (`DomainState.checkEnvelope`), so a line the
/// console would have refused for its author is damage, not history. A kind missing here is
/// written by no command, and replay calls it damage ("unknown kind").
///
/// Adding a kind: an entry here; its fold in the domain's `+Apply…` file, throwing
/// `broken(line, "the rule, in English")` for what its command refuses; if its data is the
/// entity's whole record, an entry in `wholeRecordKinds`. A kind a lower role writes only
/// inside another command's batch gets a case in `DomainState.allowedInBatch` that checks
/// that batch precisely — never a looser entry here.
extension EventKind {
    public static let requiredRole: [String: Role] = [
        // Any process that may write may record the snapshot it wrote.
        journalSnapshotted: .clerk,
        historyAcknowledged: .admin,
        operatorAssigned: .admin,
        operatorRemoved: .admin,

        enterpriseRegistered: .clerk,
        enterpriseUpdated: .operator,
        enterpriseMoved: .operator,
        enterpriseMovedOut: .operator,
        qualificationGranted: .operator,
        qualificationRevoked: .operator,
        // A clerk writes it too, but only in the batch that closes an approved 政策申报
        // (`DomainState.allowedInBatch`): the table is not loosened for that.
        supportGranted: .operator,
        statisticRecorded: .operator,

        projectCreated: .operator,
        projectUpdated: .operator,
        milestoneAdded: .operator,
        milestoneDone: .operator,
        approvalStepStarted: .operator,
        approvalStepDone: .operator,
        progressNoted: .operator,
        blockerRaised: .operator,
        blockerResolved: .operator,
        unitAdded: .operator,

        apartmentAdded: .operator,
        apartmentStatusChanged: .operator,
        apartmentRetired: .operator,
        talentRegistered: .clerk,
        housingApplied: .clerk,
        housingWithdrawn: .clerk,
        housingAllocated: .operator,
        leaseSigned: .operator,
        leaseCheckedIn: .clerk,
        leaseCheckedOut: .clerk,
        leaseRenewed: .operator,
        leaseEndedEarly: .operator,
        // Older journals' kinds, no longer written: the roles their commands had.
        housingApplicationUpdated: .operator,
        leaseUpdated: .clerk,
        personalRevealed: .admin,

        activityCreated: .operator,
        activityUpdated: .operator,
        registrationAdded: .clerk,
        registrationUpdated: .clerk,
        // A clerk's cancellation moves the waiting list up in the same batch.
        registrationPromoted: .clerk,
        contestEntered: .operator,
        // Older journals' lines (written by an operator's command then).
        contestEntryUpdated: .operator,
        contestScored: .operator,
        contestAwarded: .operator,
        contestEnterpriseLinked: .operator,
        contestIncubated: .operator,
        meetingAgendaSet: .operator,
        meetingDecisionRecorded: .operator,
        actionItemAdded: .operator,
        actionItemUpdated: .operator,

        evaluationRecorded: .operator,
        adjustmentDecided: .operator,
        adjustmentDone: .operator,

        ticketAccepted: .clerk,
        ticketUpdated: .clerk,
        // A second notice on one ticket needs an operator's override: checked at the line
        // (`DomainState.applyTicketSupplement`), so the table stays at the clerk.
        ticketSupplementRequested: .clerk,
        ticketSupplementReceived: .clerk,
        ticketHandedOver: .clerk,

        calendarYearAdded: .admin,
    ]
}

extension EventKind {
    /// Kinds whose data is the entity's whole record: its `id` must be the line's entity.
    /// (Other kinds may carry a part's id, e.g. a milestone's, under the project's entity.)
    public static let wholeRecordKinds: Set<String> = [
        enterpriseRegistered, statisticRecorded, projectCreated, apartmentAdded, talentRegistered, housingApplied,
        leaseSigned, activityCreated, registrationAdded, contestEntered, actionItemAdded, ticketAccepted,
    ]
}
