import Glibc

/// A "printer" that appends every byte to a file, for demos, tests and looking at what a real
/// printer would have been sent (`xxd out.bin`); it never talks back.
public final class FilePrinterTransport: LinkedTransport {
    public let address: String
    let link: DescriptorLink

    /// Creates the file on the first write if it does not exist.
    public init(path: String) {
        address = PrinterAddress.file(path: path).description
        link = DescriptorLink(address: address, writeTimeoutMilliseconds: 0) { [address] () throws(PrinterError) in
            try DeviceFile.open(path, flags: O_WRONLY | O_APPEND | O_CREAT, mode: 0o644, address: address)
        }
    }

    /// Always empty: a file has no status to report.
    public func read(maximum: Int, timeoutMilliseconds: Int) throws(PrinterError) -> [UInt8] {
        []
    }
}
