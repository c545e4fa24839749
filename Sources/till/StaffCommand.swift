import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillStore

/// `till staff add|list|set-pin|deactivate|activate`: who may log in, set up from the shell before the first shift.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "Add staff, list them, set their PINs, deactivate and reactivate them.",
        discussion: "PINs are 4 to 8 digits, read from standard input: asked for twice without echo in a terminal, else the first line.",
        subcommands: [Add.self, List.self, SetPIN.self, Deactivate.self, Activate.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff member with a PIN read from standard input.")

        @OptionGroup var location: DataDirOption
        @Option(help: "The staff number typed at login, such as 1001.") var id: String
        @Option(help: "The name shown on screen and on receipts.") var name: String
        @Option(help: ArgumentHelp("One of \(StaffCommand.roleNames).", valueName: "role")) var role: String

        /// Refuses a bad role, id or name before the PIN is asked for.
        func validate() throws {
            _ = try member()
        }

        func run() throws {
            let member = try member()
            let database = try StaffCommand.open(location)
            if let existing = try database.staffMember(id: member.id) {
                throw CommandFailure(description: "staff member \(existing.id) already exists (\(existing.name), \(existing.role.rawValue)); "
                                     + "change their PIN with till staff set-pin --id \(existing.id)")
            }
            try database.saveStaff(member, pin: try PINPrompt.read(for: member.name), at: Date())
            print("Added \(member.id) \(member.name) (\(member.role.rawValue))")
        }

        private func member() throws -> StaffMember {
            guard let role = Role(rawValue: role) else {
                throw ValidationError("--role must be one of \(StaffCommand.roleNames), not \(role)")
            }
            do {
                return try StaffMember(id: id, name: name, role: role)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List staff: number, name, role, and whether they may log in; one a line.")

        @OptionGroup var location: DataDirOption

        func run() throws {
            let staff = try StaffCommand.open(location).staff()
            guard !staff.isEmpty else {
                print("No staff yet; add the first with till staff add --id ID --name NAME --role manager")
                return
            }
            for member in staff {
                print("\(member.id)\t\(member.name)\t\(member.role.rawValue)\t\(member.isActive ? "active" : "inactive")")
            }
        }
    }

    struct SetPIN: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-pin", abstract: "Give a staff member a new PIN, read from standard input.")

        @OptionGroup var location: DataDirOption
        @Option(help: "The staff number.") var id: String

        func run() throws {
            let database = try StaffCommand.open(location)
            let member = try StaffCommand.existing(id, in: database)
            try database.saveStaff(member, pin: try PINPrompt.read(for: member.name), at: Date())
            print("New PIN set for \(member.id) \(member.name)")
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop a staff member from logging in; their name stays on every record that has it.")

        @OptionGroup var location: DataDirOption
        @Option(help: "The staff number.") var id: String

        func run() throws { try StaffCommand.setActive(false, id: id, location: location) }
    }

    struct Activate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let a deactivated staff member log in again with their old PIN.")

        @OptionGroup var location: DataDirOption
        @Option(help: "The staff number.") var id: String

        func run() throws { try StaffCommand.setActive(true, id: id, location: location) }
    }

    static let roleNames = Role.allCases.map(\.rawValue).joined(separator: ", ")

    private static func open(_ location: DataDirOption) throws -> AppDatabase {
        try StoreSetup.open(directory: try location.directory()).database
    }

    private static func existing(_ id: String, in database: AppDatabase) throws -> StaffMember {
        guard let member = try database.staffMember(id: id) else {
            throw CommandFailure(description: "there is no staff member \(id); see till staff list, or add them with till staff add")
        }
        return member
    }

    private static func setActive(_ active: Bool, id: String, location: DataDirOption) throws {
        let database = try open(location)
        let member = try existing(id, in: database)
        let state = active ? "active" : "deactivated"
        guard member.isActive != active else {
            print("\(member.id) \(member.name) is already \(state)")
            return
        }
        try database.saveStaff(try StaffMember(id: member.id, name: member.name, role: member.role, isActive: active), pin: nil, at: Date())
        print("\(member.id) \(member.name) is now \(state)")
    }
}
