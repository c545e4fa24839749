import CLibUSB

/// A USB HID barcode scanner read through libusb on a thread of its own: a boot-keyboard scanner
/// by usage ID (so the host's keyboard layout cannot garble a barcode), any other HID scanner as
/// HID POS reports.
///
/// When the scanner is absent, refused or unplugged, it reports itself unavailable with what to
/// do and is looked for again with a doubling wait (1 s up to 30 s by default), then reports ready
/// once it opens.
public final class USBScanner: BackgroundScanner {
    /// The scanner's vendor and product ids.
    public let device: USBDeviceID
    public let settings: USBScannerSettings
    public var source: ScanSource { .usb(device.description) }
    private let thread = ScannerThread()

    /// Opens nothing yet: `start` does, on the scanner's thread.
    public init(device: USBDeviceID, settings: USBScannerSettings = USBScannerSettings()) {
        self.device = device
        self.settings = settings
    }

    /// The scanner at a configured address, `usb://VID:PID` or `VID:PID` in hex.
    public convenience init(address: String, settings: USBScannerSettings = USBScannerSettings())
        throws(USBScannerError) {
        self.init(device: try USBDeviceID(scannerAddress: address), settings: settings)
    }

    public func start(_ deliver: @escaping @Sendable (ScannerReport) -> Void) {
        thread.start(source, deliver: deliver) { [self] wake in run(wake: wake, deliver) }
    }

    /// Stops reading (within one read timeout) and releases the scanner; not from `deliver`.
    public func stop() {
        thread.stop()
    }

    /// Opens, reads until the scanner fails, waits, and again, until woken to stop.
    private func run(wake: Int32, _ deliver: @Sendable (ScannerReport) -> Void) {
        var failures = 0
        while true {
            let failure: USBScannerError
            do throws(USBScannerError) {
                let connection = try USBScannerConnection(device: device)
                failures = 0
                deliver(.state(source, .ready))
                try read(connection, wake: wake, deliver)
                return
            } catch {
                failure = error
            }
            let delay = settings.reopenBackoff.delay(afterFailures: failures)
            failures += 1
            deliver(.state(source, .unavailable(reason: failure.description, retryInSeconds: delay.roundedUpSeconds)))
            if DeviceThread.sleep(delay, wake: wake) { return }
        }
    }

    /// Reads reports until woken (returns) or the scanner fails (throws).
    private func read(_ connection: USBScannerConnection, wake: Int32, _ deliver: @Sendable (ScannerReport) -> Void)
        throws(USBScannerError) {
        var decoder: any HIDScanDecoding = connection.interface.isBootKeyboard
            ? HIDBootKeyboardDecoder() : HIDPOSScannerDecoder(layout: settings.hidPOSLayout)
        while !DeviceThread.sleep(.zero, wake: wake) {
            let (code, report) = connection.readReport(timeoutMilliseconds: settings.readTimeoutMilliseconds)
            for text in decoder.scans(in: report) {
                deliver(.scan(ScanEvent(text: text, source: source)))
            }
            guard code == 0 || code == LIBUSB_ERROR_TIMEOUT.rawValue else {
                throw USBScannerError(readingCode: code, device: device)
            }
        }
    }
}
