import ArgumentParser
import Foundation
import TillApp
import TillDevices

/// `till printer test`: prints a test page and reports the status the printer sends back.
struct PrinterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printer", abstract: "Test the receipt printer.", subcommands: [Test.self])

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a test page (styles, code pages, barcode, QR code, cut) and show the printer's status.",
            discussion: """
                With no address option, uses the printer and profile in till.toml. Exit status 1 when the page \
                could not be sent or the printer says it cannot print.
                """)

        @OptionGroup var location: DataDirOption
        @Option(help: ArgumentHelp("A network printer.", valueName: "HOST[:PORT]")) var tcp: String?
        @Option(help: ArgumentHelp("A USB printer by vendor and product id (hex), or \"any\" for the first printer.",
                                   valueName: "VID:PID")) var usb: String?
        @Option(help: ArgumentHelp("A printer device file, such as /dev/usb/lp0.", valueName: "PATH")) var device: String?
        @Option(help: ArgumentHelp("A serial printer, such as /dev/ttyACM0 or /dev/ttyUSB0?baud=9600.", valueName: "PATH")) var serial: String?
        @Option(help: ArgumentHelp("Write the bytes to a file instead of a printer.", valueName: "PATH")) var file: String?
        @Option(help: ArgumentHelp("The printer profile: a built-in one or a file in printers/ (default: till.toml's).",
                                   valueName: "NAME")) var profile: String?

        func validate() throws {
            let given = [tcp, usb, device, serial, file].compactMap { $0 }
            if given.count > 1 { throw ValidationError("give one of --tcp, --usb, --device, --serial and --file") }
        }

        func run() throws {
            let share = ShareDirectory.locate(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
            var address = addressOption
            var profileName = profile
            if address == nil || profileName == nil {
                let settings = try StoreSetup.open(directory: try location.directory()).settings
                address = address ?? settings.devices.printer
                profileName = profileName ?? settings.devices.printerProfile
            }
            guard let address else {
                throw ValidationError("till.toml names no printer: give --tcp, --usb, --device, --serial or --file")
            }
            do {
                let chosen = try PrinterProfileFile.profile(named: profileName ?? DeviceSettings.defaultProfile, in: share)
                let test = PrinterTest(transport: try PrinterAddress(parsing: address).makeTransport(), profile: chosen)
                for line in try test.run() { print(line) }
            } catch {
                throw CommandFailure(description: "\(error)")
            }
        }

        /// The address the options name, in till.toml's syntax.
        private var addressOption: String? {
            if let tcp { return "tcp://\(tcp)" }
            if let usb { return usb == "any" ? "usb://" : "usb://\(usb)" }
            if let serial { return "serial://\(serial)" }
            return device ?? file.map { "file://\($0)" }
        }
    }
}
