public import TillDevices

/// The devices behind the effects the reducer asks for: the receipt printer's queue and the drawer.
public protocol LaneDevices: Sendable {
    /// New print jobs are in the store's queue: print them now rather than at the next poll.
    func wakePrinter()
    /// Pulse the cash drawer open.
    func openDrawer()
    /// Show two lines on the customer display; only the latest lines matter.
    func showCustomer(_ lines: DisplayLines)
}

/// A lane with no printer and no drawer: print jobs stay queued and the drawer is opened by hand.
public struct NoDevices: LaneDevices {
    public init() {}
    public func wakePrinter() {}
    public func openDrawer() {}
    public func showCustomer(_ lines: DisplayLines) {}
}
