/// Where a HID POS scanner (usage page 0x8C) puts the parts of its input report: vendors differ,
/// so the decoder reads a layout instead of one vendor's byte positions.
public struct HIDPOSReportLayout: Hashable, Sendable {
    /// The first byte of every scan report, or `nil` for a device that numbers no reports;
    /// reports with another ID (status, configuration answers) are not scans.
    public var reportID: UInt8?
    /// Index of the byte counting the data bytes this report carries.
    public var lengthIndex: Int
    /// Index of the AIM identifier (`]` and two characters), or `nil` when the report has none.
    public var symbologyIndex: Int?
    /// Index of the first data byte.
    public var dataIndex: Int
    /// How many data bytes one report can carry.
    public var dataCapacity: Int
    /// Index of the byte whose lowest bit says the scan goes on in the next report, or `nil` when
    /// every scan fits in one report.
    public var moreDataIndex: Int?

    public init(
        reportID: UInt8?, lengthIndex: Int, symbologyIndex: Int?, dataIndex: Int, dataCapacity: Int,
        moreDataIndex: Int?
    ) {
        self.reportID = reportID
        self.lengthIndex = lengthIndex
        self.symbologyIndex = symbologyIndex
        self.dataIndex = dataIndex
        self.dataCapacity = dataCapacity
        self.moreDataIndex = moreDataIndex
    }

    /// Access-IS scanners (LSR116, LSR118, ATR110): 64-byte reports with ID 2, the data length
    /// in byte 1, the AIM identifier in bytes 2–4, up to 56 data bytes from byte 5, and "more
    /// data follows" in bit 0 of byte 63; every part of a long scan repeats the AIM identifier.
    public static let accessIS = HIDPOSReportLayout(
        reportID: 0x02, lengthIndex: 1, symbologyIndex: 2, dataIndex: 5, dataCapacity: 56, moreDataIndex: 63)

    /// How long a report must be to hold every fixed field.
    var fixedLength: Int {
        [reportID == nil ? 0 : 1, lengthIndex + 1, (symbologyIndex ?? -3) + 3, (moreDataIndex ?? -1) + 1].max() ?? 0
    }
}
