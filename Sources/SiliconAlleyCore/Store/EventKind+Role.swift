/// The least role whose commands write each kind of line. Replay checks the actor's role
/// as it stood at that line against this table, so a line the console would have refused
/// for its author is damage, not history. A kind missing here is written by no command.
extension EventKind {
    public static let requiredRole: [String: Role] = [
        operatorAssigned: .admin,
        operatorRemoved: .admin,

        enterpriseRegistered: .clerk,
        enterpriseUpdated: .operator,
        enterpriseMoved: .operator,
        enterpriseMovedOut: .operator,
        qualificationGranted: .operator,
        qualificationRevoked: .operator,
        // A clerk closing an approved 政策申报 records its grant in the same batch.
        supportGranted: .clerk,
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
    ]
}
