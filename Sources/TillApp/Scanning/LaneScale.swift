import Dispatch
import TillDevices

/// The lane's scale, weighing in the background so the screen never waits on it.
public protocol LaneScale: Sendable {
    /// Weighs what is on the scale; the answer arrives through the app's inbox as `.weighed`.
    func requestWeight()
}

/// A scale asked on a queue of its own, its answer posted to the app's inbox.
struct BackgroundScale: LaneScale {
    let scale: any WeighingScale
    let inbox: AppInbox
    private let queue = DispatchQueue(label: "till.scale")

    init(scale: any WeighingScale, inbox: AppInbox) {
        self.scale = scale
        self.inbox = inbox
    }

    func requestWeight() {
        queue.async { [scale, inbox] in
            do throws(ScaleError) {
                inbox.post(.weighed(.grams(try scale.weigh(timeoutMilliseconds: 1_000))))
            } catch {
                inbox.post(.weighed(.refused(error.description)))
            }
        }
    }
}
