extension PrinterAddress {
    /// Reads a configured printer string, saying exactly what is wrong when it cannot:
    /// `tcp://HOST[:PORT]` (port 9100 by default, `[::1]` for IPv6), `usb://VID:PID` in hex,
    /// `usb://` for the first printer-class device, `serial:///dev/ttyACM0?baud=19200&flow=rtscts`
    /// (9600 baud and no flow control by default), a device path such as `/dev/usb/lp0`, or
    /// `file:///path/out.bin`.
    public init(parsing text: String) throws(PrinterError) {
        func invalid(_ reason: String) -> PrinterError { .invalidAddress(text, reason: reason) }
        let trimmed = Self.trimmingWhitespace(text)
        if trimmed.hasPrefix("/") {
            self = .deviceFile(path: trimmed)
            return
        }
        guard let schemeEnd = trimmed.firstRange(of: "://") else {
            throw invalid("it names no kind of connection")
        }
        let rest = String(trimmed[schemeEnd.upperBound...])
        switch trimmed[..<schemeEnd.lowerBound].lowercased() {
        case "tcp":
            let (host, port) = try Self.hostAndPort(rest, invalid: invalid)
            self = .tcp(host: host, port: port)
        case "usb":
            self = .usb(try Self.usbMatch(rest, invalid: invalid))
        case "serial":
            let (path, settings) = try Self.serialPathAndSettings(rest, invalid: invalid)
            self = .serial(path: path, settings: settings)
        case "file":
            guard rest.hasPrefix("/") else {
                throw invalid("a file address needs an absolute path, as in file:///tmp/out.bin")
            }
            self = .file(path: rest)
        case let scheme:
            throw invalid("\"\(scheme)\" is not a kind of printer connection (tcp, usb, serial or file)")
        }
    }

    private typealias Complaint = (String) -> PrinterError

    private static func hostAndPort(_ text: String, invalid: Complaint) throws(PrinterError) -> (String, UInt16) {
        var host = Substring(text)
        var portText: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { throw invalid("an IPv6 host needs a closing ]") }
            let after = host[host.index(after: close)...]
            host = host[host.index(after: host.startIndex)..<close]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw invalid("only :PORT may follow the ] of an IPv6 host") }
                portText = after.dropFirst()
            }
        } else if let colon = host.firstIndex(of: ":") {
            portText = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        guard !host.isEmpty, !host.contains("/") else {
            throw invalid("a network printer needs a host name or IP address")
        }
        guard let portText else { return (String(host), defaultTCPPort) }
        guard let port = UInt16(portText), port > 0 else { throw invalid("the port must be a number from 1 to 65535") }
        return (String(host), port)
    }

    private static func usbMatch(_ text: String, invalid: Complaint) throws(PrinterError) -> USBPrinterMatch {
        if text.isEmpty { return .firstPrinter }
        guard let id = USBDeviceID(parsing: text[...]) else {
            throw invalid("a USB printer is usb://VID:PID in hex as lsusb shows it (usb://04b8:0202), "
                + "or usb:// for the first printer")
        }
        return .device(vendor: id.vendor, product: id.product)
    }

    private static func serialPathAndSettings(
        _ text: String, invalid: Complaint
    ) throws(PrinterError) -> (String, SerialSettings) {
        let (path, query) = SerialOptions.pathAndQuery(text[...])
        guard path.hasPrefix("/") else {
            throw invalid("a serial printer needs a device path, as in serial:///dev/ttyACM0")
        }
        do throws(SerialOptionError) {
            return (path, try SerialOptions(query, over: SerialSettings(), allowing: [.baud, .flow]).settings)
        } catch {
            throw invalid(error.reason)
        }
    }

    /// The text without leading and trailing spaces and line breaks (no Foundation needed).
    static func trimmingWhitespace(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }
}
