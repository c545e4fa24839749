// printer-probe: drives one printer transport from the command line, so tests can run the real
// transport code in another process (under umockdev's preload, or as another user).
//
//   printer-probe [--keep-kernel-driver] [--write-timeout=MS] ADDRESS STEP...
//
// Steps: write=HEX (send bytes), read=N (read up to N bytes, 500 ms), close.
// One line per step: "write ok", "read HEX" ("read" alone when nothing came), or
// "error CASE: description" for a PrinterError, after which the next step still runs.

import Glibc
import TillDevices

var arguments = Array(CommandLine.arguments.dropFirst())
var detachesKernelDriver = true
var timeouts = PrinterTimeouts(connectMilliseconds: 1_000, writeMilliseconds: 1_000)
while let option = arguments.first, option.hasPrefix("--") {
    arguments.removeFirst()
    if option == "--keep-kernel-driver" { detachesKernelDriver = false }
    if option.hasPrefix("--write-timeout="), let milliseconds = Int(option.dropFirst(16)) {
        timeouts.writeMilliseconds = milliseconds
    }
}
guard let text = arguments.first else {
    print("usage: printer-probe [--keep-kernel-driver] [--write-timeout=MS] ADDRESS STEP...")
    exit(2)
}

/// The enum case name, which tests match on; the description is for people reading a failure.
func caseName(_ error: PrinterError) -> String {
    Mirror(reflecting: error).children.first?.label ?? "\(error)"
}

/// Bytes from hex text such as `1b40`.
func bytes(fromHex hex: Substring) -> [UInt8] {
    var digits = hex[...]
    var result: [UInt8] = []
    while digits.count >= 2 {
        result.append(UInt8(digits.prefix(2), radix: 16) ?? 0)
        digits = digits.dropFirst(2)
    }
    return result
}

func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}

do throws(PrinterError) {
    let address = try PrinterAddress(parsing: text)
    let transport: any PrinterTransport = if case .usb(let match) = address {
        USBPrinterTransport(match: match, timeouts: timeouts, detachesKernelDriver: detachesKernelDriver)
    } else {
        address.makeTransport(timeouts: timeouts)
    }
    for step in arguments.dropFirst() {
        let (name, value) = (step.prefix { $0 != "=" }, step.drop { $0 != "=" }.dropFirst())
        do throws(PrinterError) {
            switch name {
            case "write":
                try transport.write(bytes(fromHex: value))
                print("write ok")
            case "read":
                let answer = try transport.read(maximum: Int(value) ?? 1, timeoutMilliseconds: 500)
                print(answer.isEmpty ? "read" : "read \(hex(answer))")
            case "close":
                transport.close()
                print("close ok")
            default:
                print("unknown step \(step)")
                exit(2)
            }
        } catch {
            print("error \(caseName(error)): \(error)")
        }
    }
    transport.close()
} catch {
    print("error \(caseName(error)): \(error)")
}
