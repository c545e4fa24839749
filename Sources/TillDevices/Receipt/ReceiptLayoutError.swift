/// Why a receipt layout could not be made, with the values that would be accepted.
public enum ReceiptLayoutError: Error, Equatable, Sendable {
    /// Receipt printers print 32, 42, 48 or 56 characters a line in their standard font; other widths
    /// are a typo in the printer profile.
    case unsupportedColumns(Int)
}

extension ReceiptLayoutError: CustomStringConvertible {
    /// The message for the status line and `till config check`.
    public var description: String {
        switch self {
        case .unsupportedColumns(let columns):
            let supported = ReceiptLayout.supportedColumns.map(String.init).joined(separator: ", ")
            return "A receipt cannot be laid out \(columns) characters wide: use one of \(supported) "
                + "(58 mm paper takes 32, 80 mm paper 42 to 56 depending on the font)."
        }
    }
}
