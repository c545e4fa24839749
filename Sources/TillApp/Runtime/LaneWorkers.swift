import TillDevices
import TillSync

/// What a lane started in the background for its store (printers, scanner, hub sync), so a
/// lane that changes stores stops them before the next store's start on the same devices.
public struct LaneWorkers: Sendable {
    let printer: PrintWorker?
    /// The kitchen stations' printers.
    var kitchen: [PrintWorker] = []
    let scanner: (any BackgroundScanner)?
    let sync: SyncLoop?

    /// Stops each one: the scanner's device and the printer are closed when this returns (the
    /// printer after the job in hand); sync ends after the round in hand.
    public func stop() {
        scanner?.stop()
        printer?.stop()
        for worker in kitchen { worker.stop() }
        sync?.stop()
    }
}
