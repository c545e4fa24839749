/// Why a HID scanner's input report could not be read as (part of) a scan.
public enum HIDReportError: Error, Equatable, Sendable {
    /// The report is shorter than its layout's fixed fields, or than the data its length byte
    /// announces.
    case tooShort(count: Int, needed: Int)
    /// The length byte announces more data than a report of this layout can carry.
    case lengthBeyondCapacity(length: Int, capacity: Int)
}

extension HIDReportError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .tooShort(let count, let needed):
            "A scanner report of \(count) bytes is too short (\(needed) needed): check the scanner's HID POS "
                + "report layout."
        case .lengthBeyondCapacity(let length, let capacity):
            "A scanner report says it carries \(length) data bytes, but holds at most \(capacity): check the "
                + "scanner's HID POS report layout."
        }
    }
}
