import Foundation
public import TermUI
import TillDevices

/// The one-thread loop that owns the terminal: read a key, send it to the app, draw the frame.
///
/// A key read times out after a tenth of a second, so the clock, the idle lock and what background
/// work posts (scans, the printer) are taken up even while nobody types. Keys pass through the
/// keyboard-wedge detector first, which may hold them for a few milliseconds to tell a scan from
/// typing. The loop ends when the app asks to quit or the backend fails (for example when the input
/// is closed).
public struct AppLoop<Backend: TerminalBackend> {
    public var terminal: Terminal<Backend>
    public var app: App
    public let theme: Theme
    private var wedge: KeyboardWedge

    /// How long a key read waits when the wedge holds nothing.
    static var idleWait: Duration { .milliseconds(100) }

    public init(backend: Backend, app: App, theme: Theme) {
        terminal = Terminal(backend: backend)
        self.app = app
        self.theme = theme
        wedge = KeyboardWedge(mode: app.state.profile.keyboardScanner)
    }

    /// Runs until quit; each event is applied and the frame redrawn.
    public mutating func run() throws(TerminalError) {
        app.send(.tick(app.environment.now()))
        try draw()
        while !app.state.wantsToQuit {
            let wait = wedge.deadline.map { min(Self.idleWait, max(.zero, $0 - .now)) } ?? Self.idleWait
            let event = try terminal.withBackend { backend throws(TerminalError) in try backend.readEvent(timeout: wait) }
            switch event {
            case .key(let chord)?: deliver(wedge.feed(chord, at: .now))
            case .resize?: terminal.invalidate()
            case nil:
                deliver(wedge.release(at: .now))
                app.send(.tick(app.environment.now()))
            }
            app.receiveBackgroundEvents()
            try draw()
        }
    }

    /// Sends typed keys and scans to the app, in the order the wedge settled them.
    private mutating func deliver(_ settled: [KeyboardWedge.Output]) {
        for output in settled {
            switch output {
            case .key(let chord): app.send(.key(chord))
            case .scan(let scan): app.send(.scanned(scan))
            }
        }
    }

    /// Renders the app's state, flushes the cells that changed, and rings the bell if asked.
    public mutating func draw() throws(TerminalError) {
        if app.state.needsFullRedraw {
            app.state.needsFullRedraw = false
            terminal.invalidate()
        }
        if app.state.bell {
            app.state.bell = false
            terminal.withBackend { $0.beep() }
        }
        let theme = theme
        var state = app.state
        _ = try terminal.draw { buffer in AppScreen.render(&state, into: &buffer, theme: theme) }
        app.state = state
    }
}
