// scanner-probe: runs one USB scanner from the command line and prints what it reports, so tests
// can run the real libusb code in another process (under umockdev's preload).
//
//   scanner-probe [--read-timeout=MS] [--backoff=FIRST_MS,MAX_MS] [--hid-pos-layout=ID,LEN,AIM,DATA,CAP,MORE]
//                 [--until-scans=N] [--until-reports=N] [--deadline=MS] ADDRESS
//
// One line per report: "ready", "unavailable SECONDS: reason" or "scan TEXT" (TEXT as a Swift
// string literal, so control characters show as \u{1D}). Once N scans or N reports (of any kind)
// have come, or the deadline passed ("deadline", 10 s by default), the scanner is stopped and
// "stopped after MS ms" printed; later reports are not printed. A bad address prints
// "error CASE: description". Reads wait 100 ms and retries 1, 2, 4 … 30 ms unless told otherwise;
// --hid-pos-layout gives the HIDPOSReportLayout fields as numbers, -1 for none.

import Dispatch
import Glibc
import Synchronization
import TillDevices

var settings = USBScannerSettings(readTimeoutMilliseconds: 100,
                                  reopenBackoff: ReopenBackoff(first: .milliseconds(1), maximum: .milliseconds(30)))
var untilScans = Int.max, untilReports = Int.max, deadline = 10_000
var address: String?
for argument in CommandLine.arguments.dropFirst() {
    let (name, value) = (argument.prefix { $0 != "=" }, String(argument.drop { $0 != "=" }.dropFirst()))
    switch name {
    case "--read-timeout": settings.readTimeoutMilliseconds = Int(value) ?? 100
    case "--backoff":
        let bounds = value.split(separator: ",").compactMap { Int($0) }
        guard bounds.count == 2 else { print("bad --backoff"); exit(2) }
        settings.reopenBackoff = ReopenBackoff(first: .milliseconds(bounds[0]), maximum: .milliseconds(bounds[1]))
    case "--until-scans": untilScans = Int(value) ?? 1
    case "--until-reports": untilReports = Int(value) ?? 1
    case "--deadline": deadline = Int(value) ?? 10_000
    case "--hid-pos-layout":
        let fields = value.split(separator: ",").map { Int($0) }
        guard fields.count == 6, let id = fields[0], let length = fields[1], let data = fields[3], let capacity = fields[4]
        else { print("bad --hid-pos-layout"); exit(2) }
        settings.hidPOSLayout = HIDPOSReportLayout(
            reportID: id < 0 ? nil : UInt8(id), lengthIndex: length, symbologyIndex: fields[2].flatMap { $0 < 0 ? nil : $0 },
            dataIndex: data, dataCapacity: capacity, moreDataIndex: fields[5].flatMap { $0 < 0 ? nil : $0 })
    default: address = argument
    }
}
guard let address else {
    print("usage: scanner-probe [options] ADDRESS")
    exit(2)
}

let scanner: USBScanner
do throws(USBScannerError) {
    scanner = try USBScanner(address: address, settings: settings)
} catch {
    print("error \(Mirror(reflecting: error).children.first?.label ?? ""): \(error)")
    exit(0)
}

/// How many scans and reports came so far; reports after the limit are not printed, so the output
/// does not depend on how soon the scanner is stopped.
let counts = Mutex((scans: 0, reports: 0, done: false))
let enough = DispatchSemaphore(value: 0)
let (scanLimit, reportLimit) = (untilScans, untilReports)
scanner.start { report in
    counts.withLock { counts in
        guard !counts.done else { return }
        switch report {
        case .scan(let event): print("scan \(event.text.debugDescription)")
        case .state(_, .ready): print("ready")
        case .state(_, .unavailable(let reason, let seconds)): print("unavailable \(seconds): \(reason)")
        }
        if case .scan = report { counts.scans += 1 }
        counts.reports += 1
        counts.done = counts.scans == scanLimit || counts.reports == reportLimit
        if counts.done { enough.signal() }
    }
}
if enough.wait(timeout: .now() + .milliseconds(deadline)) == .timedOut { print("deadline") }
let clock = ContinuousClock()
let stopping = clock.now
scanner.stop()
let (seconds, attoseconds) = (clock.now - stopping).components
print("stopped after \(seconds * 1_000 + attoseconds / 1_000_000_000_000_000) ms")
