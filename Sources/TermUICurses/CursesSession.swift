import CNcursesw
import Glibc
import TermUI

/// One ncurses screen and the streams it runs on: brings the terminal into program mode and is the
/// one place that puts it back, on ``close()`` or, failing that, when the last reference goes.
final class CursesSession {
    let window: UnsafeMutablePointer<WINDOW>
    var colors: CursesColors
    private(set) var isOpen = true
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    private let outputStart: Int
    private let restore: TerminalRestore?
    var reader = CursesReader()
    /// Cached conversion of the last style drawn, as runs mostly repeat one style.
    var lastStyle: (style: Style, attributes: attr_t, pair: Int32)?
    var isCursorVisible = false

    /// Opens the terminal the options name and switches it to raw, keypad, no-echo mode.
    init(options: CursesOptions) throws(CursesError) {
        guard till_stdscr() == nil else { throw .alreadyOpen }
        CursesLocale.prepare()
        let input = try CursesSession.open(options.input, standard: STDIN_FILENO, forWriting: false)
        let output: UnsafeMutablePointer<FILE>
        do {
            output = try CursesSession.open(options.output, standard: STDOUT_FILENO, forWriting: true)
        } catch {
            fclose(input)
            throw error
        }
        let restore = options.restoresOnSignals ? TerminalRestore.install() : nil
        let terminalType = options.terminalType
        let opened = terminalType.map { newterm($0, output, input) } ?? newterm(nil, output, input)
        let name = terminalType ?? CursesSession.environmentTerminal
        guard let screen = opened, let window = till_stdscr(), CursesSession.canAddressCursor else {
            if let opened {
                endwin()
                delscreen(opened)
            }
            restore?.uninstall()
            fclose(input)
            fclose(output)
            throw opened == nil ? .unknownTerminal(name) : .cannotAddressCursor(name ?? "unknown")
        }
        TerminalRestore.registerExitHook()
        self.screen = screen
        self.window = window
        self.input = input
        self.output = output
        self.restore = restore
        let start = lseek(fileno(output), 0, SEEK_CUR)
        self.outputStart = start < 0 ? 0 : Int(start)
        if let size = options.size {
            resize_term(Int32(clamping: size.height), Int32(clamping: size.width))
        }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(Int32(clamping: CursesReader.milliseconds(options.escapeDelay)))
        typeahead(-1)
        curs_set(0)
        leaveok(window, true)
        colors = CursesColors.start()
    }

    deinit {
        close()
    }

    /// Puts the terminal back as it was and frees the screen; later calls do nothing.
    func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        delscreen(screen)
        restore?.uninstall()
        fclose(input)
        fclose(output)
    }

    /// The screen size as ncurses knows it now (it tracks resizes itself).
    var size: Size {
        guard isOpen else { return Size(width: 0, height: 0) }
        return Size(width: Int(till_cols()), height: Int(till_lines()))
    }

    /// The descriptor keys are read from, for telling a closed input from a quiet one.
    var inputDescriptor: Int32 { fileno(input) }

    /// Bytes written to the output since the session opened, when it is a file that can tell
    /// (a regular file or `/dev/null`); nil for a terminal or a pipe.
    var outputByteCount: Int? {
        fflush(output)
        let position = lseek(fileno(output), 0, SEEK_CUR)
        return position < 0 ? nil : Int(position) - outputStart
    }

    /// Whether the terminal just opened can move its cursor anywhere (`cup`); `dumb` and hard-copy
    /// types cannot, and would print the screen as a stream of text.
    private static var canAddressCursor: Bool {
        guard let capability = tigetstr("cup") else { return false }
        return Int(bitPattern: capability) != -1
    }

    /// `TERM` from the environment, for the error when ncurses does not know it.
    private static var environmentTerminal: String? {
        getenv("TERM").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A `FILE` for one side of the connection, always on a descriptor of its own so closing the
    /// session never closes the caller's.
    private static func open(_ stream: CursesStream, standard: Int32, forWriting: Bool) throws(CursesError)
        -> UnsafeMutablePointer<FILE>
    {
        let descriptor: Int32
        switch stream {
        case .standard, .fileDescriptor:
            let original = if case .fileDescriptor(let given) = stream { given } else { standard }
            descriptor = fcntl(original, F_DUPFD_CLOEXEC, 0)
            guard descriptor >= 0 else { throw .badFileDescriptor(original, errno: errno) }
        case .path(let path):
            let flags = forWriting ? O_WRONLY | O_CREAT | O_TRUNC : O_RDONLY
            descriptor = Glibc.open(path, flags | O_CLOEXEC | O_NOCTTY, 0o644)
            guard descriptor >= 0 else { throw .cannotOpen(path: path, errno: errno) }
        }
        guard let file = fdopen(descriptor, forWriting ? "w" : "r") else {
            let failure = errno
            Glibc.close(descriptor)
            throw .badFileDescriptor(descriptor, errno: failure)
        }
        return file
    }
}
