import ArgumentParser
import TillApp
import TillCore
import TillStore

/// `till training report`: the trainer's summary of the exercises trainees finished.
struct TrainingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training", abstract: "See how trainees did in the training exercises.", subcommands: [Report.self])

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each trainee's exercises: tries, best, average and latest score, with time, keys and mistakes.")

        @OptionGroup var location: DataDirOption
        @Option(help: "Only this staff number's attempts.") var staff: String?

        func run() throws {
            let (database, _) = try StoreSetup.open(directory: try location.directory())
            let names = Dictionary(try database.staff().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            for line in TrainingReport.lines(try database.trainingAttempts(staffID: staff), names: names) { print(line) }
        }
    }
}
