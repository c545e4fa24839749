/// The page `till printer test` prints, so a shop can see at a glance whether the profile matches
/// the printer: width, styles, accented and Cyrillic text, barcode, QR code and cut.
extension PrintDocument {
    /// A test page for `profile`: its name and settings, a column ruler that should exactly fill one
    /// line, each text style, characters from every code page Till uses, an EAN-13, a QR code, a cut.
    public static func testPage(profile: PrinterProfile) -> PrintDocument {
        var page = PrintDocument()
        page.append(.line("Till printer test", style: .large, alignment: .center))
        page.append(.line(profile.name, style: .bold, alignment: .center))
        page.append(.line("\(profile.columns) columns, \(profile.dotsPerLine) dots"))
        page.append(.line(ruler(columns: profile.columns)))
        page.append(.line("Code pages: " + profile.codePages.map { "\($0.codePage.rawValue.uppercased()) (\($0.number))" }
            .joined(separator: ", ")))
        page.append(.feed(lines: 1))
        page.append(.line("Plain"))
        page.append(.line("Bold", style: .bold))
        page.append(.line("Underline", style: TextStyle(underline: true)))
        page.append(.line("Inverted", style: TextStyle(inverted: true)))
        page.append(.line("Double width", style: TextStyle(doubleWidth: true)))
        page.append(.line("Double height", style: TextStyle(doubleHeight: true)))
        page.append(.line("Left"))
        page.append(.line("Centre", alignment: .center))
        page.append(.line("Right", alignment: .right))
        page.append(.feed(lines: 1))
        page.append(.line("Grüße · €5 · Ñandú · Привет"))
        page.append(.line("“Crème brûlée” – 3½ ½ ¼ £ ¥"))
        page.append(.feed(lines: 1))
        page.append(.barcode(.ean13, data: "400638133393"))
        page.append(.feed(lines: 1))
        page.append(.qrCode("Till printer test: \(profile.name)"))
        page.append(.feed(lines: 1))
        page.append(.cut(.partial))
        return page
    }

    /// `....+....1....+....2…` cut to `columns`: a tens digit every ten columns and `+` at the fives,
    /// so a wrapped or short line shows at once.
    static func ruler(columns: Int) -> String {
        String((1...columns).map { column in
            column.isMultiple(of: 10) ? Character(String(column / 10 % 10)) : column.isMultiple(of: 5) ? "+" : "."
        })
    }
}
