public import TermUI

/// The reports screen's state: the report on show (the X of the open day, or the Z just taken) as text.
public struct ReportsState: Hashable, Sendable {
    public var title = "X report — today so far"
    public var pane = TextPane(lines: ["Reading the figures…"])
    public var message: Message?
    /// Set while the store closes the day, so a second key press cannot ask twice.
    public var closing = false

    public init() {}
}
