/// The journal's vocabulary: every kind of line this program writes.
public enum EventKind {
    public static let journalCreated = "journal.created"
    /// A snapshot was written at the line before: its state digest, so a snapshot is
    /// believed only if the journal itself vouches for it.
    public static let journalSnapshotted = "journal.snapshotted"
    /// An admin accepted the journal as it now stands after a witness saw history change.
    public static let historyAcknowledged = "journal.historyAcknowledged"
    public static let operatorAssigned = "operator.assigned"
    public static let operatorRemoved = "operator.removed"

    public static let enterpriseRegistered = "enterprise.registered"
    public static let enterpriseUpdated = "enterprise.updated"
    public static let enterpriseMoved = "enterprise.moved"
    public static let enterpriseMovedOut = "enterprise.movedOut"
    public static let qualificationGranted = "enterprise.qualificationGranted"
    public static let qualificationRevoked = "enterprise.qualificationRevoked"
    public static let supportGranted = "enterprise.supportGranted"
    public static let statisticRecorded = "statistic.recorded"

    public static let projectCreated = "project.created"
    public static let projectUpdated = "project.updated"
    public static let milestoneAdded = "project.milestoneAdded"
    public static let milestoneDone = "project.milestoneDone"
    public static let approvalStepStarted = "project.approvalStepStarted"
    public static let approvalStepDone = "project.approvalStepDone"
    public static let progressNoted = "project.progressNoted"

    public static let apartmentAdded = "apartment.added"
    public static let apartmentUpdated = "apartment.updated"
    public static let talentRegistered = "talent.registered"
    public static let talentUpdated = "talent.updated"
    public static let housingApplied = "housing.applied"
    public static let housingApplicationUpdated = "housing.applicationUpdated"
    public static let leaseSigned = "lease.signed"
    public static let leaseUpdated = "lease.updated"

    public static let activityCreated = "activity.created"
    public static let activityUpdated = "activity.updated"
    public static let registrationAdded = "registration.added"
    public static let registrationUpdated = "registration.updated"
    public static let contestEntered = "contest.entered"
    public static let contestEntryUpdated = "contest.entryUpdated"
    public static let actionItemAdded = "actionItem.added"
    public static let actionItemUpdated = "actionItem.updated"

    public static let ticketAccepted = "ticket.accepted"
    public static let ticketUpdated = "ticket.updated"
}
