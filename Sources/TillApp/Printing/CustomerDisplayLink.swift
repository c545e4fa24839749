import TillDevices

/// The customer display as the print worker drives it: on its own port, or chained behind the
/// receipt printer (then the encoder wraps every command so the printer passes it on).
///
/// Not thread-safe: only the print worker's thread uses it.
final class CustomerDisplayLink {
    let transport: any PrinterTransport
    let encoder: CustomerDisplay
    private var initialised = false

    init(transport: any PrinterTransport, throughPrinter: Bool) {
        self.transport = transport
        self.encoder = CustomerDisplay(throughPrinter: throughPrinter)
    }

    /// Shows two lines, initialising the display first after a start or a failure.
    func show(_ lines: DisplayLines) throws(PrinterError) {
        let bytes = (initialised ? [] : encoder.initialise()) + encoder.show(lines)
        do throws(PrinterError) {
            try transport.write(bytes)
            initialised = true
        } catch {
            initialised = false
            throw error
        }
    }

    func close() {
        transport.close()
    }
}
