import Glibc

/// A printer on a serial line or a CDC-ACM USB port (`/dev/ttyACM0`, the cheap "GP-58" kind): raw
/// termios at the configured baud, 8N1, optional RTS/CTS.
public final class SerialPrinterTransport: LinkedTransport {
    public let address: String
    let link: DescriptorLink

    /// Opens nothing yet; the first write opens `path` and sets the line up.
    public init(path: String, settings: SerialSettings = SerialSettings(), timeouts: PrinterTimeouts = .standard) {
        let address = PrinterAddress.serial(path: path, settings: settings).description
        self.address = address
        link = DescriptorLink(address: address, writeTimeoutMilliseconds: timeouts.writeMilliseconds) {
            () throws(PrinterError) in
            do throws(SerialLineError) {
                return try SerialLine.open(path, settings: settings)
            } catch {
                throw PrinterError(serialLine: error, address: address)
            }
        }
    }
}
