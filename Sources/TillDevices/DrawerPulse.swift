/// The ESC/POS drawer kick `ESC p m t1 t2`, checked so a misconfigured timing cannot burn out the
/// drawer's solenoid.
///
/// The printer drives the drawer through its RJ-11/12 kick-out port: `m` picks pin 2 (0) or pin 5
/// (1); the pulse is on for `t1 × 2 ms`, then off for `t2 × 2 ms`. Drawer makers (Citizen) ask for an
/// on-time of at most 20 % of the cycle, so `off ≥ 4 × on`. Send it after the cut: printers do not
/// drive the drawer while printing.
public struct DrawerPulse: Equatable, Sendable {
    /// `ESC p` counts time in steps of this many milliseconds.
    public static let step = 2
    /// The longest time one byte can express: 255 steps.
    public static let longest = 255 * step

    /// 2 or 5.
    public let pin: Int
    public let onMilliseconds: Int
    public let offMilliseconds: Int

    /// A pulse on `pin` (2 or 5) for `onMilliseconds`, then off for `offMilliseconds`; both even,
    /// 2–510 ms, with the on-time at most 20 % of the cycle.
    public init(pin: Int, onMilliseconds: Int, offMilliseconds: Int) throws(DeviceError) {
        guard pin == 2 || pin == 5 else { throw .unknownDrawerPin(pin) }
        for time in [onMilliseconds, offMilliseconds] {
            guard time.isMultiple(of: Self.step), (Self.step...Self.longest).contains(time) else {
                throw .drawerTimeOutOfRange(milliseconds: time)
            }
        }
        guard 4 * onMilliseconds <= offMilliseconds else {
            throw .drawerDutyCycleTooHigh(onMilliseconds: onMilliseconds, offMilliseconds: offMilliseconds)
        }
        self.pin = pin
        self.onMilliseconds = onMilliseconds
        self.offMilliseconds = offMilliseconds
    }

    /// The command bytes: `1b 70 m t1 t2`.
    public var bytes: [UInt8] {
        [0x1B, 0x70, pin == 2 ? 0 : 1, Self.steps(onMilliseconds), Self.steps(offMilliseconds)]
    }

    /// The longest even on-time that keeps the duty cycle within 20 % for a given off-time.
    static func longestOn(forOff offMilliseconds: Int) -> Int {
        offMilliseconds / 4 / step * step
    }

    /// Milliseconds as `ESC p` steps; the initialiser has checked the range.
    private static func steps(_ milliseconds: Int) -> UInt8 {
        UInt8(clamping: milliseconds / step)
    }
}
