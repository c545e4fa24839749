import Glibc
import TermUI
import Testing

@testable import TermUICurses

extension RealCurses {
    /// Restoring the terminal: handlers are in place exactly while a screen is open, and the locale
    /// is made UTF-8 so wide characters survive.
    @Suite struct TerminalRestoreTests {
        /// The handler address and flags installed for `signal` now.
        private func action(for signal: Int32) -> (handler: Int, flags: Int32) {
            var current = sigaction()
            sigaction(signal, nil, &current)
            return (unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self), current.sa_flags)
        }

        @Test func signalHandlersLiveExactlyAsLongAsTheScreen() throws {
            let before = TerminalRestore.signals.map(action(for:))
            let backend = try RealCurses.open()
            for signal in [SIGINT, SIGTERM, SIGSEGV] {
                #expect(action(for: signal).flags & SA_SIGINFO != 0)
            }
            backend.close()
            let after = TerminalRestore.signals.map(action(for:))
            #expect(after.map(\.handler) == before.map(\.handler))
            // glibc adds SA_RESTORER (0x04000000) to every action it installs, restored ones too: a
            // signal never touched before reads 0, after the restore SA_RESTORER alone.
            let restorer: Int32 = 0x0400_0000
            #expect(after.map { $0.flags & ~restorer } == before.map { $0.flags & ~restorer })
        }

        @Test func aHangupBlockedByTheParentIsUnblockedWhileTheScreenIsOpen() throws {
            var hangup = sigset_t()
            sigemptyset(&hangup)
            sigaddset(&hangup, SIGHUP)
            var original = sigset_t()
            pthread_sigmask(SIG_BLOCK, &hangup, &original)
            defer { pthread_sigmask(SIG_SETMASK, &original, nil) }
            let isBlocked = { () -> Bool in
                var current = sigset_t()
                pthread_sigmask(SIG_SETMASK, nil, &current)
                return sigismember(&current, SIGHUP) == 1
            }
            let backend = try RealCurses.open()
            #expect(!isBlocked())
            backend.close()
            #expect(isBlocked())
        }

        @Test func charactersAreUTF8AfterOpening() throws {
            let backend = try RealCurses.open()
            defer { backend.close() }
            #expect(CursesLocale.isUTF8)
        }
    }
}
