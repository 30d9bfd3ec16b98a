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
    public static let blockerRaised = "project.blockerRaised"
    public static let blockerResolved = "project.blockerResolved"
    public static let unitAdded = "unit.added"

    public static let apartmentAdded = "apartment.added"
    public static let apartmentStatusChanged = "apartment.statusChanged"
    public static let apartmentRetired = "apartment.retired"
    public static let talentRegistered = "talent.registered"
    public static let housingApplied = "housing.applied"
    public static let housingWithdrawn = "housing.withdrawn"
    public static let housingAllocated = "housing.allocated"
    public static let leaseSigned = "lease.signed"
    public static let leaseCheckedIn = "lease.checkedIn"
    public static let leaseCheckedOut = "lease.checkedOut"
    public static let leaseRenewed = "lease.renewed"
    public static let leaseEndedEarly = "lease.endedEarly"
    /// Written by no command any more: `housing.applicationUpdated` (an application closed by a
    /// lease) and `lease.updated` (check-in, check-out) are read from older journals only.
    public static let housingApplicationUpdated = "housing.applicationUpdated"
    public static let leaseUpdated = "lease.updated"
    /// Never written by any command; a line of these kinds is refused on replay.
    public static let apartmentUpdated = "apartment.updated"
    public static let talentUpdated = "talent.updated"

    /// An admin saw a record's full resident ID or mobile (who: the actor; whose: the entity; why).
    public static let personalRevealed = "personal.revealed"

    public static let activityCreated = "activity.created"
    public static let activityUpdated = "activity.updated"
    public static let registrationAdded = "registration.added"
    public static let registrationUpdated = "registration.updated"
    /// A place freed: the first on the waiting list moves up.
    public static let registrationPromoted = "registration.promoted"
    public static let contestEntered = "contest.entered"
    /// Older journals' award/incubation change; no command writes it any more.
    public static let contestEntryUpdated = "contest.entryUpdated"
    public static let contestScored = "contest.scored"
    public static let contestAwarded = "contest.awarded"
    public static let contestEnterpriseLinked = "contest.enterpriseLinked"
    public static let contestIncubated = "contest.incubated"
    public static let meetingAgendaSet = "meeting.agendaSet"
    public static let meetingDecisionRecorded = "meeting.decisionRecorded"
    public static let actionItemAdded = "actionItem.added"
    public static let actionItemUpdated = "actionItem.updated"

    public static let ticketAccepted = "ticket.accepted"
    public static let ticketUpdated = "ticket.updated"
    /// A supplement notice: every missing document at once; the ticket's clock stops.
    public static let ticketSupplementRequested = "ticket.supplementRequested"
    /// The documents handed in: the clock starts again with the days it had left.
    public static let ticketSupplementReceived = "ticket.supplementReceived"
    /// Moved to another handling unit, its history and clock kept.
    public static let ticketHandedOver = "ticket.handedOver"

    /// A year of public holidays and make-up days, from the State Council's notice.
    public static let calendarYearAdded = "calendar.yearAdded"

    public static let evaluationRecorded = "evaluation.recorded"
    public static let adjustmentDecided = "adjustment.decided"
    public static let adjustmentDone = "adjustment.done"
}
