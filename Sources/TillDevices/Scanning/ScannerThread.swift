import Synchronization

/// The one thread a background scanner reads on: started once, stopped once.
final class ScannerThread: Sendable {
    private let thread = Mutex<DeviceThread?>(nil)

    /// Starts `body` on its own thread unless it runs already; says so through `deliver` when the
    /// system cannot start one.
    func start(_ source: ScanSource, deliver: @Sendable (ScannerReport) -> Void,
               _ body: @escaping @Sendable (_ wakeDescriptor: Int32) -> Void) {
        thread.withLock { thread in
            guard thread == nil else { return }
            thread = DeviceThread(body)
            if thread == nil {
                deliver(.state(source, .unavailable(reason: "The \(source) cannot be read: the system has no threads or "
                    + "descriptors left; restart Till.", retryInSeconds: 0)))
            }
        }
    }

    /// Wakes the thread and returns once it has ended.
    func stop() {
        thread.withLock { thread in
            defer { thread = nil }
            return thread
        }?.stop()
    }
}
