import Glibc

/// A barcode scanner in serial or USB CDC-ACM mode (`/dev/ttyACM0`, or a udev symlink such as
/// `/dev/scanner0`), read on a thread of its own.
///
/// Scans arrive as raw bytes, GS included, whatever the keyboard layout. The scanner is opened raw
/// at the configured baud; each scan is cut at the configured terminator. When it is absent,
/// unplugged or not allowed, the scanner reports itself unavailable with what to do and is looked
/// for again with a doubling wait, then reports ready once it opens.
public final class SerialScanner: BackgroundScanner {
    public let path: String
    public let settings: SerialScannerSettings
    public var source: ScanSource { .serial(path: path) }
    private let thread = ScannerThread()

    /// Opens nothing yet: `start` does, on the scanner's thread.
    public init(path: String, settings: SerialScannerSettings = SerialScannerSettings()) {
        self.path = path
        self.settings = settings
    }

    public func start(_ deliver: @escaping @Sendable (ScannerReport) -> Void) {
        thread.start(source, deliver: deliver) { [self] wake in
            var reporter = Reporter(source: source, deliver: deliver)
            run(wake: wake, reporter: &reporter)
        }
    }

    public func stop() {
        thread.stop()
    }

    /// Opens, reads until the scanner goes away, waits, and again, until woken to stop.
    private func run(wake: Int32, reporter: inout Reporter) {
        var failures = 0
        while true {
            let reason: String
            do throws(SerialLineError) {
                let descriptor = try SerialLine.open(path, settings: settings.line)
                reporter.report(.ready)
                failures = 0
                let lost = listen(to: descriptor, wake: wake, reporter: &reporter)
                Glibc.close(descriptor)
                guard let lost else { return }
                reason = lost
            } catch {
                reason = unavailableReason(error)
            }
            let delay = settings.reopenBackoff.delay(afterFailures: failures)
            failures += 1
            reporter.report(.unavailable(reason: reason, retryInSeconds: delay.roundedUpSeconds))
            if DeviceThread.sleep(delay, wake: wake) { return }
        }
    }

    /// Reads scans until woken (nil) or the scanner goes away (why, for the status bar).
    private func listen(to descriptor: Int32, wake: Int32, reporter: inout Reporter) -> String? {
        var framer = ScanFramer(terminator: settings.terminator, maximumLength: settings.maximumScanLength)
        var buffer = [UInt8](repeating: 0, count: 512)
        while true {
            var entries = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            do throws(Errno) {
                _ = try Poll.wait(&entries, milliseconds: nil)
            } catch {
                return lostReason(error)
            }
            if entries[1].revents != 0 { return nil }
            let events = Int32(entries[0].revents)
            if events & POLLIN != 0 {
                let count = Glibc.read(descriptor, &buffer, buffer.count)
                if count > 0 {
                    for event in framer.feed(buffer[..<count]) {
                        reporter.handle(event, path: path, settings: settings)
                    }
                    continue
                }
                if count < 0, errno == EAGAIN || errno == EINTR { continue }
                return lostReason(count == 0 ? nil : Errno(code: errno))
            }
            if events & (POLLHUP | POLLERR | POLLNVAL) != 0 { return lostReason(nil) }
        }
    }

    /// Why the scanner cannot be opened, and what to do about it.
    func unavailableReason(_ error: SerialLineError) -> String {
        switch error.problem {
        case .absent:
            "No scanner at \(path): plug it in and check the configured path (a udev symlink such as "
                + "/dev/scanner0 exists only while its scanner is plugged in)."
        case .permissionDenied:
            "Till may not open the scanner at \(path): add the till's user to the dialout group, then log in again."
        case .unusable(let reason):
            "The scanner at \(path) cannot be used: \(reason)."
        }
    }

    /// Why an open scanner stopped answering: almost always unplugged or switched off.
    private func lostReason(_ failure: Errno?) -> String {
        let detail = failure.map { " (\($0.message))" } ?? ""
        return "The scanner on \(path) went away\(detail): check its cable and that it is plugged in; "
            + "Till reconnects by itself."
    }
}

/// Hands scans to the app and tells it when the scanner's state changes, not on every attempt.
private struct Reporter {
    let source: ScanSource
    let deliver: @Sendable (ScannerReport) -> Void
    private var last: ScannerState?

    init(source: ScanSource, deliver: @escaping @Sendable (ScannerReport) -> Void) {
        self.source = source
        self.deliver = deliver
    }

    mutating func report(_ state: ScannerState) {
        guard state != last else { return }
        last = state
        deliver(.state(source, state))
    }

    /// A scan goes to the app; a runaway frame makes the scanner unusable until a terminator is seen,
    /// which is what a scanner set to another terminator looks like.
    mutating func handle(_ event: ScanFramer.Event, path: String, settings: SerialScannerSettings) {
        switch event {
        case .scan(let bytes):
            deliver(.scan(ScanEvent(text: String(decoding: bytes, as: UTF8.self), source: source)))
        case .overflow(let dropped):
            let name = settings.terminator.displayName
            report(.unavailable(reason: "The scanner on \(path) sent \(dropped) characters without a \(name) "
                + "at the end, so they were dropped: set the scanner's suffix to \(name), or Till's scanner "
                + "terminator to the suffix the scanner sends.", retryInSeconds: 0))
        case .resynchronized:
            report(.ready)
        }
    }
}
