#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TillCore

/// Reads a PIN from standard input so it never appears in the shell history or in `ps`: asked for
/// without echo when a person is at a terminal (twice when `confirm`, for a new PIN), else taken from
/// the first line (a script's pipe).
enum PINPrompt {
    static func read(for name: String, confirm: Bool = true) throws -> PIN {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else {
                throw CommandFailure(description: "no PIN on standard input: pipe one line holding the PIN, or run this in a terminal to be asked for it")
            }
            return try pin(line.hasSuffix("\r") ? String(line.dropLast()) : line)
        }
        let first = try pin(try hiddenLine(prompt: "PIN for \(name): "))
        guard confirm else { return first }
        guard try hiddenLine(prompt: "The same PIN again: ") == first.digits else {
            throw CommandFailure(description: "the two PINs differ; nothing was changed")
        }
        return first
    }

    private static func pin(_ text: String) throws -> PIN {
        do {
            return try PIN(text)
        } catch {
            throw CommandFailure(description: error.description)
        }
    }

    /// One line typed at the terminal with echo off; echo comes back afterwards, and on Ctrl-C too.
    private static func hiddenLine(prompt: String) throws -> String {
        guard tcgetattr(STDIN_FILENO, &savedTerminal) == 0 else {
            throw CommandFailure(description: "cannot turn off echo to read the PIN: \(String(cString: strerror(errno)))")
        }
        var silent = savedTerminal
        silent.c_lflag &= ~tcflag_t(ECHO)
        for signalNumber in [SIGINT, SIGTERM] { signal(signalNumber, restoreAndRaise) }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal)
            for signalNumber in [SIGINT, SIGTERM] { signal(signalNumber, SIG_DFL) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        FileHandle.standardError.write(Data(prompt.utf8))
        guard let line = readLine(strippingNewline: true) else {
            throw CommandFailure(description: "no PIN was typed; nothing was changed")
        }
        return line
    }
}

/// The terminal settings from before echo was turned off; a global because a signal handler cannot capture.
nonisolated(unsafe) private var savedTerminal = termios()

/// Puts echo back and lets the signal end the process as it would have (tcsetattr is async-signal-safe).
private func restoreAndRaise(_ signalNumber: Int32) {
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal)
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
