import TermUI

/// Why the curses terminal could not be opened or stopped working, worded for the person at the till.
public enum CursesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// ncurses has no description of this terminal type (`TERM`); nil when `TERM` is not set.
    case unknownTerminal(String?)
    /// The terminal type cannot move the cursor (`dumb`, hard-copy types), so it cannot show a screen.
    case cannotAddressCursor(String)
    /// A device or file given for input or output could not be opened.
    case cannotOpen(path: String, errno: Int32)
    /// A file descriptor given for input or output could not be used.
    case badFileDescriptor(Int32, errno: Int32)
    /// Another curses session is still open in this process; ncurses drives one screen at a time.
    case alreadyOpen
    /// The session was closed; nothing more can be drawn or read.
    case closed
    /// The input reached end of file or hung up, so no key can ever arrive.
    case inputClosed
    /// ncurses refused to bring the screen up to date.
    case updateFailed

    public var description: String {
        switch self {
        case .unknownTerminal(let name?):
            "unknown terminal type \"\(name)\": set TERM to a type this system knows (try xterm-256color)"
        case .unknownTerminal(nil):
            "TERM is not set: set it to the terminal's type (try xterm-256color)"
        case .cannotAddressCursor(let name):
            "terminal type \"\(name)\" cannot move the cursor: run Till in a full-screen terminal (xterm-256color)"
        case .cannotOpen(let path, let errno):
            "cannot open \(path) for the terminal (errno \(errno))"
        case .badFileDescriptor(let descriptor, let errno):
            "cannot use file descriptor \(descriptor) for the terminal (errno \(errno))"
        case .alreadyOpen:
            "a curses session is already open in this process"
        case .closed:
            "the curses session is closed"
        case .inputClosed:
            "the terminal's input is closed: no more keys can arrive"
        case .updateFailed:
            "the terminal could not be updated"
        }
    }

    /// The same failure as the ``TerminalBackend`` protocol reports it.
    var terminalError: TerminalError { TerminalError(description) }
}
