import ArgumentParser
import Foundation
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

        /// A live lane's trainees practise on its training copy, so their scores are read from there
        /// when there is one; a store run in training throughout keeps them itself.
        func run() throws {
            let live = try location.directory()
            let practice = TrainingLane.directory(of: live)
            let hasCopy = FileManager.default.fileExists(atPath: practice.databaseURL.path(percentEncoded: false))
            let (database, _) = try StoreSetup.open(directory: hasCopy ? practice : live)
            let names = Dictionary(try database.staff().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            for line in TrainingReport.lines(try database.trainingAttempts(staffID: staff), names: names) { print(line) }
        }
    }
}
