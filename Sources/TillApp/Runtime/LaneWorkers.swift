import TillDevices
import TillSync

/// What a lane started in the background for its store (receipt printer, scanner, hub sync), so a
/// lane that changes stores stops them before the next store's start on the same devices.
public struct LaneWorkers: Sendable {
    let printer: PrintWorker?
    let scanner: (any BackgroundScanner)?
    let sync: SyncLoop?

    /// Stops each one: the scanner's device is closed when this returns; the printer and sync end
    /// after the job or round in hand.
    public func stop() {
        scanner?.stop()
        printer?.stop()
        sync?.stop()
    }
}
