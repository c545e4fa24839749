/// A hybrid logical clock reading: wall-clock milliseconds, a counter for ties, and the node that made it.
///
/// Readings order events causally across terminals even when their clocks disagree slightly;
/// the node breaks the last tie so two readings are never equal unless they are the same event.
public struct HLCTimestamp: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let millis: Int64
    public let counter: UInt32
    public let node: String

    public init(millis: Int64, counter: UInt32, node: String) {
        self.millis = millis
        self.counter = counter
        self.node = node
    }

    public static func < (a: HLCTimestamp, b: HLCTimestamp) -> Bool {
        (a.millis, a.counter, a.node) < (b.millis, b.counter, b.node)
    }

    /// A fixed-width text form that sorts like the timestamps it encodes (for database columns).
    public var description: String {
        let m = String(millis, radix: 10)
        let c = String(counter, radix: 16)
        return String(repeating: "0", count: max(0, 15 - m.count)) + m + "-"
            + String(repeating: "0", count: max(0, 8 - c.count)) + c + "-" + node
    }
}
