import Glibc

/// A thread of its own for a device read that blocks, with a pipe that wakes its poll so it can be
/// told to stop at once: blocking I/O never runs on the cooperative pool.
final class DeviceThread: Sendable {
    /// The end the thread polls alongside its device; readable once `stop()` was called.
    let wakeDescriptor: Int32
    private let signalDescriptor: Int32
    private let thread: pthread_t

    /// Starts `body` on a new thread, handing it the wake descriptor; nil if the system has no
    /// descriptors or threads left.
    init?(_ body: @escaping @Sendable (_ wakeDescriptor: Int32) -> Void) {
        var ends: [Int32] = [-1, -1]
        // pipe2 needs _GNU_SOURCE, which Swift's Glibc import lacks; the flags follow at once.
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
        }
        let wake = ends[0]
        let box = Unmanaged.passRetained(Body { body(wake) }).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { argument in
            Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue().run()
            return nil
        }, box)
        guard started == 0 else {
            Unmanaged<Body>.fromOpaque(box).release()
            close(ends[0])
            close(ends[1])
            return nil
        }
        wakeDescriptor = wake
        signalDescriptor = ends[1]
        self.thread = thread
    }

    /// Wakes the thread, waits for it to end, then closes the pipe; call once.
    func stop() {
        var byte: UInt8 = 1
        _ = write(signalDescriptor, &byte, 1)
        pthread_join(thread, nil)
        close(wakeDescriptor)
        close(signalDescriptor)
    }

    /// Waits `duration` unless woken first; true when woken (time to stop).
    static func sleep(_ duration: Duration, wake: Int32) -> Bool {
        let events = try? Poll.wait(wake, for: POLLIN, milliseconds: duration.roundedUpMilliseconds)
        return events.map { $0 != 0 } ?? true
    }

    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }
}
