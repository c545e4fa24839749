/// Why a USB scanner cannot scan, in words that tell the person at the till what to do.
public enum USBScannerError: Error, Equatable, Sendable {
    /// The configured scanner address cannot be understood.
    case invalidAddress(String, reason: String)
    /// libusb cannot start here (no usbfs, as in some containers).
    case usbUnavailable(reason: String)
    /// No device with these ids is plugged in.
    case notConnected(USBDeviceID)
    /// The device is there but this user may not open it.
    case permissionDenied(USBDeviceID)
    /// Another program holds the scanner's interface.
    case busy(USBDeviceID)
    /// The scanner went away while it was being read.
    case disconnected(USBDeviceID)
    /// The device has no interface a scanner reads through (HID with an interrupt IN endpoint).
    case notAScanner(USBDeviceID, reason: String)
    /// libusb failed in a way that has no better name.
    case failed(USBDeviceID, reason: String)
}

extension USBScannerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidAddress(let text, let reason):
            "The scanner address \"\(text)\" is not valid: \(reason). Use usb://VID:PID in hex as lsusb shows it, "
                + "such as usb://05e0:1200."
        case .usbUnavailable(let reason):
            "USB cannot be used here (\(reason)): Till needs /dev/bus/usb, which some containers leave out."
        case .notConnected(let id):
            "No USB device \(id) is connected: plug the scanner in, or check its VID:PID with lsusb."
        case .permissionDenied(let id):
            "No permission to open the USB scanner \(id): add a udev rule for \(id) (see the README), then "
                + "replug the scanner."
        case .busy(let id):
            "Another program holds the USB scanner \(id): close it, as only one program can read the scanner."
        case .disconnected(let id):
            "The USB scanner \(id) was unplugged: plug it back in; Till finds it again by itself."
        case .notAScanner(let id, let reason):
            "The USB device \(id) is not a scanner Till can read (\(reason)): check its VID:PID with lsusb, and "
                + "set the scanner to USB HID keyboard or HID POS mode."
        case .failed(let id, let reason):
            "The USB scanner \(id) failed (\(reason)): replug it; Till tries again by itself."
        }
    }
}
