import Glibc
import Synchronization

/// A pseudo-terminal playing a serial scanner or scale: the code under test opens the terminal side
/// by its path (or a symlink to it), the test plays the device on the controlling side. Closing the
/// controlling side is what unplugging a CDC-ACM device looks like to the reader.
final class FakeSerialDevice: Sendable {
    /// The terminal side's path, such as `/dev/pts/3` (from openpty: Swift's Glibc lacks ptsname).
    let path: String
    let controller: Int32
    private let terminal: Int32
    private let open = Mutex(true)

    init() throws {
        var controller: Int32 = 0
        var terminal: Int32 = 0
        var name = [CChar](repeating: 0, count: 4096)
        guard openpty(&controller, &terminal, &name, nil, nil) == 0 else { throw SystemCallError.current }
        self.controller = controller
        self.terminal = terminal
        path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { unplug() }

    /// Sends bytes to the reader, as the device would.
    func send(_ bytes: [UInt8]) throws {
        guard Glibc.write(controller, bytes, bytes.count) == bytes.count else { throw SystemCallError.current }
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    /// What the code under test wrote, waiting up to `milliseconds` for at least one byte.
    func received(withinMilliseconds milliseconds: Int32) -> [UInt8] {
        var entry = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = Glibc.read(controller, &buffer, buffer.count)
        return count > 0 ? Array(buffer.prefix(count)) : []
    }

    /// What the code under test wrote, waiting up to a second for `count` bytes.
    func received(count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        let deadline = ContinuousClock.now + .seconds(1)
        while bytes.count < count, ContinuousClock.now < deadline {
            bytes += received(withinMilliseconds: 100).prefix(count - bytes.count)
        }
        return bytes
    }

    /// The line settings the code under test left on the terminal.
    func attributes() throws -> termios {
        var settings = termios()
        guard tcgetattr(terminal, &settings) == 0 else { throw SystemCallError.current }
        return settings
    }

    /// Closes both sides: the reader's descriptor hangs up and the path disappears.
    func unplug() {
        open.withLock { open in
            guard open else { return }
            open = false
            Glibc.close(controller)
            Glibc.close(terminal)
        }
    }
}

/// A stable device path (like a udev `SYMLINK+="scanner0"`) that can point at one pseudo-terminal
/// after another, or at nothing.
struct DeviceLink {
    let directory: TemporaryDirectory
    let path: String

    init(name: String = "device0") throws {
        directory = try TemporaryDirectory()
        path = directory.path + "/" + name
    }

    /// Points the link at `target`, replacing what it pointed at in one step.
    func point(at target: String) throws {
        let staging = path + ".new"
        unlink(staging)
        guard symlink(target, staging) == 0, rename(staging, path) == 0 else { throw SystemCallError.current }
    }

    func remove() {
        directory.remove()
    }
}

/// Waits for a condition that another thread makes true, checking often and giving up at a deadline.
func eventually(within limit: Duration = .seconds(3), _ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + limit
    while !condition() {
        guard ContinuousClock.now < deadline else { return false }
        usleep(2_000)
    }
    return true
}
