import CNcursesw
import Glibc

/// Puts the terminal back into its normal mode when the process is killed or crashes with a curses
/// screen up, so the shell is never left raw, echo-less and on the alternate screen.
///
/// The handler only calls `endwin` (which ncurses's own SIGINT handler calls too), puts back the
/// action that was there before and lets the signal happen again: a default action then ends the
/// process with status 128 + signal, and Swift's crash backtracer, when installed, still reports the
/// crash, with the faulting address intact.
struct TerminalRestore {
    /// Signals that end the process (so the terminal must be restored first), including crashes.
    static let signals: [Int32] = [
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP,
    ]

    /// Whether `signal` is a crash the processor reports on an instruction, which faults again when
    /// the handler returns.
    static func isFault(_ signal: Int32) -> Bool {
        switch signal {
        case SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP: true
        default: false
        }
    }

    /// The signals this value put its handler on, so ``uninstall()`` restores exactly those.
    private let installed: [Int32]
    /// Which of them the calling thread blocked before ``install()``, blocked again by ``uninstall()``.
    private let wasBlocked: [Int32]

    /// Installs the restoring handler on every signal in ``signals`` that is not ignored.
    ///
    /// Installed before `newterm`, so ncurses sees a handler in place and does not add its own
    /// SIGINT/SIGTERM handler, which would exit with status 1 instead of re-raising.
    static func install() -> TerminalRestore {
        var installed: [Int32] = []
        for signal in signals {
            let previous = previousActions + Int(signal)
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = restoreAndRaise
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigemptyset(&action.sa_mask)
            guard sigaction(signal, nil, previous) == 0, !isIgnored(previous.pointee) else { continue }
            if sigaction(signal, &action, nil) == 0 {
                installed.append(signal)
            }
        }
        return TerminalRestore(installed: installed, wasBlocked: unblock(installed))
    }

    /// Unblocks `signals` in the calling thread and returns those that were blocked: a mask inherited
    /// from the parent (a test runner's thread, a service manager) would otherwise hold SIGHUP back
    /// forever, and a till whose terminal went away would never end.
    private static func unblock(_ signals: [Int32]) -> [Int32] {
        var current = sigset_t()
        pthread_sigmask(SIG_SETMASK, nil, &current)
        let blocked = signals.filter { sigismember(&current, $0) == 1 }
        var set = sigset_t()
        sigemptyset(&set)
        for signal in blocked { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        return blocked
    }

    /// Puts back the actions, and the blocked signals, that were in place before ``install()``.
    func uninstall() {
        for signal in installed {
            sigaction(signal, previousActions + Int(signal), nil)
        }
        var set = sigset_t()
        sigemptyset(&set)
        for signal in wasBlocked { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Makes a normal `exit` with a screen still up restore the terminal too; registered once per
    /// process, and harmless after the session closed (`endwin` without a screen does nothing).
    static func registerExitHook() {
        _ = exitHook
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        let handler = unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
        return action.sa_flags & SA_SIGINFO == 0 && handler == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}

/// The actions in place before ours, indexed by signal number; written before the handler is
/// installed and only read by it.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
    actions.initialize(repeating: sigaction(), count: signalSlots)
    return actions
}()

/// One past the highest signal number Linux delivers.
private let signalSlots = 65

/// A handler that is told how the signal came (`SA_SIGINFO`).
private typealias SignalHandler = @convention(c) (
    Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?
) -> Void

/// The signal handler: restore, put the previous action back, and have the signal again: a fault
/// the kernel raised recurs by itself when the instruction re-runs; anything else is raised, to be
/// delivered once the handler returns.
private let restoreAndRaise: SignalHandler = { signal, info, _ in
    _ = endwin()
    sigaction(signal, previousActions + Int(signal), nil)
    let recurs = (info?.pointee.si_code ?? 0) > 0 && TerminalRestore.isFault(signal)
    if !recurs {
        raise(signal)
    }
}

/// Registers `endwin` with `atexit` the first time it is read, which happens once per process.
private let exitHook: Void = {
    atexit { _ = endwin() }
}()
