/// How a serial or CDC-ACM scanner is read: its line, where each scan ends, and how often a scanner
/// that is gone is looked for again.
public struct SerialScannerSettings: Hashable, Sendable {
    /// Baud and character format; a CDC-ACM scanner ignores the baud, an RS-232 one must match it.
    public var line: SerialSettings
    /// The suffix the scanner is set to send after each scan.
    public var terminator: ScanTerminator
    /// The longest scan accepted before the stream counts as missing its terminator.
    public var maximumScanLength: Int
    /// The waits between attempts to open a scanner that is absent or was unplugged.
    public var reopenBackoff: ReopenBackoff

    public init(line: SerialSettings = SerialSettings(), terminator: ScanTerminator = .cr,
                maximumScanLength: Int = 256, reopenBackoff: ReopenBackoff = .standard) {
        self.line = line
        self.terminator = terminator
        self.maximumScanLength = maximumScanLength
        self.reopenBackoff = reopenBackoff
    }
}

/// Waits that double after each failed attempt up to a ceiling, so a scanner plugged back in is
/// found within a second or two and an absent one costs an attempt every half minute at most.
public struct ReopenBackoff: Hashable, Sendable {
    /// The wait after the first failure.
    public var first: Duration
    /// The longest wait.
    public var maximum: Duration

    /// 1 s, 2 s, 4 s, … up to 30 s.
    public static let standard = ReopenBackoff(first: .seconds(1), maximum: .seconds(30))

    public init(first: Duration, maximum: Duration) {
        self.first = first
        self.maximum = max(first, maximum)
    }

    /// The wait after `failures` consecutive failed attempts before this one (0 for the first).
    public func delay(afterFailures failures: Int) -> Duration {
        var delay = first
        var doublings = 0
        while doublings < failures, delay < maximum {
            delay = min(delay * 2, maximum)
            doublings += 1
        }
        return delay
    }
}
