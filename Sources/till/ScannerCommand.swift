import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillDevices
import TillStore

/// `till scanner test`: shows each scan live as Till reads it.
struct ScannerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scanner", abstract: "Test a barcode scanner.", subcommands: [Test.self])

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show each scan live: the text the scanner sent, the symbology, the check digit and the product.",
            discussion: """
                With no option, reads the scanner in till.toml. Products are looked up in the data directory's \
                store when there is one. Ctrl-C ends the test. A scanner in keyboard mode needs no test here: \
                scan into the sale screen.
                """)

        @OptionGroup var location: DataDirOption
        @Option(help: ArgumentHelp("A serial or CDC-ACM scanner, such as /dev/ttyACM0 or /dev/ttyACM0?baud=9600&terminator=cr.",
                                   valueName: "PATH")) var serial: String?
        @Option(help: ArgumentHelp("A USB HID scanner by vendor and product id (hex, as lsusb shows them).",
                                   valueName: "VID:PID")) var usb: String?

        func validate() throws {
            if serial != nil && usb != nil { throw ValidationError("give --serial or --usb, not both") }
        }

        func run() throws {
            let store = try? StoreSetup.open(directory: try location.directory())
            let address = serial.map { "serial://\($0)" } ?? usb.map { "usb://\($0)" } ?? store?.settings.devices.scanner
            guard let address else {
                throw ValidationError("no scanner to test: give --serial PATH or --usb VID:PID, or set scanner in till.toml")
            }
            let scanner: any BackgroundScanner
            do {
                scanner = try ScannerAddress(parsing: address).makeScanner()
            } catch {
                throw CommandFailure(description: "\(error)")
            }
            let currency = store?.settings.currency ?? Currency.named("EUR")!
            let test = ScannerTest(resolver: ItemResolver(reader: try BarcodeReader(), currency: currency), catalog: store?.database)
            scanner.start { report in
                print(test.describe(report))
                fflush(nil)
            }
            // The scanner's thread does the work; this one waits for Ctrl-C, which ends the process.
            while true { pause() }
        }
    }
}
