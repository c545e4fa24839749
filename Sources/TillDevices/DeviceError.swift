/// Why a device command was refused, with the values that would be accepted.
public enum DeviceError: Error, Equatable, Sendable {
    /// The drawer kick-out connector drives pin 2 (drawer 1) or pin 5 (drawer 2), nothing else.
    case unknownDrawerPin(Int)
    /// A pulse time the printer cannot express: `ESC p` counts in 2 ms steps from 1 to 255.
    case drawerTimeOutOfRange(milliseconds: Int)
    /// The solenoid would be on for more than 20 % of the cycle and could overheat.
    case drawerDutyCycleTooHigh(onMilliseconds: Int, offMilliseconds: Int)
}

extension DeviceError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unknownDrawerPin(let pin):
            return "Drawer pin \(pin) does not exist: use 2 (drawer 1) or 5 (drawer 2)."
        case .drawerTimeOutOfRange(let milliseconds):
            return "A drawer pulse time of \(milliseconds) ms cannot be sent: use an even number of "
                + "milliseconds from \(DrawerPulse.step) to \(DrawerPulse.longest)."
        case .drawerDutyCycleTooHigh(let on, let off):
            var fixes: [String] = []
            let longestOn = DrawerPulse.longestOn(forOff: off)
            if longestOn >= DrawerPulse.step { fixes.append("shorten the on-time to at most \(longestOn) ms") }
            if 4 * on <= DrawerPulse.longest { fixes.append("lengthen the off-time to at least \(4 * on) ms") }
            fixes.append("use 50 ms on and 250 ms off, which suits most drawers")
            return "A \(on) ms pulse with \(off) ms off keeps the drawer solenoid on for more than 20 % "
                + "of the cycle, which can overheat it: " + fixes.joined(separator: ", or ") + "."
        }
    }
}
