import Testing
import TillDevices

/// `USBScanner` in this process, with no scanner to find (and, on machines without usbfs, no USB).
@Suite struct USBScannerLifecycleTests {
    static let quick = USBScannerSettings(readTimeoutMilliseconds: 50,
                                          reopenBackoff: ReopenBackoff(first: .milliseconds(1), maximum: .milliseconds(4)))

    @Test func aMissingScannerIsReportedUnavailableAgainAndAgainUntilStopped() {
        // Given a scanner nobody plugged in
        let scanner = USBScanner(device: USBDeviceID(vendor: 0x0C2E, product: 0x0B61), settings: Self.quick)
        let reports = ScannerReports()

        // When it runs until it has reported three times
        scanner.start(reports.deliver)
        let retried = eventually { reports.states.count >= 3 }
        scanner.stop()
        let count = reports.all.count

        // Then each report is "unavailable", with the reason and the source, and none comes after stop
        #expect(retried)
        #expect(reports.all.allSatisfy { report in
            guard case .state(.usb("0c2e:0b61"), .unavailable(let reason, 1)) = report else { return false }
            return reason.contains("0c2e:0b61") || reason.hasPrefix("USB cannot be used here")
        }, "\(reports.all)")
        #expect(reports.all.count == count)
    }

    @Test func stopBeforeStartAndASecondStartAreHarmless() {
        let scanner = USBScanner(device: USBDeviceID(vendor: 0x05E0, product: 0x1200), settings: Self.quick)
        let reports = ScannerReports()

        scanner.stop()
        scanner.start(reports.deliver)
        scanner.start(reports.deliver)
        #expect(eventually { !reports.states.isEmpty })
        scanner.stop()
        scanner.stop()

        // One thread ran: its first report is the first attempt's
        guard case .state(_, .unavailable(_, 1))? = reports.all.first else {
            Issue.record("expected an unavailable state first, got \(reports.all)")
            return
        }
    }

    @Test func theSourceNamesTheScannerAsLsusbDoes() throws {
        let scanner = try USBScanner(address: "usb://5E0:1200")

        #expect(scanner.source == .usb("05e0:1200"))
        #expect(scanner.source.description == "USB scanner 05e0:1200")
    }
}
