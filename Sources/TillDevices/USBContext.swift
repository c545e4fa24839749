import CLibUSB

/// The process's entry point into libusb, the only way Till talks to USB printers and scanners.
///
/// For now it only reports the library's version, which `till config check` shows so a support call
/// can tell which libusb a terminal runs; opening devices comes with the printer-transport issue.
public enum USBContext {
    /// libusb's version, such as `1.0.26` (with a suffix like `-rc1` for release candidates), or
    /// `nil` if libusb breaks its promise to always return one.
    public static func libraryVersion() -> String? {
        guard let version = libusb_get_version()?.pointee else { return nil }
        let candidate = version.rc.map { String(cString: $0) } ?? ""
        return "\(version.major).\(version.minor).\(version.micro)\(candidate)"
    }
}
