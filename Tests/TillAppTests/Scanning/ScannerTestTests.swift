import Foundation
import Testing
@testable import TillApp
import TillCore
import TillDevices

/// `till scanner test`'s lines: what the installer reads for each report of the scanner.
@Suite struct ScannerTestTests {
    let source = ScanSource.serial(path: "/dev/ttyACM0")

    func test(catalog: Bool) throws -> ScannerTest {
        let resolver = ItemResolver(reader: try BarcodeReader(layout: .germany), currency: DemoStore.currency)
        return ScannerTest(resolver: resolver, catalog: catalog ? DemoStore.catalog : nil)
    }

    func line(_ text: String, catalog: Bool = true) throws -> String {
        try test(catalog: catalog).describe(.scan(ScanEvent(text: text, source: source)))
    }

    @Test func aGoodScanShowsItsSymbologyAndProduct() throws {
        #expect(try line("4006381333931") == "\"4006381333931\" → EAN-13 4006381333931, check digit right: Milk chocolate 100 g")
        #expect(try line("]E04006381333931") == "\"]E04006381333931\" → EAN-13 4006381333931, check digit right: Milk chocolate 100 g")
        #expect(try line("4006381333931", catalog: false) == "\"4006381333931\" → EAN-13 4006381333931, check digit right")
    }

    @Test func aScaleLabelShowsWhatItCarries() throws {
        #expect(try line("2212342001999", catalog: false) == "\"2212342001999\" → EAN-13 variable-measure item 221234, price 1.99 on the label")
        #expect(try line("2811111015009", catalog: false) == "\"2811111015009\" → EAN-13 variable-measure item 281111, 1500 g on the label")
    }

    @Test func aMisreadIsRefusedWithTheReason() throws {
        #expect(try line("4006381333932") == "\"4006381333932\" → refused: check digit is 2, expected 1: rescan or key the code")
    }

    @Test func anUnknownCodeAndTextSayWhatTheyAre() throws {
        #expect(try line("HELLO") == "\"HELLO\" → unidentified text \"HELLO\": barcode HELLO is not in the catalog")
        #expect(try line("5012345678900") == "\"5012345678900\" → EAN-13 5012345678900, check digit right: barcode 5012345678900 is not in the catalog")
    }

    @Test func theScannerComingAndGoingIsSaid() throws {
        let test = try test(catalog: false)
        #expect(test.describe(.state(source, .ready)) == "The scanner on /dev/ttyACM0 is ready: scan a barcode (Ctrl-C ends the test).")
        #expect(test.describe(.state(source, .unavailable(reason: "No scanner at /dev/ttyACM0.", retryInSeconds: 2)))
            == "The scanner on /dev/ttyACM0 cannot scan: No scanner at /dev/ttyACM0. (trying again in 2 s)")
    }
}
