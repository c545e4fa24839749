import Testing
import TillDevices

@Suite struct HIDPOSScannerDecoderTests {
    typealias Reports = RecordedHIDReports

    /// 60 bytes of an IATA boarding pass (Aztec, AIM `]z0`), too long for one Access-IS report.
    static let boardingPass = Array("M1GATHERGOOD/MICHAEL YABCDEF LHRDURAK 3542 052Y003D23 0014A".utf8)

    @Test func oneReportIsOneScanWithItsAIMIdentifier() throws {
        // Given an Access-IS report of an EAN-13 (AIM ]E0) with no more data to follow
        var decoder = HIDPOSScannerDecoder()
        let report = Reports.accessIS(aim: "]E0", data: Array("4006381333931".utf8)[...], more: false)

        // Then the scan keeps the AIM identifier in front, for the core's BarcodeReader
        #expect(try decoder.scan(in: report) == "]E04006381333931")
    }

    @Test func aLongScanIsJoinedFromItsReports() throws {
        // Given the boarding pass in two reports: 56 bytes flagged "more data", then the last 4
        var decoder = HIDPOSScannerDecoder()
        let first = Reports.accessIS(aim: "]z0", data: Self.boardingPass[..<56], more: true)
        let last = Reports.accessIS(aim: "]z0", data: Self.boardingPass[56...], more: false)

        // Then the first gives nothing yet, the last the whole scan with the identifier once
        #expect(try decoder.scan(in: first) == nil)
        #expect(try decoder.scan(in: last) == "]z0" + String(decoding: Self.boardingPass, as: UTF8.self))
    }

    @Test func reportsWithAnotherIDAreNotScans() throws {
        var decoder = HIDPOSScannerDecoder()
        var status = Reports.accessIS(aim: "]E0", data: Array("123".utf8)[...], more: false)
        status[0] = 0x04

        #expect(try decoder.scan(in: status) == nil)
    }

    @Test func aReportClaimingMoreDataThanItCanHoldDropsTheScanItBelongedTo() throws {
        // Given the first part of a long scan, then a report whose length byte says 57
        var decoder = HIDPOSScannerDecoder()
        _ = try decoder.scan(in: Reports.accessIS(aim: "]z0", data: Self.boardingPass[..<56], more: true))
        var broken = Reports.accessIS(aim: "]z0", data: Self.boardingPass[56...], more: false)
        broken[1] = 57

        // Then it throws, and the next scan starts afresh rather than joining the dropped part
        #expect(throws: HIDReportError.lengthBeyondCapacity(length: 57, capacity: 56)) {
            try decoder.scan(in: broken)
        }
        let next = Reports.accessIS(aim: "]E0", data: Array("4006381333931".utf8)[...], more: false)
        #expect(try decoder.scan(in: next) == "]E04006381333931")
    }

    @Test func aTruncatedReportIsRefused() {
        var decoder = HIDPOSScannerDecoder()
        let truncated = Array(Reports.accessIS(aim: "]E0", data: [0x31][...], more: false).prefix(20))

        #expect(throws: HIDReportError.tooShort(count: 20, needed: 64)) { try decoder.scan(in: truncated) }
    }

    @Test func anotherVendorsLayoutIsReadFromItsOwnPositions() throws {
        // Given a layout with report ID 1, the length in byte 1, data from byte 2 (AIM identifier
        // included in the data) and no continuation flag
        let layout = HIDPOSReportLayout(reportID: 0x01, lengthIndex: 1, symbologyIndex: nil, dataIndex: 2,
                                        dataCapacity: 62, moreDataIndex: nil)
        var decoder = HIDPOSScannerDecoder(layout: layout)
        let data = Array("]C1\u{1D}0109501101020917".utf8)
        let report = [0x01, UInt8(data.count)] + data + [UInt8](repeating: 0, count: 62 - data.count)

        #expect(try decoder.scan(in: report) == "]C1\u{1D}0109501101020917")
    }

    @Test func bytesThatAreNotUTF8AreReadOneCharacterPerByte() throws {
        // Given "café" in UTF-8, then in ISO 8859-1 (0xE9), as a QR code or Code 128 may carry it
        var decoder = HIDPOSScannerDecoder()
        let utf8 = Reports.accessIS(aim: "]Q1", data: [0x63, 0x61, 0x66, 0xC3, 0xA9][...], more: false)
        let latin1 = Reports.accessIS(aim: "]C0", data: [0x63, 0x61, 0x66, 0xE9][...], more: false)

        // Then both read as café, neither with a replacement character
        #expect(try decoder.scan(in: utf8) == "]Q1café")
        #expect(try decoder.scan(in: latin1) == "]C0café")
    }

    @Test func aReportWithNoDataIsNoScan() throws {
        var decoder = HIDPOSScannerDecoder()
        #expect(try decoder.scan(in: Reports.accessIS(aim: "]E0", data: [][...], more: false)) == nil)
    }
}
