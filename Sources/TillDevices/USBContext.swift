import CLibUSB
import Synchronization

/// The process's entry point into libusb, the only way Till talks to USB printers and scanners.
///
/// libusb wants one context per process: every USB transport borrows the session made here, which
/// is created on first use and retried later if USB was not available then.
public enum USBContext {
    /// libusb's version, such as `1.0.26` (with a suffix like `-rc1` for release candidates), or
    /// `nil` if libusb breaks its promise to always return one.
    public static func libraryVersion() -> String? {
        guard let version = libusb_get_version()?.pointee else { return nil }
        let candidate = version.rc.map { String(cString: $0) } ?? ""
        return "\(version.major).\(version.minor).\(version.micro)\(candidate)"
    }

    /// The shared libusb context, or libusb's code when USB is unusable here (no usbfs, as in
    /// some containers).
    static func session() throws(LibUSBError) -> OpaquePointer {
        let result = shared.withLock { context -> Result<OpaquePointer, LibUSBError> in
            if let context { return .success(context) }
            var created: OpaquePointer?
            let code = libusb_init(&created)
            guard code == 0, let created else { return .failure(LibUSBError(code: code)) }
            context = created
            return .success(created)
        }
        return try result.get()
    }

    /// The shared libusb context; `address` names the printer in the error when USB is unusable.
    static func session(for address: String) throws(PrinterError) -> OpaquePointer {
        do throws(LibUSBError) {
            return try session()
        } catch {
            throw .unreachable(address: address, reason: "USB cannot be used here: " + error.message)
        }
    }

    /// libusb's own wording of an error code, lower-cased to sit inside a sentence.
    static func libusbMessage(_ code: Int32) -> String {
        String(cString: libusb_strerror(code)).lowercased()
    }

    private static let shared = Mutex<OpaquePointer?>(nil)
}
