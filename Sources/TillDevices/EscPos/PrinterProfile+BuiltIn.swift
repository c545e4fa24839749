/// Profiles for the printers most tills meet, so a new till prints correctly before anyone writes a
/// profile file. Code page numbers follow escpos-printer-db (CC-BY-4.0): `default.yml` and
/// `TM-T20III.yml` for the Epson numbering, `ZJ-5870.yml` for the cheap 58 mm printers.
extension PrinterProfile {
    /// Epson's code page numbers for the pages Till has, CP858 before CP850 so € needs no switch.
    private static let epsonCodePages = [
        CodePageSlot(.cp437, 0), CodePageSlot(.cp858, 19), CodePageSlot(.cp850, 2),
        CodePageSlot(.cp866, 17), CodePageSlot(.cp1252, 16),
    ]

    /// Any 80 mm printer that speaks Epson ESC/POS: 48 columns, `GS V` cut, no status assumed.
    public static let generic80mm = try! PrinterProfile(
        name: "Generic 80 mm (Epson-compatible)", columns: 48, dotsPerLine: 576, codePages: epsonCodePages)

    /// The common no-name 58 mm printers (POS-58, ZJ-5870): 32 columns, no cutter, no QR command,
    /// and no CP858, so € comes from CP1252.
    public static let generic58mm = try! PrinterProfile(
        name: "Generic 58 mm", columns: 32, dotsPerLine: 384,
        codePages: [CodePageSlot(.cp437, 0), CodePageSlot(.cp850, 2), CodePageSlot(.cp866, 17),
                    CodePageSlot(.cp1252, 16)],
        cut: .none, nativeQRCode: false)

    /// Epson TM-T20III on 80 mm paper: feeds to the cutter by itself and reports its status.
    public static let epsonTMT20III = try! PrinterProfile(
        name: "Epson TM-T20III", columns: 48, dotsPerLine: 576, codePages: epsonCodePages,
        cut: .gsVFeed(extraDots: 0), feedLinesBeforeCut: 0, reportsStatus: true)

    /// Epson TM-T20III switched to its 42-column mode (memory switch), which narrows the print area.
    public static let epsonTMT20III42Column = try! PrinterProfile(
        name: "Epson TM-T20III (42 columns)", columns: 42, dotsPerLine: 512, codePages: epsonCodePages,
        cut: .gsVFeed(extraDots: 0), feedLinesBeforeCut: 0, reportsStatus: true)

    /// Every built-in profile, for `till config check` and a `profile = "…"` line naming one.
    public static let builtIn = [generic80mm, generic58mm, epsonTMT20III, epsonTMT20III42Column]
}
