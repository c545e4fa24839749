import ArgumentParser
import TillApp

/// `till customer add|find|show`: the shop's customers, their points and what they bought.
struct CustomerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer", abstract: "Enrol customers and look them up.", subcommands: [Add.self, Find.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enrol a customer (sent to every lane through the hub).")

        @OptionGroup var location: DataDirOption
        @Option(help: "First and last name.") var name: String
        @Option(help: "Phone number, as typed at the till (spaces and dashes are fine).") var phone: String?
        @Option(help: "Email address.") var email: String?
        @Option(help: "The loyalty card's code, as its scanner reads it.") var card: String?
        @Flag(help: "The customer agreed to receive offers.") var consent = false
        @Option(help: "Anything the staff should know.") var notes = ""

        func run() throws {
            let tool = try CustomerTool(directory: try location.directory())
            try printing { () throws(LoyaltyToolError) in
                try tool.add(name: name, phone: phone, email: email, card: card, consent: consent, notes: notes)
            }
        }
    }

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List customers by card, phone (its start) or name (any part): id, name, phone, card, points.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "A card code, a phone number or part of a name.") var query: String

        func run() throws {
            let tool = try CustomerTool(directory: try location.directory())
            try printing { () throws(LoyaltyToolError) in try tool.find(query) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a customer's profile, points, tier and purchases on this till.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "The customer's id, card, phone, or a name only they match.") var query: String

        func run() throws {
            let tool = try CustomerTool(directory: try location.directory())
            try printing { () throws(LoyaltyToolError) in try tool.show(query) }
        }
    }
}

/// Prints the lines a loyalty tool returns, or fails the command with its reason.
func printing(_ body: () throws(LoyaltyToolError) -> [String]) throws {
    do {
        for line in try body() { print(line) }
    } catch {
        throw CommandFailure(description: error.description)
    }
}
