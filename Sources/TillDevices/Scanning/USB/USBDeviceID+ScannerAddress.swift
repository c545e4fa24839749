extension USBDeviceID {
    /// Reads a configured USB scanner: `usb://VID:PID` or plain `VID:PID`, in hex as lsusb shows
    /// them (`usb://05e0:1200`).
    public init(scannerAddress text: String) throws(USBScannerError) {
        var rest = Substring(text).drop(while: \.isWhitespace)
        while rest.last?.isWhitespace == true { rest = rest.dropLast() }
        if let scheme = rest.firstRange(of: "://") {
            guard rest[..<scheme.lowerBound].lowercased() == "usb" else {
                throw .invalidAddress(text, reason: "a USB scanner's address starts with usb://")
            }
            rest = rest[scheme.upperBound...]
        }
        guard let id = USBDeviceID(parsing: rest) else {
            throw .invalidAddress(text, reason: "a USB scanner is named by VID:PID, two hex numbers of up to "
                + "four digits")
        }
        self = id
    }
}
