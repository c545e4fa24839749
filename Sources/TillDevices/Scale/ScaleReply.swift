/// A scale's answer to a weight request in the NCI protocol:
/// `LF weight unit CR LF S status… CR ETX`, or `LF S status… CR ETX` when it cannot give a weight.
public struct ScaleReply: Hashable, Sendable {
    /// The weight shown, or nil when the scale answered with its status only.
    public let weight: ScaleWeight?
    public let status: ScaleStatus

    public init(weight: ScaleWeight?, status: ScaleStatus) {
        self.weight = weight
        self.status = status
    }

    /// Reads one whole reply, ETX included; nil when it is not one (wrong protocol, baud or framing).
    public init?(parsing bytes: [UInt8]) {
        guard bytes.count >= 5, bytes.first == Self.lf, bytes.last == Self.etx, bytes[bytes.count - 2] == Self.cr else {
            return nil
        }
        let body = bytes[1..<(bytes.count - 2)]
        var statusLine = body
        var weight: ScaleWeight?
        if let split = Self.crlf(in: body) {
            guard let read = ScaleWeight(parsing: body[..<split]) else { return nil }
            weight = read
            statusLine = body[(split + 2)...]
        }
        // "S" and two status bytes; some scales add a third or fourth (range, net or gross).
        guard statusLine.first == UInt8(ascii: "S"), (3...5).contains(statusLine.count) else { return nil }
        let flags = statusLine.dropFirst()
        self.init(weight: weight, status: ScaleStatus(first: flags.first!, second: flags.dropFirst().first!))
    }

    /// The weight in grams if the scale may be read now; otherwise why not, in the order a cashier
    /// deals with it: a fault, the load, the motion, an empty pan.
    public func grams() throws(ScaleError) -> Int64 {
        if !status.intersection(.faults).isEmpty { throw .faulty(status.intersection(.faults)) }
        if status.contains(.overCapacity) { throw .overCapacity }
        if status.contains(.underCapacity) { throw .underCapacity }
        if status.contains(.inMotion) { throw .inMotion }
        if status.contains(.atZero) { throw .atZero }
        guard let weight else { throw .noWeight }
        let grams = weight.grams
        if grams < 0 { throw .underCapacity }
        if grams == 0 { throw .atZero }
        return grams
    }

    private static func crlf(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.indices.dropLast().first { bytes[$0] == cr && bytes[$0 + 1] == lf }
    }

    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let etx: UInt8 = 0x03
}

/// The two NCI status bytes; only their low four bits carry meaning (the high ones are fixed).
public struct ScaleStatus: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// Reads the two status bytes as sent.
    public init(first: UInt8, second: UInt8) {
        rawValue = UInt16(first & 0x0F) | UInt16(second & 0x0F) << 8
    }

    // Byte 1.
    public static let inMotion = ScaleStatus(rawValue: 1 << 0)
    public static let atZero = ScaleStatus(rawValue: 1 << 1)
    public static let ramError = ScaleStatus(rawValue: 1 << 2)
    public static let eepromError = ScaleStatus(rawValue: 1 << 3)
    // Byte 2.
    public static let underCapacity = ScaleStatus(rawValue: 1 << 8)
    public static let overCapacity = ScaleStatus(rawValue: 1 << 9)
    public static let romError = ScaleStatus(rawValue: 1 << 10)
    public static let calibrationError = ScaleStatus(rawValue: 1 << 11)

    /// The scale's own faults, which no cashier action clears.
    public static let faults: ScaleStatus = [.ramError, .eepromError, .romError, .calibrationError]
}
