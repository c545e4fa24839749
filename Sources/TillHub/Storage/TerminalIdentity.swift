/// A paired terminal as its token identifies it: the epoch tells a reinstalled terminal's events
/// from those its earlier installation sent under the same id.
public struct TerminalIdentity: Hashable, Sendable {
    public let storeID: String
    public let terminalID: String
    public let epoch: Int64

    public init(storeID: String, terminalID: String, epoch: Int64) {
        self.storeID = storeID
        self.terminalID = terminalID
        self.epoch = epoch
    }
}
