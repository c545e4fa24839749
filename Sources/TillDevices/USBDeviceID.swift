/// A USB device's vendor and product ids, written `04b8:0202` as `lsusb` prints them.
public struct USBDeviceID: Hashable, Sendable, CustomStringConvertible {
    public var vendor: UInt16
    public var product: UInt16

    public init(vendor: UInt16, product: UInt16) {
        self.vendor = vendor
        self.product = product
    }

    /// `VID:PID` in hex, one to four digits each; `nil` for anything else.
    init?(parsing text: Substring) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let vendor = Self.hexID(parts[0]), let product = Self.hexID(parts[1]) else {
            return nil
        }
        self.init(vendor: vendor, product: product)
    }

    public var description: String { Self.hex(vendor) + ":" + Self.hex(product) }

    private static func hexID(_ text: Substring) -> UInt16? {
        guard (1...4).contains(text.count), text.allSatisfy(\.isHexDigit) else { return nil }
        return UInt16(text, radix: 16)
    }

    private static func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
