/// Something that draws itself into part of a buffer, so screens compose from small values.
///
/// Widgets never touch the terminal and keep no state between frames; a widget that scrolls takes
/// its scroll position as an `inout` state argument instead (see ``Table``). Each widget reads its
/// styles from the theme under its `styleKey` and dotted sub-keys (`"table.selected"`), which fall
/// back to the widget's key and then to the theme's default.
public protocol Widget {
    func render(into buffer: inout Buffer, area: Rect, theme: Theme)
}
