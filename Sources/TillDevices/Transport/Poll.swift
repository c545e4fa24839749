import Glibc

/// poll(2) on one descriptor with a timeout that survives signals, the one way every descriptor
/// transport waits, so none of them can block forever on a printer that stopped answering.
enum Poll {
    /// The events that became ready, or none when `milliseconds` passed first.
    static func wait(_ descriptor: Int32, for events: Int32, milliseconds: Int) throws(Errno) -> Int32 {
        let deadline = ContinuousClock.now + .milliseconds(milliseconds)
        while true {
            let remaining = ContinuousClock.now.duration(to: deadline)
            // Rounded up: poll counts whole milliseconds, and a wait must never end early.
            let waitMilliseconds = max(0, Int32(clamping: remaining.components.seconds * 1000
                + (remaining.components.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000))
            var entry = pollfd(fd: descriptor, events: Int16(truncatingIfNeeded: events), revents: 0)
            let count = poll(&entry, 1, waitMilliseconds)
            if count > 0 { return Int32(entry.revents) }
            if count == 0, waitMilliseconds == 0 || ContinuousClock.now >= deadline { return 0 }
            if count < 0, errno != EINTR { throw Errno(code: errno) }
        }
    }

    /// Whether the other end hung up or the descriptor broke, seen without waiting: a printer that
    /// restarted since the last job is reconnected before the next one goes into the void.
    static func isHungUp(_ descriptor: Int32) -> Bool {
        guard let events = try? wait(descriptor, for: POLLIN | pollReadHangUp, milliseconds: 0) else {
            return true
        }
        return events & (POLLHUP | POLLERR | POLLNVAL | pollReadHangUp) != 0
    }

    /// POLLRDHUP (peer shut its sending side) needs _GNU_SOURCE, which Swift's Glibc import lacks.
    private static let pollReadHangUp: Int32 = 0x2000
}

/// A failed system call's errno, carried as a value so callers decide what it means for a printer.
struct Errno: Error {
    let code: Int32
}
