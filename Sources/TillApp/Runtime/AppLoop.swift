import Foundation
public import TermUI

/// The one-thread loop that owns the terminal: read a key, send it to the app, draw the frame.
///
/// A key read times out after a quarter second, so the clock and the idle lock tick even while
/// nobody types. The loop ends when the app asks to quit or the backend fails (for example when
/// the input is closed).
public struct AppLoop<Backend: TerminalBackend> {
    public var terminal: Terminal<Backend>
    public var app: App
    public let theme: Theme

    public init(backend: Backend, app: App, theme: Theme) {
        terminal = Terminal(backend: backend)
        self.app = app
        self.theme = theme
    }

    /// Runs until quit; each event is applied and the frame redrawn.
    public mutating func run() throws(TerminalError) {
        app.send(.tick(app.environment.now()))
        try draw()
        while !app.state.wantsToQuit {
            let event = try terminal.withBackend { backend throws(TerminalError) in try backend.readEvent(timeout: .milliseconds(250)) }
            switch event {
            case .key(let chord)?: app.send(.key(chord))
            case .resize?: terminal.invalidate()
            case nil: app.send(.tick(app.environment.now()))
            }
            app.receiveBackgroundEvents()
            try draw()
        }
    }

    /// Renders the app's state and flushes the cells that changed.
    public mutating func draw() throws(TerminalError) {
        if app.state.needsFullRedraw {
            app.state.needsFullRedraw = false
            terminal.invalidate()
        }
        let theme = theme
        var state = app.state
        _ = try terminal.draw { buffer in AppScreen.render(&state, into: &buffer, theme: theme) }
        app.state = state
    }
}
