import Glibc

/// poll(2) with a timeout that survives signals, the one way every descriptor transport and
/// background reader waits, so none of them can block forever on a device that stopped answering.
enum Poll {
    /// The events that became ready, or none when `milliseconds` passed first.
    static func wait(_ descriptor: Int32, for events: Int32, milliseconds: Int) throws(Errno) -> Int32 {
        var entries = [pollfd(fd: descriptor, events: Int16(truncatingIfNeeded: events), revents: 0)]
        guard try wait(&entries, milliseconds: milliseconds) else { return 0 }
        return Int32(entries[0].revents)
    }

    /// Waits until one of `entries` is ready, their `revents` saying which; false when `milliseconds`
    /// passed first. `nil` waits for ever, for a reader that something else wakes to stop.
    static func wait(_ entries: inout [pollfd], milliseconds: Int?) throws(Errno) -> Bool {
        let deadline = milliseconds.map { ContinuousClock.now + .milliseconds($0) }
        while true {
            let waitMilliseconds = deadline.map(remainingMilliseconds) ?? -1
            for index in entries.indices { entries[index].revents = 0 }
            let count = poll(&entries, nfds_t(entries.count), waitMilliseconds)
            if count > 0 { return true }
            if count == 0, let deadline, waitMilliseconds == 0 || ContinuousClock.now >= deadline { return false }
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

    /// What is left until `deadline` in whole milliseconds, rounded up: poll counts whole
    /// milliseconds, and a wait must never end early.
    private static func remainingMilliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        max(0, Int32(clamping: ContinuousClock.now.duration(to: deadline).roundedUpMilliseconds))
    }

    /// POLLRDHUP (peer shut its sending side) needs _GNU_SOURCE, which Swift's Glibc import lacks.
    private static let pollReadHangUp: Int32 = 0x2000
}

/// A failed system call's errno, carried as a value so callers decide what it means for their device.
struct Errno: Error, Equatable {
    let code: Int32

    /// The C library's wording, lower-cased to sit inside a sentence ("no such file or directory").
    var message: String {
        let message = String(cString: strerror(code))
        guard let first = message.first else { return "error \(code)" }
        return first.lowercased() + message.dropFirst()
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so a wait never ends early.
    var roundedUpMilliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1_000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    /// Whole seconds, rounded up, as a status bar shows a retry ("again in 2 s").
    var roundedUpSeconds: Int {
        (roundedUpMilliseconds + 999) / 1_000
    }
}
