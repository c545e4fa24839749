import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillStore

/// `till report KIND`: the X report, the analysis reports and the Z report, as text for the receipt printer, CSV or JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the X report, an analysis report or the Z report, as text, CSV or JSON.",
        discussion: """
            x, sales, items, categories, cashiers, tenders, tax and hourly cover --from through --to (default: today) and \
            change nothing. z closes every day since the last Z report through --to (default: today) and prints the new Z; \
            it needs --staff, a member with the Z report permission, whose PIN is read from standard input. \
            z --show N prints Z report N again.
            """)

    @OptionGroup var location: DataDirOption
    @Argument(help: ArgumentHelp("Which report.", valueName: "kind"))
    var kind: Choice
    @Option(help: ArgumentHelp("The first day, YYYY-MM-DD (default: the last day).", valueName: "DATE")) var from: String?
    @Option(help: ArgumentHelp("The last day, YYYY-MM-DD (default: today).", valueName: "DATE")) var to: String?
    @Option(help: "How to write it: text for the screen or the receipt printer, csv or json.") var format: Format = .text
    @Option(help: "The width of text: 42 or 48, as the receipt printer takes.") var columns = 42
    @Option(help: ArgumentHelp("z: the staff number taking the Z report.", valueName: "ID")) var staff: String?
    @Option(help: ArgumentHelp("z: print Z report N again instead of closing.", valueName: "N")) var show: Int?

    /// Refuses options that do not go together, and days that are not on the calendar, before the store is opened.
    func validate() throws {
        guard [42, 48].contains(columns) else { throw ValidationError("--columns must be 42 or 48, not \(columns)") }
        for (flag, text) in [("--from", from), ("--to", to)] {
            guard let text else { continue }
            do { _ = try BusinessCalendar().day(text) } catch { throw ValidationError("\(flag): \(error.description)") }
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to); swap them") }
        guard kind == .z else {
            if staff != nil || show != nil { throw ValidationError("--staff and --show go with z only") }
            return
        }
        if from != nil { throw ValidationError("a Z report starts the day after the last one; leave out --from") }
        if show != nil, staff != nil || to != nil { throw ValidationError("--show prints a Z report taken before; leave out --staff and --to") }
        if show == nil, staff == nil { throw ValidationError("taking a Z report needs --staff, the number of a member allowed to take it") }
    }

    func run() throws {
        let directory = try location.directory()
        let reports = try failing { () throws(ManagerReportError) in try ManagerReports.open(directory) }
        let format = format.reportFormat(columns: columns)
        if let show {
            return write(try failing { () throws(ManagerReportError) in try reports.storedZ(number: show, as: format) })
        }
        let today = try failing { () throws(ManagerReportError) in try reports.day(of: Date()) }
        let last = try to.map { try BusinessDay($0) } ?? today
        guard let kind = kind.periodReport else {
            let pin = try PINPrompt.read(for: "staff member \(staff ?? "")", confirm: false)
            let z = try failing { () throws(ManagerReportError) in
                try reports.closeZ(through: last, staffID: staff ?? "", pin: pin.digits, at: Date())
            }
            return write(z.rendered(as: format))
        }
        let first = try from.map { try BusinessDay($0) } ?? last
        write(try failing { () throws(ManagerReportError) in try reports.period(from: first, to: last) }.rendered(kind, as: format))
    }

    private func write(_ text: String) {
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }

    /// Runs `body`, turning a refusal into `Error: …` and exit status 1.
    private func failing<T>(_ body: () throws(ManagerReportError) -> T) throws -> T {
        do { return try body() } catch { throw CommandFailure(description: error.description) }
    }

    /// What `till report` prints: one of the core's period reports, or the Z report.
    enum Choice: String, CaseIterable, ExpressibleByArgument {
        case x, z, sales, items, categories, cashiers, tenders, tax, hourly

        /// The period report this names; nil for the Z report, which closes the period instead.
        var periodReport: ReportKind? { ReportKind(rawValue: rawValue) }
    }

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, csv, json

        func reportFormat(columns: Int) -> ReportFormat {
            switch self {
            case .text: .text(columns: columns)
            case .csv: .csv
            case .json: .json
            }
        }
    }
}
