/// Something that happened at the terminal, as the backend reports it.
public enum InputEvent: Sendable, Hashable {
    case key(KeyChord)
    /// The terminal now has this size; the next frame repaints everything.
    case resize(Size)
}
