public import TermUI

/// The one-thread loop that owns the terminal: read a key, update the session, draw the frame.
///
/// Typed characters go to the command line first; everything else becomes a named action through
/// the keymap. The loop ends when the session asks to quit or the backend fails (for example when
/// the input is closed).
public struct AppLoop<Backend: TerminalBackend> {
    public var terminal: Terminal<Backend>
    public var session: SaleSession
    public let screen: SaleScreen
    public let theme: Theme

    public init(backend: Backend, session: SaleSession, screen: SaleScreen, theme: Theme) {
        terminal = Terminal(backend: backend)
        self.session = session
        self.screen = screen
        self.theme = theme
    }

    /// Runs until quit; each event is applied and the frame redrawn.
    public mutating func run() throws(TerminalError) {
        try draw()
        while !session.wantsToQuit {
            let event = try terminal.withBackend { backend throws(TerminalError) in try backend.readEvent(timeout: .milliseconds(250)) }
            guard let event else { continue }
            apply(event)
            try draw()
        }
    }

    /// Applies one input event to the session.
    public mutating func apply(_ event: InputEvent) {
        switch event {
        case .resize: terminal.invalidate()
        case .key(let chord):
            if session.type(chord) { return }
            if let name = screen.keymap.action(for: chord, in: "sale"), let action = Action(rawValue: name) {
                if action == .redraw { terminal.invalidate() }
                session.handle(action)
            }
        }
    }

    public mutating func draw() throws(TerminalError) {
        let theme = theme
        let screen = screen
        var session = session
        try terminal.draw { buffer in screen.render(&session, into: &buffer, theme: theme) }
        self.session = session
    }
}
