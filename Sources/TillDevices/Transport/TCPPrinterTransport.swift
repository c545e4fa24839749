/// A network receipt printer on its raw port (9100): connects on the first write, within the
/// connect timeout, and reconnects on the write after any failure or after the printer restarted.
public final class TCPPrinterTransport: LinkedTransport {
    public let address: String
    let link: DescriptorLink

    /// Connects nothing yet; `host` is a name, an IPv4 or an IPv6 address.
    public init(host: String, port: UInt16 = PrinterAddress.defaultTCPPort, timeouts: PrinterTimeouts = .standard) {
        let address = PrinterAddress.tcp(host: host, port: port).description
        self.address = address
        link = DescriptorLink(address: address, writeTimeoutMilliseconds: timeouts.writeMilliseconds) {
            () throws(PrinterError) in
            try TCPConnector.connect(host: host, port: port, timeoutMilliseconds: timeouts.connectMilliseconds,
                                     address: address)
        }
    }
}
