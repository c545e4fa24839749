/// Reads scans from a HID POS scanner's input reports, joining a long scan that arrives in
/// several reports; the AIM identifier stays at the front, for the core's `BarcodeReader`.
public struct HIDPOSScannerDecoder: Sendable {
    /// Where the report's parts are.
    public let layout: HIDPOSReportLayout
    /// The AIM identifier and data of a scan whose last report has not arrived yet.
    private var partial: [UInt8] = []

    public init(layout: HIDPOSReportLayout = .accessIS) {
        self.layout = layout
    }

    /// Takes one input report and returns the scan it ends, or `nil` when more of the scan is to
    /// come, the report is not a scan, or the scan is empty. A report that cannot be read throws,
    /// and the scan it was part of is dropped (the cashier scans again).
    public mutating func scan(in report: [UInt8]) throws(HIDReportError) -> String? {
        if let reportID = layout.reportID, report.first != reportID { return nil }
        let data: ArraySlice<UInt8>
        do throws(HIDReportError) {
            data = try self.data(in: report)
        } catch {
            partial = []
            throw error
        }
        if partial.isEmpty, let symbology = layout.symbologyIndex {
            partial = Array(report[symbology..<symbology + 3])
        }
        partial += data
        if let more = layout.moreDataIndex, report[more] & 0x01 != 0 { return nil }
        defer { partial = [] }
        let identifierLength = layout.symbologyIndex == nil ? 0 : 3
        return partial.count > identifierLength ? Self.text(partial) : nil
    }

    /// The report's data bytes, checked against its length byte and the layout.
    private func data(in report: [UInt8]) throws(HIDReportError) -> ArraySlice<UInt8> {
        guard report.count >= layout.fixedLength else {
            throw .tooShort(count: report.count, needed: layout.fixedLength)
        }
        let length = Int(report[layout.lengthIndex])
        guard length <= layout.dataCapacity else {
            throw .lengthBeyondCapacity(length: length, capacity: layout.dataCapacity)
        }
        guard report.count >= layout.dataIndex + length else {
            throw .tooShort(count: report.count, needed: layout.dataIndex + length)
        }
        return report[layout.dataIndex..<layout.dataIndex + length]
    }

    /// Scanned bytes as text: UTF-8 when they are (QR codes often are), else one character per
    /// byte (ISO 8859-1, the default of most symbologies), so no byte is lost or replaced.
    static func text(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map(Unicode.Scalar.init)))
    }
}
