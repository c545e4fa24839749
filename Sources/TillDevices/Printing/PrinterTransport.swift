/// A way to reach a printer: TCP, USB, a device file, a serial line or a plain file.
///
/// Calls block, so the print worker calls them on its own thread, never on the UI thread. A transport
/// that cannot talk back (a file, a one-way USB printer) returns no bytes from `read`.
public protocol PrinterTransport: AnyObject {
    /// A short description for the status bar and logs, such as `tcp://192.168.1.50:9100`.
    var address: String { get }
    /// Sends every byte or throws; a partial write is resumed, never repeated from the start.
    func write(_ bytes: [UInt8]) throws(PrinterError)
    /// Up to `maximum` bytes the printer sent back, waiting at most `timeoutMilliseconds`; empty when
    /// nothing came.
    func read(maximum: Int, timeoutMilliseconds: Int) throws(PrinterError) -> [UInt8]
    /// Lets go of the device; the next write opens it again.
    func close()
}
