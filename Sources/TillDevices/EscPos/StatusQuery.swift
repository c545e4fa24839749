/// The real-time status requests `DLE EOT n`: the printer answers each with one byte, even while
/// busy, offline or out of paper.
public enum StatusQuery: UInt8, CaseIterable, Sendable {
    /// Online or offline, drawer sensor.
    case printer = 1
    /// Cover open, paper out, error (why it is offline).
    case offlineCause = 2
    /// Cutter, mechanical and head-temperature errors.
    case errorCause = 3
    /// Roll near end, roll out.
    case paperSensor = 4

    /// `10 04 n`.
    public var bytes: [UInt8] {
        [0x10, 0x04, rawValue]
    }
}

/// Which changes the printer reports on its own (`GS a n`, Automatic Status Back): it sends a
/// 4-byte frame at once and again on every change of an enabled item.
public struct AutomaticStatusBack: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    /// The items as the bits of `GS a n`.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The drawer sensor changes (drawer opened or closed).
    public static let drawer = AutomaticStatusBack(rawValue: 0x01)
    /// The printer goes offline or back online.
    public static let onlineOffline = AutomaticStatusBack(rawValue: 0x02)
    /// An error starts or ends.
    public static let error = AutomaticStatusBack(rawValue: 0x04)
    /// The roll runs low or out.
    public static let paperSensor = AutomaticStatusBack(rawValue: 0x08)
    /// Everything a status bar shows.
    public static let all: AutomaticStatusBack = [.drawer, .onlineOffline, .error, .paperSensor]

    /// `1d 61 n`; an empty set turns automatic status back off.
    public var command: [UInt8] {
        [0x1D, 0x61, rawValue]
    }
}
