/// How a USB scanner is read: the report layout of a HID POS scanner, how long a read waits, and
/// how often a scanner that is gone is looked for again.
public struct USBScannerSettings: Hashable, Sendable {
    /// Where a HID POS scanner's reports hold their parts; a boot-keyboard scanner needs none.
    public var hidPOSLayout: HIDPOSReportLayout
    /// The longest one read waits for a report; `stop()` returns within about this long.
    public var readTimeoutMilliseconds: Int
    /// The waits between attempts to open a scanner that is absent, refused or was unplugged.
    public var reopenBackoff: ReopenBackoff

    public init(hidPOSLayout: HIDPOSReportLayout = .accessIS, readTimeoutMilliseconds: Int = 200,
                reopenBackoff: ReopenBackoff = .standard) {
        self.hidPOSLayout = hidPOSLayout
        self.readTimeoutMilliseconds = readTimeoutMilliseconds
        self.reopenBackoff = reopenBackoff
    }
}
