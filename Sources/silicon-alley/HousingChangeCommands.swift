import ArgumentParser
import SiliconAlleyCore

/// The housing commands as `silicon-alley housing` subcommands (see `HousingCommand`).
extension HousingCommand {
    struct AddUnit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-unit", abstract: "Add a unit (operator).")
        @OptionGroup var journal: JournalOption
        @Option var building: String
        @Option var unit: String
        @Option(help: "5, 5F, B1 …") var floor: String
        @Option(help: "Place on the floor, 1 = first column (default: the next free one).") var position = ""
        @Option(help: "一室一厅 …") var layout: String
        @Option(help: "m²") var area: String
        @Option(help: "Monthly rent, yuan.") var rent: String
        func run() throws {
            try performPrinting(journal, AddApartment(building: building, unit: unit, floor: floor, position: position,
                                                      layout: layout, area: area, rent: rent))
        }
    }

    struct SetStatus: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-status",
                                                        abstract: "Put a unit under maintenance, reserve it, or make it vacant again (operator).")
        @OptionGroup var journal: JournalOption
        @Argument(help: "The unit (apt-…).") var apartment: String
        @Option(help: "maintenance, reserved or vacant.") var status: String
        @Option(help: "What is repaired, or for whom it is reserved.") var note = ""
        func run() throws {
            guard let st = ApartmentStatus(text: status) else { throw ValidationError("--status: \(status) is not maintenance, reserved or vacant") }
            try performPrinting(journal, SetApartmentStatus(apartment: apartment, status: st, note: note))
        }
    }

    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Retire a unit (kept with its history; operator).")
        @OptionGroup var journal: JournalOption
        @Argument var apartment: String
        @Option var reason: String
        func run() throws { try performPrinting(journal, RetireApartment(apartment: apartment, reason: reason)) }
    }

    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a talent (clerk).")
        @OptionGroup var journal: JournalOption
        @Option var name: String
        @Option(name: .customLong("id"), help: "Resident ID number (GB 11643).") var idNumber: String
        @Option var mobile: String
        @Option(help: "The employer's enterprise id or USCC.") var employer: String
        @Option(help: "Talent category, e.g. 领军人才.") var category: String
        func run() throws {
            try performPrinting(journal, RegisterTalent(name: name, idNumber: idNumber, phone: mobile, employer: employer, category: category))
        }
    }

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Put a talent on the waiting list (clerk).")
        @OptionGroup var journal: JournalOption
        @Argument(help: "The talent (tal-…).") var talent: String
        @Option(help: "1 (first) … 5.") var priority: String
        @Option(help: "Date received (default today).") var appliedOn = ""
        @Option var note = ""
        func run() throws {
            try performPrinting(journal, ApplyForHousing(talent: talent, priority: priority, appliedOn: appliedOn, note: note))
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw an application (clerk).")
        @OptionGroup var journal: JournalOption
        @Argument(help: "The application (app-…).") var application: String
        @Option var reason: String
        func run() throws { try performPrinting(journal, WithdrawApplication(application: application, reason: reason)) }
    }

    struct Allocate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Offer a vacant unit to the first eligible applicant (operator).")
        @OptionGroup var journal: JournalOption
        @Argument var apartment: String
        @Option var start: String
        @Option var end: String
        @Option(help: "Monthly rent (default the unit's).") var rent = ""
        func run() throws { try performPrinting(journal, AllocateApartment(apartment: apartment, start: start, end: end, rent: rent)) }
    }

    struct Sign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Sign a lease directly (operator).")
        @OptionGroup var journal: JournalOption
        @Argument var apartment: String
        @Argument var talent: String
        @Option var start: String
        @Option var end: String
        @Option(help: "Monthly rent (default the unit's).") var rent = ""
        func run() throws {
            try performPrinting(journal, SignLease(apartment: apartment, talent: talent, start: start, end: end, rent: rent))
        }
    }

    struct CheckIn: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check-in", abstract: "Record a check-in with the unit's condition (clerk).")
        @OptionGroup var journal: JournalOption
        @Argument var lease: String
        @Option var date: String
        @Option(help: "The unit's condition.") var note: String
        func run() throws { try performPrinting(journal, CheckInLease(lease: lease, date: date, note: note)) }
    }

    struct CheckOut: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check-out", abstract: "Record a check-out with the unit's condition (clerk).")
        @OptionGroup var journal: JournalOption
        @Argument var lease: String
        @Option var date: String
        @Option(help: "The unit's condition.") var note: String
        func run() throws { try performPrinting(journal, CheckOutLease(lease: lease, date: date, note: note)) }
    }

    struct Renew: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Renew a lease to a later end (operator).")
        @OptionGroup var journal: JournalOption
        @Argument var lease: String
        @Option var end: String
        @Option(help: "New monthly rent (default unchanged).") var rent = ""
        func run() throws { try performPrinting(journal, RenewLease(lease: lease, end: end, rent: rent)) }
    }

    struct EndEarly: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "end-early", abstract: "End a lease early, recorded (operator).")
        @OptionGroup var journal: JournalOption
        @Argument var lease: String
        @Option var date: String
        @Option var reason: String
        @Option(help: "The unit's condition, if the tenant had moved in.") var note = ""
        func run() throws { try performPrinting(journal, EndLeaseEarly(lease: lease, date: date, reason: reason, note: note)) }
    }
}
