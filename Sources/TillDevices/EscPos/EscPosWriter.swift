/// The bytes of one job as they are written, together with the printer state they leave behind
/// (alignment, code page), so a command is sent only when the state must change.
struct EscPosWriter {
    static let lineFeed: UInt8 = 0x0A
    static let escape: UInt8 = 0x1B
    static let groupSeparator: UInt8 = 0x1D

    let profile: PrinterProfile
    private(set) var bytes: [UInt8]
    /// What `ESC a` is set to; `ESC @` resets it to left.
    private var alignment = TextAlignment.left
    /// The code page selected since `ESC @`, or nil while the printer's power-on page (which a
    /// memory switch may have changed) is still in force.
    var codePage: CodePageSlot?

    /// A writer whose first bytes are `ESC @`.
    init(profile: PrinterProfile) {
        self.profile = profile
        bytes = [Self.escape, 0x40]
    }

    mutating func append(_ command: [UInt8]) {
        bytes += command
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Sends `ESC a n` unless the printer is already aligned that way.
    mutating func align(_ wanted: TextAlignment) {
        guard wanted != alignment else { return }
        alignment = wanted
        let n: UInt8 = switch wanted {
        case .left: 0
        case .center: 1
        case .right: 2
        }
        append([Self.escape, 0x61, n])
    }

    /// One line of text in `style`, then LF, then every style it switched on switched off again.
    mutating func line(_ text: String, style: TextStyle, alignment: TextAlignment) {
        var on: [UInt8] = []
        var off: [UInt8] = []
        let size: UInt8 = (style.doubleHeight ? 0x10 : 0) | (style.doubleWidth ? 0x20 : 0)
        // `ESC !` first: it also rewrites the bold and underline bits, so it would undo `ESC E`/`ESC -`.
        if size != 0 {
            on += [Self.escape, 0x21, size]
            off += [Self.escape, 0x21, 0]
        }
        if style.bold {
            on += [Self.escape, 0x45, 1]
            off += [Self.escape, 0x45, 0]
        }
        if style.underline {
            on += [Self.escape, 0x2D, 1]
            off += [Self.escape, 0x2D, 0]
        }
        if style.inverted {
            on += [Self.groupSeparator, 0x42, 1]
            off += [Self.groupSeparator, 0x42, 0]
        }
        append(on)
        align(alignment)
        appendText(text)
        append(Self.lineFeed)
        append(off)
    }

    /// Blank lines, refused when negative.
    mutating func feed(lines: Int) throws(EscPosError) {
        guard lines >= 0 else { throw .negativeFeed(lines) }
        appendFeed(lines)
    }

    /// The profile's feed, then its cut command.
    mutating func cut(_ kind: CutKind) {
        appendFeed(profile.feedLinesBeforeCut)
        switch profile.cut {
        case .gsV:
            append([Self.groupSeparator, 0x56, kind == .full ? 0 : 1])
        case .gsVFeed(let extraDots):
            append([Self.groupSeparator, 0x56, kind == .full ? 65 : 66, UInt8(extraDots)])
        case .escI:
            append([Self.escape, kind == .full ? 0x69 : 0x6D])
        case .none:
            break
        }
    }

    /// `ESC d n`, split into steps of 255 lines (the most one byte says).
    private mutating func appendFeed(_ lines: Int) {
        var left = lines
        while left > 0 {
            let step = min(left, 255)
            append([Self.escape, 0x64, UInt8(step)])
            left -= step
        }
    }
}
