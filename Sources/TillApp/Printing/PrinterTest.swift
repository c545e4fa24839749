public import TillDevices

/// `till printer test`: prints the profile's test page (styles, code pages, barcode, QR, cut) on a
/// printer and reads back what it says about itself, so an installer sees at once whether the
/// address, the profile and the paper are right.
public struct PrinterTest {
    public let transport: any PrinterTransport
    public let profile: PrinterProfile

    public init(transport: any PrinterTransport, profile: PrinterProfile) {
        self.transport = transport
        self.profile = profile
    }

    /// Prints the test page; returns a line for each step, ending with the printer's status (or
    /// that this profile's printer does not report one).
    public func run() throws(PrinterTestError) -> [String] {
        let bytes: [UInt8]
        do throws(EscPosError) {
            bytes = try EscPosEncoder(profile: profile).encode(.testPage(profile: profile))
        } catch {
            throw .unprintable(error.description)
        }
        let link = PrinterLink(transport: transport, profile: profile, drawer: nil)
        defer { link.close() }
        do throws(PrinterError) {
            let status = try link.send(bytes)
            return ["Sent the \(profile.name) test page (\(bytes.count) bytes) to \(transport.address).",
                    status.map { "The printer says: \($0.summary)." } ?? "This profile's printer does not report its status."]
        } catch {
            throw .printer(error)
        }
    }
}

/// Why the test page did not print.
public enum PrinterTestError: Error, CustomStringConvertible {
    case unprintable(String)
    case printer(PrinterError)

    public var description: String {
        switch self {
        case .unprintable(let reason): "The test page cannot be encoded for this profile: \(reason)"
        case .printer(let error): error.description
        }
    }
}
