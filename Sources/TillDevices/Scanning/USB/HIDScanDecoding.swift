/// Reads scans out of one kind of HID input report, so `USBScanner` holds whichever decoder its
/// interface needs.
protocol HIDScanDecoding {
    /// The scans this report ends, in order.
    mutating func scans(in report: [UInt8]) -> [String]
}

extension HIDBootKeyboardDecoder: HIDScanDecoding {}

extension HIDPOSScannerDecoder: HIDScanDecoding {
    /// A report that cannot be read is dropped with the scan it belonged to: the scanner beeped,
    /// nothing reached the till, and the cashier scans again.
    mutating func scans(in report: [UInt8]) -> [String] {
        guard let scan = try? scan(in: report) else { return [] }
        return [scan]
    }
}
