import CNcursesw
import TermUI

/// Writing frames: each cell of the runs the diff hands over goes to the window as a `cchar_t`; the
/// terminal sees them at the next ``flush(cursor:)``.
extension CursesSession {
    /// Writes the runs into the window, skipping the right halves of wide characters.
    func draw(_ runs: [CellRun]) {
        guard isOpen else { return }
        for run in runs {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                put(cell, x: Int32(clamping: run.x + offset), y: Int32(clamping: run.y))
            }
        }
    }

    /// Blanks the window and makes the next update clear the terminal before drawing.
    func clear() {
        guard isOpen else { return }
        wclear(window)
    }

    /// Rings the bell, or flashes the screen on a terminal without one.
    func beep() {
        guard isOpen else { return }
        if CNcursesw.beep() == ERR { _ = flash() }
    }

    /// Sends everything written since the last update to the terminal, then shows the cursor at
    /// `cursor` or hides it.
    func flush(cursor: Position?) throws(CursesError) {
        guard isOpen else { throw .closed }
        if let cursor {
            leaveok(window, false)
            wmove(window, Int32(clamping: cursor.y), Int32(clamping: cursor.x))
        } else if isCursorVisible {
            curs_set(0)
            leaveok(window, true)
            isCursorVisible = false
        }
        wnoutrefresh(window)
        guard doupdate() != ERR else { throw .updateFailed }
        if cursor != nil, !isCursorVisible {
            curs_set(1)
            isCursorVisible = true
        }
    }

    private func put(_ cell: Cell, x: Int32, y: Int32) {
        let (attributes, pair) = appearance(of: cell.style)
        var pairNumber = pair
        var character = cchar_t()
        var text: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &text) { bytes in
            let wide = bytes.bindMemory(to: wchar_t.self)
            for (index, scalar) in cell.symbol.unicodeScalars.prefix(Int(CCHARW_MAX)).enumerated() {
                wide[index] = wchar_t(bitPattern: scalar.value)
            }
            _ = setcchar(&character, wide.baseAddress, attributes, Int16(clamping: pair), &pairNumber)
        }
        mvwadd_wch(window, y, x, &character)
    }

    /// The ncurses attributes and colour pair for `style`, remembering the last one asked for.
    private func appearance(of style: Style) -> (attr_t, Int32) {
        if let last = lastStyle, last.style == style {
            return (last.attributes, last.pair)
        }
        let pair = colors.pair(foreground: style.foreground, background: style.background)
        let attributes = CursesSession.attributes(style.attributes)
        lastStyle = (style, attributes, pair)
        return (attributes, pair)
    }

    /// The ncurses attribute bits for TermUI's attributes.
    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var bits = till_a_normal()
        if attributes.contains(.bold) { bits |= till_a_bold() }
        if attributes.contains(.dim) { bits |= till_a_dim() }
        if attributes.contains(.underline) { bits |= till_a_underline() }
        if attributes.contains(.reverse) { bits |= till_a_reverse() }
        return bits
    }
}
