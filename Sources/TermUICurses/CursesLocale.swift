import Glibc

/// The C locale setup ncurses needs before `newterm`: without a UTF-8 `LC_CTYPE` it measures wide
/// characters wrongly and silently drops every non-ASCII character.
enum CursesLocale {
    /// Takes the locale from the environment and falls back to `C.UTF-8` for characters when that
    /// is not UTF-8 (a bare `C` or `POSIX` locale, as in services and containers).
    ///
    /// - Returns: Whether characters are now UTF-8.
    @discardableResult
    static func prepare() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8
    }

    /// Whether the current character encoding is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
