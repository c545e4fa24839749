/// What one printer model understands, so the encoder emits only commands that model obeys: paper
/// width, its own numbering of code pages, how it cuts, whether it answers status queries.
///
/// Profiles are plain values: TillApp reads them from TOML, and a few common ones are built in
/// (`PrinterProfile+BuiltIn.swift`). The initialiser checks every value once, so the encoder can
/// rely on them.
public struct PrinterProfile: Hashable, Sendable {
    /// Shown on the test page and in messages.
    public let name: String
    /// Font A characters per line: 32 on 58 mm paper, 42 or 48 on 80 mm.
    public let columns: Int
    /// Printable dots across the paper (384 for 58 mm, 576 for 80 mm at 203 dpi); pictures and
    /// barcodes must fit in it.
    public let dotsPerLine: Int
    /// The code pages this printer has, in order of preference: for a character outside the page in
    /// use, the first slot that has it is chosen.
    public let codePages: [CodePageSlot]
    /// Which command cuts the paper on this model.
    public let cut: CutCommand
    /// Lines fed with `ESC d` before cutting, so the last printed line clears the cutter.
    public let feedLinesBeforeCut: Int
    /// Whether the printer answers `DLE EOT` and sends automatic status back; reading a printer that
    /// never answers only costs a timeout on every job.
    public let reportsStatus: Bool
    /// Whether the printer draws QR codes itself (`GS ( k`); without it a QR block prints its data
    /// as a line of text, so a receipt still prints on cheap printers.
    public let nativeQRCode: Bool
    /// Star printers in ESC/POS emulation keep their extra code pages behind `ESC GS t n` instead of
    /// `ESC t n`.
    public let starCodePageCommand: Bool
    /// The most raster rows sent in one `GS v 0` command: a tall logo in one piece can overflow a
    /// cheap printer's buffer and print garbage.
    public let imageBandRows: Int

    /// A profile, checked: 24–64 columns, dots a positive multiple of 8, at least one code page, a
    /// feed and cut extra of 0–255 (one command byte), image bands of 1–2047 rows.
    public init(name: String, columns: Int, dotsPerLine: Int, codePages: [CodePageSlot], cut: CutCommand = .gsV,
                feedLinesBeforeCut: Int = 4, reportsStatus: Bool = false, nativeQRCode: Bool = true,
                starCodePageCommand: Bool = false, imageBandRows: Int = 256) throws(EscPosError) {
        guard (24...64).contains(columns) else { throw .columnsOutOfRange(profile: name, columns: columns) }
        guard dotsPerLine > 0, dotsPerLine.isMultiple(of: 8) else {
            throw .dotsPerLineInvalid(profile: name, dots: dotsPerLine)
        }
        guard !codePages.isEmpty else { throw .noCodePages(profile: name) }
        try Self.check(name, "feed lines before cut", feedLinesBeforeCut, in: 0...255)
        try Self.check(name, "image band rows", imageBandRows, in: 1...2047)
        if case .gsVFeed(let extraDots) = cut {
            try Self.check(name, "cut extra dots", extraDots, in: 0...255)
        }
        self.name = name
        self.columns = columns
        self.dotsPerLine = dotsPerLine
        self.codePages = codePages
        self.cut = cut
        self.feedLinesBeforeCut = feedLinesBeforeCut
        self.reportsStatus = reportsStatus
        self.nativeQRCode = nativeQRCode
        self.starCodePageCommand = starCodePageCommand
        self.imageBandRows = imageBandRows
    }

    private static func check(_ profile: String, _ field: String, _ value: Int,
                              in allowed: ClosedRange<Int>) throws(EscPosError) {
        guard allowed.contains(value) else {
            throw .profileValueOutOfRange(profile: profile, field: field, value: value, allowed: allowed)
        }
    }
}

/// One code page and the number this printer model gives it in `ESC t n`: the numbers differ between
/// makers (CP858 is 19 on Epson), which is the usual cause of wrong accented characters.
public struct CodePageSlot: Hashable, Sendable {
    /// The characters the slot holds.
    public let codePage: CodePage
    /// `n` of `ESC t n` on this model.
    public let number: UInt8

    /// `codePage` as this model numbers it, e.g. `CodePageSlot(.cp858, 19)` on Epson.
    public init(_ codePage: CodePage, _ number: UInt8) {
        self.codePage = codePage
        self.number = number
    }
}

/// How a printer model cuts: clones differ, and a wrong command prints garbage instead of cutting.
public enum CutCommand: Hashable, Sendable {
    /// `GS V 0` (full) or `GS V 1` (partial), after the profile's feed: the Epson standard.
    case gsV
    /// `GS V 65 n` (full) or `GS V 66 n` (partial): the printer feeds to its cutter by itself, plus
    /// `extraDots` motion units, then cuts. Pair it with `feedLinesBeforeCut = 0`.
    case gsVFeed(extraDots: Int)
    /// `ESC i` (full) or `ESC m` (partial), for clones that print `GS V` as garbage.
    case escI
    /// No cutter: only the feed, so the cashier can tear the paper off.
    case none
}
