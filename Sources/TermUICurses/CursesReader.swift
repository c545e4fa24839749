import CNcursesw
import Glibc
import TermUI

/// Reading keys: waits for input with `wtimeout`, decodes it, reports resizes, and tells a closed
/// input (which makes `wget_wch` fail at once, forever) from a quiet one so the loop cannot spin.
struct CursesReader {
    /// Consecutive failed reads on a readable or hung-up input after which it counts as closed.
    static let closedAfter = 3

    private var decoder = CursesKeyDecoder()
    private var pending: [InputEvent] = []
    private var failedReads = 0
    private var currentWait: Int32?

    /// The next key or resize, waiting at most `timeout` for the first byte; nil when nothing came.
    mutating func next(from session: CursesSession, timeout: Duration) throws(CursesError) -> InputEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        var wait = Int32(clamping: CursesReader.milliseconds(timeout))
        while true {
            let input = read(session.window, waiting: wait)
            wait = 0
            let step: CursesKeyDecoder.Step
            switch input {
            case .keyCode(KEY_RESIZE, _)?:
                failedReads = 0
                let resize = InputEvent.resize(session.size)
                guard decoder.isPending, case .key(let chord) = decoder.feed(nil) else { return resize }
                pending.append(resize)
                return .key(chord)
            case let input?:
                failedReads = 0
                step = decoder.feed(input)
            case nil where decoder.isPending:
                step = decoder.feed(nil)
            case nil:
                guard CursesReader.hasEnded(session.inputDescriptor) else {
                    failedReads = 0
                    return nil
                }
                failedReads += 1
                guard failedReads < CursesReader.closedAfter else { throw .inputClosed }
                continue
            }
            switch step {
            case .key(let chord): return .key(chord)
            case .needMore: continue
            case .ignored: return nil
            }
        }
    }

    /// One `wget_wch`, waiting `milliseconds` (0: only what is already there).
    private mutating func read(_ window: UnsafeMutablePointer<WINDOW>, waiting milliseconds: Int32) -> CursesInput? {
        if currentWait != milliseconds {
            wtimeout(window, milliseconds)
            currentWait = milliseconds
        }
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES:
            let code = Int32(bitPattern: value)
            let name = code > KEY_MAX ? keyname(code).map { String(cString: $0) } : nil
            return .keyCode(code, name: name)
        case OK:
            return .character(value)
        default:
            return nil
        }
    }

    /// Whether input that just gave nothing is readable or hung up anyway: that is end of file.
    static func hasEnded(_ descriptor: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 0) > 0 else { return false }
        return poller.revents & Int16(POLLIN | POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Whole milliseconds in `duration`, never negative.
    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, attoseconds >= 0 else { return 0 }
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        return overflow ? Int.max : Int(clamping: whole) + Int(attoseconds / 1_000_000_000_000_000)
    }
}
