import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a fresh pseudo-terminal, as a terminal emulator would start it, and times how
/// long it takes to draw what the caller waits for.
///
/// The child gets its own session with the pty as its controlling terminal on stdin, stdout and
/// stderr, a window of `columns`×`rows` (`TIOCSWINSZ`) and only the environment given. Every run
/// ends with the child gone (asked with `quitBytes`, then SIGTERM, then SIGKILL) and both ends of
/// the pty closed.
struct PseudoTerminal {
    var columns: UInt16 = 80
    var rows: UInt16 = 24
    /// Output quiet for this long after the marker ends the frame.
    var settleMilliseconds: Int32 = 50
    /// How long a run may take before it counts as failed.
    var timeoutSeconds: UInt64 = 15

    /// Nanoseconds from just before `posix_spawn` to the arrival of the last byte of the burst of
    /// output that holds `marker`; also returns all the output read until then.
    func timeToMarker(_ executable: String, arguments: [String], environment: [String: String], marker: String,
                      quitBytes: [UInt8]) throws -> (nanoseconds: UInt64, output: [UInt8]) {
        // posix_openpt, unlockpt and ptsname as glibc does them on Linux (Swift's Glibc module leaves them out).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw BenchError("open /dev/ptmx: \(Self.lastError)") }
        defer { close(master) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, Self.setPTYLock, &unlock) == 0, ioctl(master, Self.getPTYNumber, &number) == 0 else {
            throw BenchError("unlocking the pty: \(Self.lastError)")
        }
        let slaveName = "/dev/pts/\(number)"
        // Held open here too, so output the child wrote before it exited can still be read (no EIO).
        let slave = open(slaveName, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw BenchError("open \(slaveName): \(Self.lastError)") }
        defer { close(slave) }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(slave, UInt(TIOCSWINSZ), &size) == 0 else { throw BenchError("TIOCSWINSZ: \(Self.lastError)") }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, without O_NOCTTY: the pty becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigmask(&attributes, &noMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP, SIGTSTP, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        let marker = Array(marker.utf8)
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw BenchError("posix_spawn \(executable): \(String(cString: strerror(spawned)))") }
        defer { Self.stop(pid, master: master, quitBytes: quitBytes) }

        var lastByte: UInt64?
        let deadline = start + timeoutSeconds * 1_000_000_000
        while true {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, lastByte == nil ? 100 : settleMilliseconds)
            let now = DispatchTime.now().uptimeNanoseconds
            if ready > 0 {
                let count = read(master, &chunk, chunk.count)
                if count > 0 {
                    let searchFrom = max(0, output.count - marker.count + 1)
                    output += chunk[0..<count]
                    if lastByte != nil || Self.contains(output, marker, from: searchFrom) { lastByte = now }
                    continue
                }
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                break
            }
            if ready < 0 {
                if errno == EINTR { continue }
                throw BenchError("poll: \(Self.lastError)")
            }
            if lastByte != nil { break }
            if now > deadline { throw BenchError("no \"\(String(decoding: marker, as: UTF8.self))\" within \(timeoutSeconds) s: \(Self.tail(output))") }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                pid = 0
                throw BenchError("\(executable) exited (status \(status)) before drawing the marker: \(Self.tail(output))")
            }
        }
        guard let lastByte else { throw BenchError("\(executable) closed the terminal before the marker: \(Self.tail(output))") }
        return (lastByte - start, output)
    }

    /// TIOCSPTLCK, `_IOW('T', 0x31, int)`: unlocks the pty's other end.
    private static let setPTYLock: UInt = 0x4004_5431
    /// TIOCGPTN, `_IOR('T', 0x30, unsigned int)`: the number of the pty's other end under /dev/pts.
    private static let getPTYNumber: UInt = 0x8004_5430

    /// POSIX_SPAWN_SETSID (glibc, `_GNU_SOURCE`): the child starts a new session before the file actions run.
    private static let spawnSetSID: Int32 = 0x80

    /// Asks the child to quit with `quitBytes` (reading whatever it writes meanwhile), then SIGTERM,
    /// then SIGKILL, and reaps it.
    private static func stop(_ pid: pid_t, master: Int32, quitBytes: [UInt8]) {
        guard pid > 0 else { return }
        if !quitBytes.isEmpty { _ = quitBytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) } }
        var chunk = [UInt8](repeating: 0, count: 4_096)
        for (signal, patience) in [(Int32(0), 200), (SIGTERM, 100), (SIGKILL, 1_000)] {
            if signal != 0 { kill(pid, signal) }
            for _ in 0..<patience {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid { return }
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, 10) > 0 { _ = read(master, &chunk, chunk.count) }
            }
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8], from start: Int) -> Bool {
        guard !needle.isEmpty, haystack.count - start >= needle.count else { return needle.isEmpty }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    private static func tail(_ output: [UInt8]) -> String {
        String(decoding: output.suffix(300), as: UTF8.self).debugDescription
    }

    private static var lastError: String { String(cString: strerror(errno)) }
}
