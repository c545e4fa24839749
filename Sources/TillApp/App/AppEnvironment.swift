public import Foundation
public import TillCore

/// The reducer's window on the world: the time and fresh ids, injected so tests fix them.
public struct AppEnvironment: Sendable {
    public var now: @Sendable () -> Date
    public var newID: @Sendable () -> String
    public var localTime: @Sendable (Date) -> LocalTime

    public init(now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> String,
                localTime: @escaping @Sendable (Date) -> LocalTime) {
        self.now = now
        self.newID = newID
        self.localTime = localTime
    }

    /// The wall clock, random UUIDs and the machine's time zone.
    public static let live = AppEnvironment(now: Date.init, newID: { UUID().uuidString.lowercased() }, localTime: LocalClock.localTime)
}
