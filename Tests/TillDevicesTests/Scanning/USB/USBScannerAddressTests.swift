@testable import TillDevices
import Testing

@Suite struct USBScannerAddressTests {
    @Test(arguments: ["usb://05e0:1200", "05E0:1200", "USB://5e0:1200", "  usb://05e0:1200\n"])
    func readsVIDAndPIDInHex(text: String) throws {
        let id = try USBDeviceID(scannerAddress: text)

        #expect(id == USBDeviceID(vendor: 0x05E0, product: 0x1200))
        #expect(id.description == "05e0:1200")
    }

    @Test(arguments: [
        ("usb://05e0", "named by VID:PID"),
        ("05e0:12345", "named by VID:PID"),
        ("usb://", "named by VID:PID"),
        ("usb://05e0:zz00", "named by VID:PID"),
        ("serial:///dev/ttyACM0", "starts with usb://"),
    ])
    func refusesWhatIsNotAUSBScanner(text: String, reason: String) {
        #expect {
            try USBDeviceID(scannerAddress: text)
        } throws: { error in
            guard case .invalidAddress(let quoted, let why)? = error as? USBScannerError else { return false }
            let description = String(describing: error)
            return quoted == text && why.contains(reason) && description.contains("Use usb://VID:PID")
        }
    }

    @Test func libusbFailuresTellThePersonWhatToDo() {
        // Given libusb's codes for no permission, busy, no device (opening and reading), and I/O
        let id = USBDeviceID(vendor: 0x05E0, product: 0x1200)
        let access = USBScannerError(libusbCode: -3, device: id)
        let busy = USBScannerError(libusbCode: -6, device: id)
        let absent = USBScannerError(libusbCode: -4, device: id)
        let unplugged = USBScannerError(readingCode: -4, device: id)
        let failed = USBScannerError(readingCode: -1, device: id)

        // Then each names the scanner and the fix
        #expect(access == .permissionDenied(id))
        #expect(access.description.contains("add a udev rule for 05e0:1200 (see the README)"))
        #expect(busy.description.contains("Another program holds the USB scanner 05e0:1200"))
        #expect(absent.description.hasPrefix("No USB device 05e0:1200 is connected: plug the scanner in"))
        #expect(unplugged.description.hasPrefix("The USB scanner 05e0:1200 was unplugged: plug it back in"))
        #expect(failed == .failed(id, reason: "input/output error"))
    }
}
